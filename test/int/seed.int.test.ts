/**
 * The demo town: complete, real PDFs, idempotent, respectful of staff's own content. On SQLite it is
 * seeded on the schema of the committed migrations alone (no push), as production builds it: a
 * forgotten migration fails here (decision 0001; one seeding serves both, decision 0037).
 */
import { createLocalReq } from 'payload'

import type { Procedure } from '../../src/payload-types'
import { forms as formSeeds } from '../../src/seed/data/forms'
import { formPrice } from '../../src/payment/formPrice'
import { agenda } from '../../src/ticketing/agenda'
import { firstRun } from '../../src/seed/firstRun'
import { seedDemo, UnknownProcedureError } from '../../src/seed/index'
import { bootPayload, type BootedPayload } from '../helpers/bootPayload'
import { testMongoUrl } from '../helpers/testDatabase'
import { skipSuiteOnTestServer } from '../helpers/testServerGaps'

// The demo town on MongoDB is seeded by `npm start`'s own steps for the MongoDB e2e journey, which
// then reads it: on the npm test server this suite (its costliest there, ~100 s) is not run twice
// (decision 0037). SQLite and a real MongoDB given by MONGODB_TEST_SERVER run it.
skipSuiteOnTestServer()

const onSqlite = !testMongoUrl()
let booted: BootedPayload

beforeAll(async () => {
  // SQLite: an empty file, no push, then the committed migrations (MongoDB has no schema to migrate).
  booted = await bootPayload({ unmigrated: onSqlite })
  if (onSqlite) await booted.payload.db.migrate()
})
afterAll(async () => booted?.shutdown())

const counts = async () => {
  const p = booted.payload
  const c = (collection: 'organisations' | 'domains' | 'procedures' | 'documents' | 'media' | 'users') =>
    p.count({ collection, overrideAccess: true }).then((r) => r.totalDocs)
  return {
    organisations: await c('organisations'),
    domains: await c('domains'),
    procedures: await c('procedures'),
    documents: await c('documents'),
    media: await c('media'),
    users: await c('users'),
  }
}

