import type { Where } from 'payload'

import { DIRECTORY_KINDS, type DirectoryKind } from '../directory/kinds'
import type { Association, Business } from '../payload-types'
import { searchWords } from '../lib/searchText'
import { sitePayload } from './payload'

/**
 * Reads of the directories, as an anonymous visitor (overrideAccess: false): the collections'
 * access rules keep pending entries out.
 */
const asVisitor = { overrideAccess: false } as const

export const DIRECTORY_PAGE_SIZE = 20
export const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('')

export type DirectoryEntry = Association | Business

/** A citizen's list request, cleaned: unknown values are dropped, never an error. */
export interface DirectoryQuery {
  q: string
  category: string
  letter: string
  page: number
}

type RawParams = Record<string, string | string[] | undefined>

export function readDirectoryQuery(kind: DirectoryKind, raw: RawParams): DirectoryQuery {
  const one = (v: string | string[] | undefined) => (typeof v === 'string' ? v : '')
  const category = one(raw.categorie)
  const letter = one(raw.lettre).toUpperCase()
  const page = Number.parseInt(one(raw.page), 10)
  return {
    q: one(raw.q).slice(0, 200),
    category: DIRECTORY_KINDS[kind].options.some((o) => o.value === category) ? category : '',
    letter: LETTERS.includes(letter) || letter === '#' ? letter : '',
    page: Number.isFinite(page) && page >= 1 && page <= 10_000 ? page : 1,
  }
}

export interface DirectoryPage {
  docs: DirectoryEntry[]
  totalDocs: number
  totalPages: number
  page: number
  /** The search words used (empty when the query has none worth searching) */
  words: string[]
}

/** One page of a directory: words (accent-insensitive, all required), category, initial; sorted by name. */
export async function listDirectory(kind: DirectoryKind, query: DirectoryQuery, limit = DIRECTORY_PAGE_SIZE): Promise<DirectoryPage> {
  const payload = await sitePayload()
  const words = searchWords(query.q)
  const and: Where[] = words.map((w) => ({ searchText: { like: w } }))
  if (query.category) and.push({ [DIRECTORY_KINDS[kind].categoryField]: { equals: query.category } })
  if (query.letter) and.push({ initial: { equals: query.letter } })
  const result = await payload.find({
    collection: DIRECTORY_KINDS[kind].collection,
    where: and.length ? { and } : {},
    sort: 'sortName',
    limit,
    page: query.page,
    depth: 0,
    ...asVisitor,
  })
  return { docs: result.docs as DirectoryEntry[], totalDocs: result.totalDocs, totalPages: result.totalPages, page: query.page, words }
}

export async function countDirectory(kind: DirectoryKind): Promise<number> {
  const payload = await sitePayload()
  return (await payload.count({ collection: DIRECTORY_KINDS[kind].collection, ...asVisitor })).totalDocs
}

export async function getDirectoryEntry(kind: DirectoryKind, slug: string): Promise<DirectoryEntry | null> {
  const payload = await sitePayload()
  const { docs } = await payload.find({
    collection: DIRECTORY_KINDS[kind].collection,
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 1,
    ...asVisitor,
  })
  return (docs[0] as DirectoryEntry | undefined) ?? null
}

/**
 * Slug of the published form whose "Annuaire alimenté" setting is this directory (the oldest when
 * several are), or null: the "Référencer / mettre à jour" links then are not shown.
 */
export async function directoryFormSlug(kind: DirectoryKind): Promise<string | null> {
  const payload = await sitePayload()
  const { docs } = await payload.find({
    collection: 'forms',
    where: { and: [{ directory: { equals: kind } }, { _status: { equals: 'published' } }] },
    sort: 'createdAt',
    limit: 1,
    depth: 0,
    draft: false,
    select: { slug: true },
    ...asVisitor,
  })
  return (docs[0]?.slug as string | undefined) ?? null
}

/** Whether /annuaire/<associations|entreprises>/<slug> names a published entry (src/proxy.ts). */
export async function directoryEntryExists(kind: DirectoryKind, slug: string): Promise<boolean> {
  const payload = await sitePayload()
  const { totalDocs } = await payload.count({ collection: DIRECTORY_KINDS[kind].collection, where: { slug: { equals: slug } }, ...asVisitor })
  return totalDocs > 0
}

export interface MapMarker {
  kind: DirectoryKind
  name: string
  slug: string
  category: string
  lat: number
  lng: number
}

/** Every published entry that has a map position (the map shows all of them). */
export async function listMapMarkers(kinds: DirectoryKind[]): Promise<MapMarker[]> {
  const payload = await sitePayload()
  const lists = await Promise.all(
    kinds.map(async (kind) => {
      const { categoryField, collection } = DIRECTORY_KINDS[kind]
      const { docs } = await payload.find({
        collection,
        where: { location: { exists: true } },
        sort: 'sortName',
        pagination: false,
        depth: 0,
        // No `select`: the SQLite adapter leaves point fields out of selected reads (Payload 3.90).
        ...asVisitor,
      })
      return (docs as unknown as Array<Record<string, unknown>>).flatMap((doc) => {
        const point = doc.location as [number, number] | null | undefined
        if (!Array.isArray(point) || !Number.isFinite(point[0]) || !Number.isFinite(point[1])) return []
        return [{ kind, name: doc.name as string, slug: doc.slug as string, category: String(doc[categoryField] ?? ''), lng: point[0], lat: point[1] }]
      })
    }),
  )
  return lists.flat()
}
