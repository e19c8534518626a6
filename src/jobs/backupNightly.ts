import type { TaskConfig } from 'payload'

import { uploadsDir } from '../lib/uploadsDir'
import { createBackup } from '../ops/backup/createBackup'
import { payloadMongoCollectionNames } from '../ops/backup/mongoPayloadCollections'
import { backupDir, retention } from '../ops/backup/settings'

/**
 * Nightly (02:15, the server's time): the same archive as `npm run backup`, in BACKUP_DIR, then
 * rotation. BACKUP_NIGHTLY=false turns it off (e.g. when the host snapshots the machine instead).
 */
export const backupNightlyTask: TaskConfig<'backupNightly'> = {
  slug: 'backupNightly',
  label: 'Sauvegarde de la base et des fichiers',
  retries: 1,
  schedule: [{ cron: '15 2 * * *', queue: 'nightly' }],
  handler: async ({ req }) => {
    if (process.env.BACKUP_NIGHTLY === 'false') return { output: { archive: '', files: 0, deleted: 0 } }
    const { archive, manifest, deleted } = await createBackup({
      databaseUrl: process.env.DATABASE_URL,
      uploadsDir: uploadsDir(),
      outDir: backupDir(),
      keep: retention(),
      log: (line) => req.payload.logger.info({ msg: line, task: 'backupNightly' }),
      mongoCollections: req.payload.db.name === 'mongoose' ? payloadMongoCollectionNames(req.payload) : undefined,
    })
    return { output: { archive, files: manifest.files.length, deleted: deleted.length } }
  },
  outputSchema: [
    { name: 'archive', type: 'text' },
    { name: 'files', type: 'number' },
    { name: 'deleted', type: 'number' },
  ],
}
