import type { Payload } from 'payload'
import sharp from 'sharp'

import { directoryForms } from './data/directoryForms'
import { documents } from './data/documents'
import { domains } from './data/domains'
import { eventData, events } from './data/events'
import { forms } from './data/forms'
import { organisations } from './data/organisations'
import { procedures } from './data/procedures'
import { resourceData, resources } from './data/resources'
import { charterSeed, logoSvg, siteSeed, TOWN_NAME } from './data/site'
import { plainBodyToLexical } from './lexical'
import { seedDirectory } from './directory'
import { renderDocumentPdf } from './pdf'
import { seedDemoPlu } from './plu'
import { DEMO_REVIEWED_AT, seedServicePublic } from './servicePublic'

export interface SeedReport {
  organisations: number
  domains: number
  procedures: number
  documents: number
  forms: number
}

type Slugged = 'organisations' | 'domains' | 'procedures' | 'documents' | 'forms' | 'resources' | 'events'

async function findIdBySlug(payload: Payload, collection: Slugged, slug: string): Promise<number | string | null> {
  const { docs } = await payload.find({
    collection,
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
    draft: true,
    overrideAccess: true,
    pagination: false,
  })
  return docs[0]?.id ?? null
}

export class UnknownProcedureError extends Error {
  constructor(formSlug: string, procedureSlugs: string[]) {
    super(
      `Seed: the form "${formSlug}" links unknown procedure(s) ${procedureSlugs.map((s) => `"${s}"`).join(', ')}: ` +
        'each slug in its "procedures" (src/seed/data/forms.ts) must be a procedure of src/seed/data/procedures.ts.',
    )
    this.name = 'UnknownProcedureError'
  }
}

/**
 * A form linked to a procedure the seed does not have would be published without its "Faire la
 * démarche en ligne" link, silently: checked before anything is written.
 */
function assertFormProceduresExist(): void {
  const known = new Set(procedures.map((p) => p.slug))
  for (const form of [...forms, ...directoryForms]) {
    const unknown = form.procedures.filter((slug) => !known.has(slug))
    if (unknown.length) throw new UnknownProcedureError(form.slug, unknown)
  }
}

/**
 * Puts the demo town in place: creates what is missing and resets demo entries (matched by slug)
 * to their seed content. Content that staff added under other slugs is left alone, so running
 * it again is safe (idempotent).
 */
