import { Mutex } from 'async-mutex'
import type { Payload } from 'payload'

import { isoDateOf } from '../lib/calendarDate'
import { isUniqueViolation } from '../lib/uniqueViolation'

/** "2026-000123": unique per town, sequential per year. */
export function formatReference(year: number, sequence: number): string {
  return `${year}-${String(sequence).padStart(6, '0')}`
}

export function parseReference(reference: string): { year: number; sequence: number } | null {
  const match = /^(\d{4})-(\d{6,})$/.exec(reference)
  return match ? { year: Number(match[1]), sequence: Number(match[2]) } : null
}

// One counter per process (globalThis: Next.js may load this module once per route bundle).
const state = globalThis as typeof globalThis & { __portailReferences?: { mutex: Mutex; last: Map<number, number> } }
const counters = (state.__portailReferences ??= { mutex: new Mutex(), last: new Map() })

async function lastStored(payload: Payload, year: number): Promise<number> {
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
  return last?.year === year ? last.sequence : 0
}

/** Next number of the year: read from the database once, then counted in memory under a mutex. */
async function allocate(payload: Payload, year: number, reseed: boolean): Promise<string> {
  return counters.mutex.runExclusive(async () => {
    if (reseed || !counters.last.has(year)) counters.last.set(year, await lastStored(payload, year))
    const next = counters.last.get(year)! + 1
    counters.last.set(year, next)
    return formatReference(year, next)
  })
}

/**
 * Allocates the next reference of the year and creates the document with it. Allocation is a
 * memory increment under a mutex (no duplicates within a process, creates run in parallel);
 * across processes the unique index on `reference` refuses a duplicate, and we re-read the last
 * stored number and retry.
 */
export async function createWithNextReference<T>(payload: Payload, now: Date, create: (reference: string) => Promise<T>): Promise<T> {
  // The town's year, whatever the server's time zone: a request sent on 31 December at 23:30 in
  // France is numbered in the new year only from midnight, French time.
  const year = Number(isoDateOf(now).slice(0, 4))
  let reseed = false
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const reference = await allocate(payload, year, reseed)
    try {
      return await create(reference)
    } catch (error) {
      if (!isUniqueViolation(error)) throw error
      reseed = true
    }
  }
  throw new Error('Could not allocate a submission reference after 20 attempts')
}