describe('first start', () => {
  it('seeds the demo town and creates the admin with a generated password printed once', async () => {
    const printed: string[] = []
    await firstRun(booted.payload, { SEED_DEMO: 'true', ADMIN_EMAIL: 'maire@kerlann.fr', SEED_DEMO_REQUESTS: '60' }, (l) => printed.push(l))
    const output = printed.join('\n')
    expect(output).toContain('maire@kerlann.fr')
    const password = /Mot de passe : (\S+)/.exec(output)?.[1]
    expect(password).toMatch(/^[A-Za-z0-9]{20}$/)
    const login = await booted.payload.login({ collection: 'users', data: { email: 'maire@kerlann.fr', password: password! } })
    expect(login.user?.role).toBe('admin')

    const again: string[] = []
    await firstRun(booted.payload, { SEED_DEMO: 'true' }, (l) => again.push(l))
    expect(again.join('\n')).not.toContain('Mot de passe')
  }, 180_000)

  it('adds demo agents for each organisation and requests spread over six months and statuses', async () => {
    const agents = await booted.payload.find({ collection: 'users', where: { role: { equals: 'agent' } }, depth: 1, overrideAccess: true })
    const orgs = new Set(agents.docs.map((a) => (typeof a.organisation === 'object' ? a.organisation?.slug : a.organisation)))
    expect(orgs).toEqual(new Set(['commune', 'ccas', 'siaep']))
    // The bookings and ticket orders of the demo are requests too, made today: set apart.
    const referencesOf = async (collection: 'bookings' | 'tickets' | 'waiting-list') =>
      (await booted.payload.find({ collection, limit: 0, pagination: false, depth: 0, overrideAccess: true })).docs.map((b) => b.reference)
    const booked = new Set([...(await referencesOf('bookings')), ...(await referencesOf('tickets')), ...(await referencesOf('waiting-list'))])
    const { docs } = await booted.payload.find({ collection: 'submissions', where: { reference: { not_in: [...booked] } }, limit: 100, depth: 0, overrideAccess: true })
    expect(docs).toHaveLength(60)
    expect(new Set(docs.map((d) => d.status)).size).toBeGreaterThanOrEqual(4)
    expect(new Set(docs.map((d) => d.reference)).size).toBe(60)
    const times = docs.map((d) => new Date(d.createdAt).getTime())
    expect((Math.max(...times) - Math.min(...times)) / 86_400_000).toBeGreaterThan(90)
    expect(docs.filter((d) => d.status !== 'recue').every((d) => (d.history ?? []).length > 0)).toBe(true)
  })

  it('books rooms, slots, chairs, marquees and the sports hall ahead, as citizens do: options, confirmations, no conflict', async () => {
    const { docs: bookings } = await booted.payload.find({ collection: 'bookings', limit: 0, pagination: false, depth: 1, overrideAccess: true })
    expect(bookings.length).toBeGreaterThanOrEqual(15)
    const byResource = new Map<string, typeof bookings>()
    for (const b of bookings) {
      const slug = typeof b.resource === 'object' ? b.resource.slug! : String(b.resource)
      byResource.set(slug, [...(byResource.get(slug) ?? []), b])
    }
    expect([...byResource.keys()].sort()).toEqual(['barnums', 'chaises', 'salle-de-reunion-maison-des-associations', 'salle-des-fetes-ar-maen', 'salle-omnisports-lann-vras', 'salle-polyvalente-du-guern'])
    const hall = byResource.get('salle-des-fetes-ar-maen')!
    expect(new Set(hall.map((b) => b.state))).toEqual(new Set(['option', 'confirmee']))
    // One person in line for a day of the salle des fêtes already booked (decision 0074).
    const inLine = await booted.payload.find({ collection: 'waiting-list', where: { resource: { equals: hall[0].resource && typeof hall[0].resource === 'object' ? hall[0].resource.id : hall[0].resource } }, depth: 0, overrideAccess: true })
    expect(inLine.docs.map((w) => [w.state, hall.some((b) => b.start === w.slotStart && b.state === 'confirmee')])).toEqual([['attente', true]])
    expect(bookings.every((b) => Date.parse(b.startsAt) > Date.now())).toBe(true)
    // Each booking holds exactly its places: days × quantity.
    const claims = (await booted.payload.find({ collection: 'place-claims', where: { holder: { like: 'bookings:' } }, limit: 0, pagination: false, depth: 0, overrideAccess: true })).docs
    expect(claims).toHaveLength(bookings.reduce((sum, b) => sum + (b.days ?? 1) * b.quantity, 0))
  })

  it('sells Le Dôme’s season: six shows, one sold out with its waiting list, seats taken on the numbered plan', async () => {
    const season = await agenda(booted.payload)
    expect(season).toHaveLength(6)
    const soldOut = season.find((s) => s.event.slug === 'la-petite-fabrique-a-nuages')!
    expect(soldOut.sessions.map((s) => s.left)).toEqual([0])
    // Its waiting list: three people in line, reached from the agenda.
    const waiting = await booted.payload.find({ collection: 'waiting-list', where: { eventTitle: { equals: soldOut.event.title } }, sort: 'createdAt', depth: 0, overrideAccess: true })
    expect(waiting.docs.map((w) => [w.places, w.state])).toEqual([[2, 'attente'], [4, 'attente'], [1, 'attente']])
    expect(soldOut.waitingHref).toBe('/formulaires/liste-d-attente-du-dome?spectacle=la-petite-fabrique-a-nuages')
    const numbered = await booted.payload.find({ collection: 'tickets', where: { eventTitle: { like: 'Trio Avel' } }, limit: 0, pagination: false, depth: 0, overrideAccess: true })
    expect(numbered.docs.map((t) => t.seat).sort()).toEqual(['E10', 'E9', 'F10', 'F8', 'F9'])
    expect(season.every((s) => s.bookingHref?.startsWith('/formulaires/billetterie-du-dome?spectacle='))).toBe(true)
  })

  it('has the three organisations, seven domains, 21+ procedures (3+ per domain), 5+ real PDFs', async () => {
    const c = await counts()
    expect(c.organisations).toBe(3)
    expect(c.domains).toBe(7)
    expect(c.procedures).toBeGreaterThanOrEqual(21)
    expect(c.documents).toBeGreaterThanOrEqual(5)
    const domains = await booted.payload.find({ collection: 'domains', sort: 'order', limit: 10 })
    expect(domains.docs.map((d) => d.title)).toEqual([
      'État civil',
      'Citoyenneté',
      'Réservation',
      'Réglementation',
      'Urbanisme',
      'Social-Solidarité',
      'Emploi',
    ])
    for (const domain of domains.docs) {
      const { totalDocs } = await booted.payload.count({ collection: 'procedures', where: { domain: { equals: domain.id }, _status: { equals: 'published' } } })
      expect(totalDocs).toBeGreaterThanOrEqual(3)
    }
    const docs = await booted.payload.find({ collection: 'documents', limit: 100 })
    for (const doc of docs.docs) {
      expect(doc.mimeType).toBe('application/pdf')
      expect(doc.pageCount).toBeGreaterThanOrEqual(1)
    }
    const site = await booted.payload.findGlobal({ slug: 'site' })
    expect(site.townName).toBe('Kerlann')
    expect(site.mostRequested?.length).toBeGreaterThanOrEqual(4)
    const charter = await booted.payload.findGlobal({ slug: 'charter' })
    expect(charter.logo).toBeTruthy()
  })

  // One second seeding serves both tests below (each seeding costs seconds, twice: SQLite and MongoDB).
  const reseedPrinted: string[] = []

  it('is idempotent and resets demo entries while keeping staff content', async () => {
    const before = await counts()
    const birth = await booted.payload.find({ collection: 'procedures', where: { slug: { equals: 'acte-de-naissance' } } })
    await booted.payload.update({ collection: 'procedures', id: birth.docs[0].id, data: { title: 'Titre abîmé' } })
    const domain = birth.docs[0].domain
    const org = birth.docs[0].organisation
    await booted.payload.create({
      collection: 'procedures',
      data: {
        title: 'Démarche ajoutée par le service communication',
        slug: 'ajout-staff',
        summary: 'x',
        domain: typeof domain === 'object' ? domain.id : domain,
        organisation: typeof org === 'object' ? org.id : org,
        // A staff procedure citing a fiche the demo has no sample of (checked in the next test).
        servicePublicCode: 'F9999',
        _status: 'published',
      },
    })

    await seedDemo(booted.payload, (l) => reseedPrinted.push(l))

    const after = await counts()
    expect(after).toEqual({ ...before, procedures: before.procedures + 1 })
    const restored = await booted.payload.findByID({ collection: 'procedures', id: birth.docs[0].id })
    expect(restored.title).toBe(birth.docs[0].title)
    const kept = await booted.payload.count({ collection: 'procedures', where: { slug: { equals: 'ajout-staff' } } })
    expect(kept.totalDocs).toBe(1)
  })

  it('links the demo procedures to their sample service-public.fr fiches, changed ones "à revoir"', async () => {
    const bySlug = async (slug: string) => (await booted.payload.find({ collection: 'procedures', where: { slug: { equals: slug } }, depth: 0 })).docs[0]!
    const birth = await bySlug('acte-de-naissance')
    expect(birth.servicePublic?.ficheCode).toBe('F1427')
    expect(birth.servicePublic?.url).toBe('https://www.service-public.fr/particuliers/vosdroits/F1427')
    expect(birth.servicePublicNeedsReview).toBe(true) // fiche changed 2025-03-12, demo review 2025-03-01
    const marriage = await bySlug('acte-de-mariage')
    expect(marriage.servicePublic?.title).toContain('Acte de mariage')
    expect(marriage.servicePublicNeedsReview).toBe(false)
    // A staff procedure citing a fiche the demo has no sample of did not stop the demo import.
    expect((await bySlug('ajout-staff')).servicePublicCode).toBe('F9999')
    expect(reseedPrinted.join('\n')).toContain('fiches service-public.fr liées')
  })

  it('publishes the demo forms of the issue, each linked from a published procedure', async () => {
    // Form slug → the procedure linking it ("Faire la démarche en ligne").
    const expected: Record<string, string> = {
      'contacter-la-mairie': 'ecrire-a-la-mairie',
      'acte-de-naissance': 'acte-de-naissance',
      'acte-de-mariage': 'acte-de-mariage',
      'acte-de-deces': 'acte-de-deces',
      'recensement-citoyen': 'recensement-citoyen',
      'inscription-listes-electorales': 'inscription-listes-electorales',
      'reservation-salle': 'reservation-salle-municipale',
      'occupation-domaine-public': 'occupation-domaine-public',
      'concession-funeraire': 'concession-funeraire',
      'aide-ccas': 'aide-financiere-ccas',
      'candidature-spontanee': 'candidature-spontanee',
      'signalement-voirie': 'signalement-voirie',
    }
    const published = async (slug: string) => {
      // Anonymous read (no overrideAccess): only published forms are visible.
      const { docs } = await booted.payload.find({ collection: 'forms', where: { slug: { equals: slug } }, depth: 0, overrideAccess: false })
      expect({ slug, published: docs[0]?._status }).toEqual({ slug, published: 'published' })
      return docs[0]
    }
    for (const [formSlug, procedureSlug] of Object.entries(expected)) {
      const form = await published(formSlug)
      const { docs } = await booted.payload.find({
        collection: 'procedures',
        where: { form: { equals: form.id }, _status: { equals: 'published' } },
        depth: 0,
        overrideAccess: false,
      })
      expect({ formSlug, linkedFrom: docs.map((d) => d.slug) }).toEqual({ formSlug, linkedFrom: [procedureSlug] })
    }
    // The cemetery concession is a paid démarche: its price follows the duration chosen (decision 0047).
    const concession = await published('concession-funeraire')
    expect(concession.payment?.enabled).toBe(true)
    expect(formPrice(concession, { duree: '30_ans' }).amountCents).toBe(30000)
    expect(formPrice(concession, { duree: '15_ans' }).amountCents).toBe(15000)
    // "Contacter la mairie" is also in the site's navigation.
    const site = await booted.payload.findGlobal({ slug: 'site' })
    expect(site.navigation?.map((n) => n.href)).toContain('/formulaires/contacter-la-mairie')
  })

  it('refuses to seed a form linked to an unknown procedure, before writing anything', async () => {
    const broken = { ...formSeeds[1], slug: 'formulaire-orphelin', procedures: ['acte-de-naissance', 'demarche-inexistante'] }
    formSeeds.push(broken)
    try {
      const seeding = seedDemo(booted.payload)
      await expect(seeding).rejects.toThrow(UnknownProcedureError)
      await expect(seeding).rejects.toThrow('"formulaire-orphelin" links unknown procedure(s) "demarche-inexistante"')
    } finally {
      formSeeds.splice(formSeeds.indexOf(broken), 1)
    }
    const { totalDocs } = await booted.payload.count({ collection: 'forms', where: { slug: { equals: 'formulaire-orphelin' } }, overrideAccess: true })
    expect(totalDocs).toBe(0)
  })
})