export async function seedDemo(payload: Payload, log: (line: string) => void = () => {}): Promise<SeedReport> {
  assertFormProceduresExist()
  const ids = {
    organisations: new Map<string, number | string>(),
    domains: new Map<string, number | string>(),
    documents: new Map<string, number | string>(),
    procedures: new Map<string, number | string>(),
    resources: new Map<string, number | string>(),
  }

  const upsert = async (collection: Slugged, slug: string, data: Record<string, unknown>, file?: { data: Buffer; mimetype: string; name: string; size: number }) => {
    const existing = await findIdBySlug(payload, collection, slug)
    if (existing !== null) {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      await payload.update({ collection, id: existing, data: data as any, overrideAccess: true, depth: 0 })
      return existing
    }
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const created = await payload.create({ collection, data: data as any, file, overrideAccess: true, depth: 0 })
    return created.id
  }

  for (const org of organisations) ids.organisations.set(org.slug, await upsert('organisations', org.slug, { ...org }))
  log(`  ${organisations.length} organisations`)

  for (const domain of domains) ids.domains.set(domain.slug, await upsert('domains', domain.slug, { ...domain }))
  log(`  ${domains.length} domaines`)

  for (const doc of documents) {
    const pdf = Buffer.from(await renderDocumentPdf(doc, `Ville de ${TOWN_NAME}`))
    const id = await upsert(
      'documents',
      doc.slug,
      { slug: doc.slug, title: doc.title, description: doc.description, domain: ids.domains.get(doc.domain) },
      { data: pdf, mimetype: 'application/pdf', name: `${doc.slug}.pdf`, size: pdf.length },
    )
    ids.documents.set(doc.slug, id)
  }
  log(`  ${documents.length} imprimés (PDF)`)

  for (const p of procedures) {
    const id = await upsert('procedures', p.slug, {
      title: p.title,
      slug: p.slug,
      domain: ids.domains.get(p.domain),
      organisation: ids.organisations.get(p.organisation),
      summary: p.summary,
      body: plainBodyToLexical(p.body),
      sections: { ...p.sections, requiredDocuments: p.sections.requiredDocuments.map((item) => ({ item })) },
      documents: (p.documents ?? []).map((slug) => ids.documents.get(slug)).filter((v) => v !== undefined),
      servicePublicCode: p.servicePublicCode ?? null,
      servicePublicReviewedAt: p.servicePublicCode ? DEMO_REVIEWED_AT : null,
      onlineService: p.onlineService ?? { label: null, url: null },
      keywords: (p.keywords ?? []).join(', '),
      _status: 'published',
    })
    ids.procedures.set(p.slug, id)
  }
  log(`  ${procedures.length} démarches`)
  await seedServicePublic(payload, [...ids.procedures.values()], log)

  for (const resource of resources) {
    ids.resources.set(resource.slug, await upsert('resources', resource.slug, resourceData(resource, ids.organisations.get(resource.organisation)!)))
  }
  log(`  ${resources.length} ressources réservables (salles, matériel, équipement sportif)`)

  for (const form of [...forms, ...directoryForms]) {
    const formId = await upsert('forms', form.slug, {
      title: form.title,
      slug: form.slug,
      organisation: ids.organisations.get(form.organisation),
      intro: form.intro,
      confirmationText: form.confirmationText,
      silenceRule: form.silenceRule,
      responseDelayValue: form.responseDelay.value,
      responseDelayUnit: form.responseDelay.unit,
      appealRoutes: form.appealRoutes ?? null,
      directory: form.directory ?? null,
      payment: form.payment,
      steps: withSeedIds(form.steps, { model: ids.documents, resource: ids.resources }),
      _status: 'published',
    })
    for (const slug of form.procedures) {
      const procedureId = ids.procedures.get(slug)
      if (procedureId === undefined) throw new UnknownProcedureError(form.slug, [slug]) // checked above: cannot happen
      await payload.update({ collection: 'procedures', id: procedureId, data: { form: formId as number }, overrideAccess: true, depth: 0 })
    }
  }
  log(`  ${forms.length + directoryForms.length} formulaires en ligne`)

  const ticketForm = await findIdBySlug(payload, 'forms', 'billetterie-du-dome')
  const waitingForm = await findIdBySlug(payload, 'forms', 'liste-d-attente-du-dome')
  for (const event of events) await upsert('events', event.slug, eventData(event, ids.organisations.get(event.organisation)!, ticketForm, waitingForm))
  log(`  ${events.length} spectacles au Dôme`)

  await seedDirectory(payload, log)
  await seedDemoPlu(payload, log)

  const logoId = await ensureLogo(payload)
  const { mostRequestedSlugs, ...site } = siteSeed
  await payload.updateGlobal({
    slug: 'site',
    data: { ...site, mostRequested: mostRequestedSlugs.map((s) => ids.procedures.get(s)).filter((v) => v !== undefined) as number[] },
    overrideAccess: true,
    depth: 0,
  })
  await payload.updateGlobal({ slug: 'charter', data: { ...charterSeed, logo: logoId, favicon: logoId } as never, overrideAccess: true, depth: 0 })
  log('  charte graphique et informations de la commune')

  return { organisations: organisations.length, domains: domains.length, procedures: procedures.length, documents: documents.length, forms: forms.length }
}

/**
 * The seed names what a field links by its slug — a file field's model document (`model: 'demande-…'`),
 * a booking field's resource (`resource: 'chaises'`); the form stores their ids.
 */
function withSeedIds<T>(value: T, slugs: Record<'model' | 'resource', Map<string, number | string>>): T {
  if (Array.isArray(value)) return value.map((v) => withSeedIds(v, slugs)) as T
  if (!value || typeof value !== 'object') return value
  return Object.fromEntries(
    Object.entries(value).map(([key, v]) => {
      if ((key !== 'model' && key !== 'resource') || typeof v !== 'string') return [key, withSeedIds(v, slugs)]
      const id = slugs[key].get(v)
      if (id === undefined) throw new Error(`The demo form field's ${key} "${v}" is not in the demo town`)
      return [key, id]
    }),
  ) as T
}

const LOGO_FILENAME = 'logo-kerlann.png'

async function ensureLogo(payload: Payload): Promise<number | string> {
  const { docs } = await payload.find({
    collection: 'media',
    where: { filename: { equals: LOGO_FILENAME } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  if (docs[0]) return docs[0].id
  const png = await sharp(Buffer.from(logoSvg)).png().toBuffer()
  const media = await payload.create({
    collection: 'media',
    data: { alt: `Ville de ${TOWN_NAME}` },
    file: { data: png, mimetype: 'image/png', name: LOGO_FILENAME, size: png.length },
    overrideAccess: true,
    depth: 0,
  })
  return media.id
}
