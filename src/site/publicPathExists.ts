import { sitePayload } from './payload'

/**
 * Whether /demarches/<domaine>[/<demarche>] names a published page. Checked before rendering so
 * that an unknown slug gets the full French 404 page (see src/proxy.ts), JavaScript or not.
 */
export async function procedurePathExists(domainSlug: string, procedureSlug?: string): Promise<boolean> {
  const payload = await sitePayload()
  const domains = await payload.find({
    collection: 'domains',
    where: { slug: { equals: domainSlug } },
    limit: 1,
    depth: 0,
    select: {},
    overrideAccess: false,
  })
  const domain = domains.docs[0]
  if (!domain) return false
  if (!procedureSlug) return true
  const { totalDocs } = await payload.count({
    collection: 'procedures',
    where: { and: [{ slug: { equals: procedureSlug } }, { domain: { equals: domain.id } }] },
    overrideAccess: false,
  })
  return totalDocs > 0
}

/** Whether /formulaires/<slug> names a published form. */
export async function formPathExists(slug: string): Promise<boolean> {
  const payload = await sitePayload()
  const { totalDocs } = await payload.count({ collection: 'forms', where: { slug: { equals: slug } }, overrideAccess: false })
  return totalDocs > 0
}

/** Whether /documents/<slug> names an imprimé. */
export async function documentPathExists(slug: string): Promise<boolean> {
  const payload = await sitePayload()
  const { totalDocs } = await payload.count({ collection: 'documents', where: { slug: { equals: slug } }, overrideAccess: false })
  return totalDocs > 0
}

/** Whether /agenda/<slug> names a show. */
export async function eventPathExists(slug: string): Promise<boolean> {
  const payload = await sitePayload()
  const { totalDocs } = await payload.count({ collection: 'events', where: { slug: { equals: slug } }, overrideAccess: false })
  return totalDocs > 0
}
