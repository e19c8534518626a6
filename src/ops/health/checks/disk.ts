import fs from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'

import { sqliteFile } from '../databaseFile'
import { minFreeDiskMb } from '../settings'
import { uploadDirs } from '../uploadDirs'
import type { CheckResult, HealthCheck } from '../types'

const MB = 1024 * 1024

/** statfs needs a path that exists: a folder not created yet is on its parent's disk. */
async function freeBytes(dir: string): Promise<number> {
  for (let current = dir; ; current = path.dirname(current)) {
    try {
      const stats = await fs.statfs(current)
      return stats.bavail * stats.bsize
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if ((code !== 'ENOENT' && code !== 'ENOTDIR') || path.dirname(current) === current) throw error
    }
  }
}

/**
 * Free space, for an unprivileged writer, on the disks holding the SQLite file and the uploads
 * (MongoDB's own disk is its server's business): the lowest must stay above HEALTH_MIN_FREE_DISK_MB.
 */
async function checkDisk(payload: Payload): Promise<CheckResult> {
  const database = sqliteFile(payload)
  const dirs = [...new Set([...(database ? [path.dirname(database)] : []), ...uploadDirs(payload).map(({ dir }) => dir)])]
  if (dirs.length === 0) return { ok: true, message: 'Aucun dossier de données sur ce serveur.' }
  const freeMb = Math.floor(Math.min(...(await Promise.all(dirs.map(freeBytes)))) / MB)
  const minFreeMb = minFreeDiskMb()
  if (freeMb >= minFreeMb) return { ok: true, freeMb, minFreeMb }
  return { ok: false, freeMb, minFreeMb, message: `Espace disque insuffisant : ${freeMb} Mo libres, minimum ${minFreeMb} Mo (HEALTH_MIN_FREE_DISK_MB).` }
}

export const diskCheck: HealthCheck = {
  name: 'disk',
  appliesTo: () => true,
  failure: 'L’espace disque libre ne peut pas être mesuré.',
  run: checkDisk,
}
