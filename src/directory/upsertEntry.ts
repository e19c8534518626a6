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

const filled = (v: unknown): boolean => v !== null && v !== undefined && !(typeof v === 'string' && v.trim() === '')

/** Only the given values: an update never blanks what the input leaves empty. */
function compact<T extends Record<string, unknown>>(values: T): Partial<T> | undefined {
  const kept = Object.fromEntries(Object.entries(values).filter(([, v]) => filled(v))) as Partial<T>
  return Object.keys(kept).length ? kept : undefined
}

function toDocumentData(kind: DirectoryKind, input: EntryInput, status: 'published' | 'pending'): Record<string, unknown> {
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
 * one with the same SIRET, else the one whose slug is derived from the name.
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

/** Slug of a new entry: from the name, or name + end of the SIRET when a namesake holds it. */
async function freeSlug(payload: Payload, kind: DirectoryKind, input: EntryInput, req?: PayloadRequest): Promise<string | undefined> {
  const base = slugify(input.name)
  const { totalDocs } = await payload.count({ collection: DIRECTORY_KINDS[kind].collection, where: { slug: { equals: base } }, overrideAccess: true, req })
  if (totalDocs === 0 || kind !== 'businesses' || !input.siret) return undefined
  return `${base}-${input.siret.slice(-5)}`
}

/** Creates the entry or updates the matching one (see findMatchingEntry); idempotent. */
export async function upsertEntry(
  payload: Payload,
  kind: DirectoryKind,
  input: EntryInput,
  options: { status: 'published' | 'pending'; slug?: string | null; req?: PayloadRequest },
): Promise<UpsertResult> {
  const collection = DIRECTORY_KINDS[kind].collection
  const data = toDocumentData(kind, input, options.status)
  const existing = await findMatchingEntry(payload, kind, input, options.slug, options.req)
  if (existing) {
    const updated = await payload.update({ collection, id: existing.id, data: data as never, overrideAccess: true, depth: 0, req: options.req })
    return { id: updated.id, slug: updated.slug as string, created: false }
  }
  const created = await payload.create({
    collection,
    data: { ...data, slug: options.slug || (await freeSlug(payload, kind, input, options.req)) } as never,
    overrideAccess: true,
    depth: 0,
    req: options.req,
  })
  return { id: created.id, slug: created.slug as string, created: true }
}
