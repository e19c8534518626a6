// `npm run backup -- [dossier]`: one consistent archive of the database and the uploads while the
// portal serves, then rotation of the old ones (docs/decisions/0069-backups.md).
import { uploadsDir } from '../lib/uploadsDir.ts'
import { BackupError } from '../ops/backup/backupError.ts'
import { createBackup } from '../ops/backup/createBackup.ts'
import { backupDir, retention } from '../ops/backup/settings.ts'
import { progressBar } from './progressBar.ts'
import { loadEnvFile } from './env.mjs'

loadEnvFile()
const folder = process.argv.slice(2).find((arg) => !arg.startsWith('--'))
const bars = new Map()

try {
  const { manifest } = await createBackup({
    databaseUrl: process.env.DATABASE_URL,
    uploadsDir: uploadsDir(),
    outDir: folder ? backupDir({ BACKUP_DIR: folder }) : backupDir(),
    keep: retention(),
    log: (line) => console.log(`▶ ${line}`),
    progress: (label, done, total) => {
      if (!bars.has(label)) bars.set(label, progressBar(label))
      bars.get(label).update(done, total)
    },
  })
  const rows = Object.values(manifest.database.counts).reduce((sum, n) => sum + n, 0)
  console.log(`✔ Sauvegarde terminée : ${rows} lignes, ${manifest.uploads.files} fichiers téléversés, instantané du ${manifest.snapshotAt}.`)
} catch (error) {
  console.error(`✖ ${error instanceof BackupError ? error.message : `Sauvegarde impossible : ${error.message}`}`)
  process.exit(error instanceof BackupError ? error.exitCode : 1)
}
