import path from 'node:path'

import type { Payload } from 'payload'

/** Every folder an upload collection writes its files to (media, documents, private files…). */
export function uploadDirs(payload: Payload): Array<{ collection: string; dir: string }> {
  return payload.config.collections.flatMap((collection) => {
    const staticDir = collection.upload && typeof collection.upload === 'object' ? collection.upload.staticDir : undefined
    return staticDir ? [{ collection: collection.slug, dir: path.resolve(staticDir) }] : []
  })
}