// Migrations are SQL-only: on MongoDB these are reported skipped, never passed.
;(onSqlite ? describe : describe.skip)('committed SQLite migrations', () => {
  it('create a schema that holds the full demo content (the town above was seeded on it)', async () => {
    const status = await booted.payload.find({ collection: 'payload-migrations', limit: 10 })
    expect(status.docs.length).toBeGreaterThanOrEqual(1)
    const { totalDocs } = await booted.payload.count({ collection: 'procedures' })
    expect(totalDocs).toBeGreaterThanOrEqual(21)
  })

  it("service_public_fiche_code: gives each imported fiche its procedure's code (procedures and versions), and no other fiche", async () => {
    const payload = booted.payload
    // A procedure whose code staff changed holds no fiche: its fiche code must stay empty.
    const { docs } = await payload.find({ collection: 'procedures', where: { 'servicePublic.ficheCode': { exists: true } }, limit: 1, depth: 0, overrideAccess: true })
    await payload.update({ collection: 'procedures', id: docs[0]!.id, data: { servicePublicCode: 'F9998' }, overrideAccess: true })
    const codes = (p: Pick<Procedure, 'servicePublicCode' | 'servicePublic'>) => [p.servicePublicCode ?? null, p.servicePublic?.ficheCode ?? null, Boolean(p.servicePublic?.importedAt)]
    const state = async () => ({
      procedures: (await payload.find({ collection: 'procedures', pagination: false, sort: 'id', depth: 0, overrideAccess: true })).docs.map(codes),
      versions: (await payload.findVersions({ collection: 'procedures', pagination: false, sort: 'id', depth: 0, overrideAccess: true })).docs.map((v) => codes(v.version)),
    })
    const before = await state()
    expect(before.procedures.filter(([, fiche, imported]) => imported && fiche).length).toBeGreaterThanOrEqual(5)
    expect(before.procedures).toContainEqual(['F9998', null, false])

    const { migrations } = await import('../../src/migrations/sqlite')
    const migration = migrations.find((m) => m.name.endsWith('_service_public_fiche_code'))!
    const args = { db: payload.db.drizzle, payload, req: await createLocalReq({}, payload) } as never
    await migration.down(args)
    await migration.up(args)
    expect(await state()).toEqual(before)
  })
})
