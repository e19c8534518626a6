import path from 'node:path'

/** Where uploaded files live: UPLOADS_DIR, or ./data/uploads beside the SQLite file by default. */
export function uploadsDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.UPLOADS_DIR || './data/uploads')
}
