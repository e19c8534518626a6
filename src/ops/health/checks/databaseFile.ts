import fs from 'node:fs/promises'

import type { Payload } from 'payload'

import { sqliteFile } from '../databaseFile'
import type { CheckResult, HealthCheck } from '../types'

/** The file's identity when first checked: the one the running connection has open. */
const openedFile = new WeakMap<Payload, { dev: number; ino: number }>()

const fail = (message: string): CheckResult => ({ ok: false, message })

/**
 * The SQLite file itself. The open connection keeps working on a file that was moved, deleted,
 * replaced or made unreadable — until the next start, or silently on an orphan no backup sees — so
 * the round trip alone cannot tell. Checked without opening the file: closing another descriptor
 * on it would drop the locks SQLite holds in this process (POSIX advisory locks are per process).
 * The file must be at its place, be the same file as when first checked (an operator who put
 * another file there must restart), and be readable and writable (caught for any user but root).
 */
async function checkFile(payload: Payload): Promise<CheckResult> {
  const file = sqliteFile(payload)
  if (!file) return { ok: true, message: 'Base SQLite en mémoire : pas de fichier.' }
  let stat
  try {
    stat = await fs.stat(file)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR') return fail('Le fichier de la base de données est introuvable.')
    if (code === 'EACCES' || code === 'EPERM') return fail('Le fichier de la base de données est inaccessible (droits).')
    return fail('Le fichier de la base de données est illisible.')
  }
  if (!stat.isFile()) return fail('Le fichier de la base de données n’est pas un fichier ordinaire.')
  const opened = openedFile.get(payload)
  if (!opened) openedFile.set(payload, { dev: stat.dev, ino: stat.ino })
  else if (opened.dev !== stat.dev || opened.ino !== stat.ino) {
    return fail('Le fichier de la base de données a été remplacé depuis le démarrage : redémarrez le portail.')
  }
  try {
    await fs.access(file, fs.constants.R_OK | fs.constants.W_OK)
  } catch {
    return fail('Le fichier de la base de données ne peut pas être lu et écrit (droits).')
  }
  return { ok: true }
}

export const databaseFileCheck: HealthCheck = {
  name: 'databaseFile',
  appliesTo: (payload) => payload.db.name === 'sqlite',
  failure: 'Le fichier de la base de données ne peut pas être vérifié.',
  run: checkFile,
}
