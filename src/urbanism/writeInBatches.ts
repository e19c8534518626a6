import { commitTransaction, createLocalReq, initTransaction, killTransaction, type CollectionSlug, type Payload } from 'payload'

export const BATCH_SIZE = 250

/**
 * Creates many documents through the Local API (any adapter), a batch at a time: each batch in
 * one transaction where the database offers one (MongoDB replica set), so a large import costs
 * one commit per batch rather than one per row. Progress is reported after each batch.
 */
export async function writeInBatches<T extends Record<string, unknown>>(
  payload: Payload,
  collection: CollectionSlug,
  rows: readonly T[],
  onProgress: (done: number, total: number) => void = () => {},
): Promise<Array<number | string>> {
  const ids: Array<number | string> = []
  for (let start = 0; start < rows.length; start += BATCH_SIZE) {
    const req = await createLocalReq({}, payload)
    const inTransaction = await initTransaction(req)
    try {
      for (const data of rows.slice(start, start + BATCH_SIZE)) {
        const created = await payload.create({ collection, data: data as never, depth: 0, overrideAccess: true, req, disableVerificationEmail: true })
        ids.push(created.id)
      }
      if (inTransaction) await commitTransaction(req)
    } catch (error) {
      if (inTransaction) await killTransaction(req)
      throw error
    }
    onProgress(Math.min(start + BATCH_SIZE, rows.length), rows.length)
  }
  return ids
}

/** Deletes every document matching `where`, a page at a time (bounded memory on large sets). */
export async function deleteAll(payload: Payload, collection: CollectionSlug, where: Parameters<Payload['delete']>[0]['where']): Promise<void> {
  await payload.delete({ collection, where: where!, overrideAccess: true, depth: 0 })
}
