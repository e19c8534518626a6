import type { Payload, PayloadRequest } from 'payload'

import { slugify } from '../lib/slugify'
import type { EntryInput } from './entryInput'
import { DIRECTORY_KINDS, type DirectoryKind } from './kinds'
import { textToLexical } from './textToLexical'

export interface UpsertResult {
  id: number | string
  slug: string
  created: boolean
}

type Status = 'published' | 'pending'

const filled = (v: unknown): boolean => v !== null && v !== undefined && !(typeof v === 'string' && v.trim() === '')

/** Only the given values: an update never blanks what the input leaves empty. */
function compact<T extends Record<string, unknown>>(values: T): Partial<T> | undefined {
  const kept = Object.fromEntries(Object.entries(values).filter(([, v]) => filled(v))) as Partial<T>
  return Object.keys(kept).length ? kept : undefined
}

/** The entry's document data; `status` only when given (an update without it keeps the stored one). */
function toDocumentData(kind: DirectoryKind, input: EntryInput, status?: Status): Record<string, unknown> {
  const data: Record<string, unknown> = {
    name: input.name.trim(),
    status,
    [DIRECTORY_KINDS[kind].categoryField]: input.category,
    contact: input.contact ? compact(input.contact) : undefined,
    address: input.address ? compact(input.address) : undefined,
  }
  if (filled(input.description)) data.description = textToLexical(input.description!)
  if (input.location) data.location = input.location
  if (kind === 'businesses') {
    if (filled(input.siret)) data.siret = input.siret
    if (filled(input.openingHours)) data.openingHours = input.openingHours
  } else if (input.meetings?.length) data.meetings = input.meetings
  return Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined))
}

/**
 * The stored entry this input is about: the one named by `slug` when given, else (businesses) the
 * one with the same SIRET, else the one whose slug is derived from the name. Used by the CSV import
 * and, once, when a proposal is created (the proposal then names its entry; approval never matches).
 */
export async function findMatchingEntry(payload: Payload, kind: DirectoryKind, input: Pick<EntryInput, 'name' | 'siret'>, slug?: string | null, req?: PayloadRequest) {
  const collection = DIRECTORY_KINDS[kind].collection
  const lookup = async (where: Record<string, unknown>) =>
    (await payload.find({ collection, where: where as never, limit: 1, depth: 0, overrideAccess: true, req })).docs[0] ?? null
  if (slug) return lookup({ slug: { equals: slug } })
  const bySlug = () => lookup({ slug: { equals: slugify(input.name) } })
  if (kind === 'businesses' && input.siret) {
    const bySiret = await lookup({ siret: { equals: input.siret } })
    if (bySiret) return bySiret
    // Same name, another establishment: not the same business.
    const namesake = await bySlug()
    return namesake && (namesake as { siret?: string }).siret === input.siret ? namesake : null
  }
  return bySlug()
}

/** A slug no entry holds yet: the name's, else name + end of the SIRET (businesses), else name-2, name-3… */
async function freeSlug(payload: Payload, kind: DirectoryKind, input: EntryInput, req?: PayloadRequest): Promise<string> {
  const base = slugify(input.name)
  const taken = async (slug: string) =>
    (await payload.count({ collection: DIRECTORY_KINDS[kind].collection, where: { slug: { equals: slug } }, overrideAccess: true, req })).totalDocs > 0
  if (!(await taken(base))) return base
  if (kind === 'businesses' && input.siret) {
    const withSiret = `${base}-${input.siret.slice(-5)}`
    if (!(await taken(withSiret))) return withSiret
  }
  for (let n = 2; ; n += 1) if (!(await taken(`${base}-${n}`))) return `${base}-${n}`
}

/** A new entry, under a slug no other entry holds. */
export async function createEntry(payload: Payload, kind: DirectoryKind, input: EntryInput, options: { status: Status; req?: PayloadRequest }): Promise<UpsertResult> {
  const created = await payload.create({
    collection: DIRECTORY_KINDS[kind].collection,
    data: { ...toDocumentData(kind, input, options.status), slug: await freeSlug(payload, kind, input, options.req) } as never,
    overrideAccess: true,
    depth: 0,
    req: options.req,
  })
  return { id: created.id, slug: created.slug as string, created: true }
}

/** Updates this entry with what the input gives; its status changes only when `status` is given. */
export async function updateEntry(
  payload: Payload,
  kind: DirectoryKind,
  id: number | string,
  input: EntryInput,
  options: { status?: Status; req?: PayloadRequest } = {},
): Promise<UpsertResult> {
  const updated = await payload.update({
    collection: DIRECTORY_KINDS[kind].collection,
    id,
    data: toDocumentData(kind, input, options.status) as never,
    overrideAccess: true,
    depth: 0,
    req: options.req,
  })
  return { id: updated.id, slug: updated.slug as string, created: false }
}

/**
 * The CSV import's write: updates the matching entry (see findMatchingEntry) keeping its status —
 * an entry staff took offline stays offline — or creates it with `statusIfNew`. Idempotent.
 */
export async function upsertEntry(payload: Payload, kind: DirectoryKind, input: EntryInput, options: { statusIfNew: Status; req?: PayloadRequest }): Promise<UpsertResult> {
  const existing = await findMatchingEntry(payload, kind, input, null, options.req)
  if (existing) return updateEntry(payload, kind, existing.id, input, { req: options.req })
  return createEntry(payload, kind, input, { status: options.statusIfNew, req: options.req })
}
