// `npm run restore -- <archive> [--remplacer]`: checks the archive whole, restores it into an empty
// data folder (or over the current one, set aside, with --remplacer), prints the manifest's counts
// beside the restored ones, then applies the migrations an older archive lacks.
import { spawnSync } from 'node:child_process'
import path from 'node:path'

import { uploadsDir } from '../lib/uploadsDir.ts'
import { BackupError } from '../ops/backup/backupError.ts'
import { restoreBackup } from '../ops/backup/restoreBackup.ts'
import { loadEnvFile, projectRoot } from './env.mjs'

loadEnvFile()
const args = process.argv.slice(2)
const archive = args.find((arg) => !arg.startsWith('--'))
const unknown = args.filter((arg) => arg.startsWith('--') && arg !== '--remplacer')
if (!archive || unknown.length) {
  console.error('Usage : npm run restore -- <archive.tar.gz> [--remplacer]')
  process.exit(2)
}

/** Tables an operator recognises: a collection's own table, not versions, blocks or join tables. */
const isMainTable = (name) => !name.startsWith('_') && !/_(blocks|rels|locales|texts|numbers)(_|$)/.test(name)

/**
 * Manifest counts beside restored ones: every main table that has rows, and any table whose counts
 * differ (marked ✖); the others are summed up in one line.
 */
function printCounts(expected, restored) {
  const names = [...new Set([...Object.keys(expected), ...Object.keys(restored)])].sort()
  const differing = names.filter((name) => expected[name] !== restored[name])
  const shown = names.filter((name) => differing.includes(name) || (isMainTable(name) && expected[name] > 0))
  const width = Math.max(...shown.map((name) => name.length), 'Table'.length)
  console.log(`  ${'Table'.padEnd(width)}  ${'archive'.padStart(9)}  ${'restauré'.padStart(9)}`)
  for (const name of shown) {
    console.log(`${differing.includes(name) ? '✖' : ' '} ${name.padEnd(width)}  ${String(expected[name] ?? '—').padStart(9)}  ${String(restored[name] ?? '—').padStart(9)}`)
  }
  const others = names.length - shown.length
  if (others) console.log(`  … et ${others} autres tables (versions, blocs, liaisons), identiques.`)
  return differing.length
}

try {
  const result = await restoreBackup({
    archive: path.resolve(archive),
    databaseUrl: process.env.DATABASE_URL,
    uploadsDir: uploadsDir(),
    replace: args.includes('--remplacer'),
    log: (line) => console.log(`▶ ${line}`),
  })
  console.log(`▶ Comptes du manifeste et de la copie restaurée (${result.manifest.uploads.files} fichiers téléversés) :`)
  const differences = printCounts(result.manifest.database.counts, result.restoredCounts)
  if (differences) {
    console.error(`✖ ${differences} compte(s) diffèrent entre l'archive et la copie restaurée.`)
    process.exit(1)
  }
  if (result.pendingMigrations.length) {
    console.log(`▶ Sauvegarde d'une version antérieure : application de ${result.pendingMigrations.length} migration(s) (${result.pendingMigrations.join(', ')})…`)
    const migrate = spawnSync(path.join(projectRoot, 'node_modules', '.bin', 'payload'), ['migrate'], {
      cwd: projectRoot,
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production', DATABASE_PUSH: 'false', NODE_OPTIONS: '--no-deprecation --conditions=production' },
    })
    if (migrate.status !== 0) {
      console.error('✖ Les migrations ont échoué : la copie restaurée est en place mais pas à jour. Relancez `npm run migrate`.')
      process.exit(1)
    }
  }
  console.log('✔ Restauration terminée. Démarrez le portail (npm run serve, ou npm start).')
} catch (error) {
  console.error(`✖ ${error instanceof BackupError ? error.message : `Restauration impossible : ${error.message}`}`)
  process.exit(error instanceof BackupError ? error.exitCode : 1)
}
