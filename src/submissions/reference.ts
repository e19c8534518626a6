import { Mutex } from 'async-mutex'
import type { Payload } from 'payload'

/** "2026-000123": unique per town, sequential per year. */
export function formatReference(year: number, sequence: number): string {
  return `${year}-${String(sequence).padStart(6, '0')}`
}

export function parseReference(reference: string): { year: number; sequence: number } | null {
  const match = /^(\d{4})-(\d{6,})$/.exec(reference)
  return match ? { year: Number(match[1]), sequence: Number(match[2]) } : null
}

const allocation = new Mutex()

const isUniqueViolation = (error: unknown): boolean => {
  const text = `${(error as Error)?.message ?? ''} ${JSON.stringify((error as { data?: unknown })?.data ?? '')}`
  return /unique|duplicate|E11000|already|déjà/i.test(text)
}

/**
 * Allocates the next reference of the year and creates the document with it, as one step.
 * Within a process a mutex serialises allocations (no gaps, no duplicates); across processes the
 * unique index on `reference` refuses a duplicate and we retry with the next number.
 */
export async function createWithNextReference<T>(
  payload: Payload,
  now: Date,
  create: (reference: string) => Promise<T>,
): Promise<T> {
  return allocation.runExclusive(async () => {
    const year = now.getFullYear()
    for (let attempt = 0; attempt < 20; attempt += 1) {
      const { docs } = await payload.find({
        collection: 'submissions',
        where: { reference: { like: `${year}-` } },
        sort: '-reference',
        limit: 1,
        depth: 0,
        select: { reference: true },
        overrideAccess: true,
      })
      const last = docs[0]?.reference ? parseReference(docs[0].reference) : null
      const reference = formatReference(year, (last?.year === year ? last.sequence : 0) + 1)
      try {
        return await create(reference)
      } catch (error) {
        if (!isUniqueViolation(error)) throw error
      }
    }
    throw new Error('Could not allocate a submission reference after 20 attempts')
  })
}
