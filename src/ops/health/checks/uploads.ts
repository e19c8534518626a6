import crypto from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'

import { uploadDirs } from '../uploadDirs'
import type { CheckResult, HealthCheck } from '../types'

/** Why a folder refused the probe, in words (never its path). */
function refusal(code: string | undefined): string {
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return 'le disque est plein'
    case 'EACCES':
    case 'EPERM':
      return 'droits insuffisants'
    case 'EROFS':
      return 'disque en lecture seule'
    case 'EEXIST':
    case 'ENOTDIR':
      return 'ce n’est pas un dossier'
    default:
      return 'écriture impossible'
  }
}

/**
 * A real write, not fs.access (which always passes for root): in each upload collection's folder,
 * created if missing as Payload would on the first upload, a small file is written then removed.
 */
async function probe(dir: string): Promise<void> {
  await fs.mkdir(dir, { recursive: true })
  const file = path.join(dir, `.sante-${process.pid}-${crypto.randomBytes(6).toString('hex')}`)
  await fs.writeFile(file, 'ok', { flag: 'wx' })
  await fs.rm(file, { force: true })
}

async function checkUploads(payload: Payload): Promise<CheckResult> {
  const dirs = uploadDirs(payload)
  const outcomes = await Promise.all(dirs.map(({ dir }) => probe(dir).then(() => null, (error: NodeJS.ErrnoException) => refusal(error.code))))
  const refused = dirs.flatMap(({ collection }, i) => (outcomes[i] ? [`${collection} (${outcomes[i]})`] : []))
  if (refused.length === 0) return { ok: true, folders: dirs.length }
  return { ok: false, folders: dirs.length, message: `Les fichiers déposés ne peuvent pas être enregistrés : ${refused.join(', ')}.` }
}

export const uploadsCheck: HealthCheck = {
  name: 'uploads',
  appliesTo: () => true,
  failure: 'Le dossier des fichiers déposés ne peut pas être vérifié.',
  run: checkUploads,
}
