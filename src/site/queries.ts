import type { Where } from 'payload'
import { cache } from 'react'

import type { Charter, Document, Domain, Media, Organisation, Procedure, Site } from '../payload-types'
import { searchWords } from '../lib/searchText'
import { sitePayload } from './payload'

/**
 * Every read of the citizen site, made as an anonymous visitor (overrideAccess: false) so that
 * the collections' access rules decide what is public — drafts never leak.
 */
const asVisitor = { overrideAccess: false } as const

export const getSiteSettings = cache(async (): Promise<{ site: Site; charter: Charter }> => {
  const payload = await sitePayload()
  const [site, charter] = await Promise.all([
    payload.findGlobal({ slug: 'site', depth: 1, ...asVisitor }),
    payload.findGlobal({ slug: 'charter', depth: 1, ...asVisitor }),
  ])
  return { site, charter }
})

export const listDomains = cache(async (): Promise<Domain[]> => {
  const payload = await sitePayload()
  const { docs } = await payload.find({ collection: 'domains', sort: 'order', limit: 50, depth: 0, ...asVisitor })
  return docs
})

export type DomainWithCount = Domain & { procedureCount: number }

/** The home page's tiles: one count per domain, so only where the counts are shown. */
export const listDomainsWithCounts = cache(async (): Promise<DomainWithCount[]> => {
  const payload = await sitePayload()
  return Promise.all(
    (await listDomains()).map(async (domain) => {
      const { totalDocs } = await payload.count({
        collection: 'procedures',
        where: { domain: { equals: domain.id } },
        ...asVisitor,
      })
      return { ...domain, procedureCount: totalDocs }
    }),
  )
})

export const getDomain = cache(async (slug: string): Promise<Domain | null> => {
  const payload = await sitePayload()
  const { docs } = await payload.find({ collection: 'domains', where: { slug: { equals: slug } }, limit: 1, depth: 0, ...asVisitor })
  return docs[0] ?? null
})

export async function listProceduresOfDomain(domainId: Domain['id']): Promise<Procedure[]> {
  const payload = await sitePayload()
  const { docs } = await payload.find({
    collection: 'procedures',
    where: { domain: { equals: domainId } },
    sort: 'title',
    limit: 200,
    depth: 0,
    ...asVisitor,
  })
  return docs
}

export type ProcedureView = Omit<Procedure, 'domain' | 'organisation' | 'documents'> & { domain: Domain; organisation: Organisation; documents: Document[] }

/** One procedure page (metadata and page share the read: React cache). */
export const getProcedure = cache(async (domain: Domain, slug: string): Promise<ProcedureView | null> => {
  const payload = await sitePayload()
  const { docs } = await payload.find({
    collection: 'procedures',
    where: { and: [{ slug: { equals: slug } }, { domain: { equals: domain.id } }] },
    limit: 1,
    depth: 1,
    // The page links to the form: its title and status, never its steps (the heaviest document).
    populate: { forms: { title: true, slug: true, _status: true } },
    ...asVisitor,
  })
  const found = docs[0]
  if (!found) return null
  return {
    ...found,
    domain: domain,
    organisation: found.organisation as Organisation,
    documents: ((found.documents ?? []) as Array<Document | number>).filter((d): d is Document => typeof d === 'object'),
  }
})

export interface DocumentFilter {
  domainId?: Domain['id']
  /** Words from searchWords(): every one must appear (accents and case ignored, decision 0007) */
  words?: string[]
}

/** The imprimés library: all, or those of a domain and/or matching every searched word. */
export async function listDocuments({ domainId, words = [] }: DocumentFilter = {}): Promise<Document[]> {
  const payload = await sitePayload()
  const and: Where[] = words.map((w) => ({ searchText: { like: w } }))
  if (domainId !== undefined) and.push({ domain: { equals: domainId } })
  const { docs } = await payload.find({
    collection: 'documents',
    where: and.length ? { and } : {},
    sort: 'title',
    limit: 500,
    depth: 0,
    ...asVisitor,
  })
  return docs
}

export async function getDocumentBySlug(slug: string): Promise<Document | null> {
  const payload = await sitePayload()
  const { docs } = await payload.find({ collection: 'documents', where: { slug: { equals: slug } }, limit: 1, depth: 1, ...asVisitor })
  return docs[0] ?? null
}

/** The published procedures that offer this imprimé. */
export async function listProceduresUsingDocument(documentId: Document['id']): Promise<Procedure[]> {
  const payload = await sitePayload()
  const { docs } = await payload.find({
    collection: 'procedures',
    where: { documents: { in: [documentId] } },
    sort: 'title',
    limit: 100,
    depth: 0,
    ...asVisitor,
  })
  return docs
}

export interface SearchResults {
  words: string[]
  procedures: Procedure[]
  documents: Document[]
}

export async function search(query: string): Promise<SearchResults> {
  const words = searchWords(query)
  if (words.length === 0) return { words, procedures: [], documents: [] }
  const payload = await sitePayload()
  const where = { and: words.map((w) => ({ searchText: { like: w } })) }
  const [procedures, documents] = await Promise.all([
    payload.find({ collection: 'procedures', where, sort: 'title', limit: 50, depth: 0, ...asVisitor }),
    payload.find({ collection: 'documents', where, sort: 'title', limit: 50, depth: 0, ...asVisitor }),
  ])
  return { words, procedures: procedures.docs, documents: documents.docs }
}

/** Domain slug of each procedure, to build links from flat procedure lists. */
export async function domainSlugsById(): Promise<Map<Domain['id'], string>> {
  const domains = await listDomains()
  return new Map(domains.map((d) => [d.id, d.slug as string]))
}

export const mediaUrl = (media: Media | number | null | undefined): string | null =>
  media && typeof media === 'object' ? (media.url ?? null) : null
