/**
 * Directory moderation end to end, in-process: the demo town's directory forms are answered as a
 * browser without JavaScript would; each request becomes a pending proposal; communication staff
 * approve or refuse it through the REST API (as the admin does); the entry is created or updated
 * and published, and the requester gets an e-mail either way.
 */
import path from 'node:path'

import type { Payload } from 'payload'

import { isValidSiret } from '../../src/lib/luhn'
import { DEFAULT_MAP_CENTRE } from '../../src/directory/mapCentre'
import { REQUESTER_EMAIL_DIFFERS } from '../../src/directory/proposalTarget'
import { bootPayload, type BootedPayload } from '../helpers/bootPayload'
import { formClient } from '../helpers/formClient'
import { readOutbox } from '../helpers/mail'
import { restClient } from '../helpers/rest'
import { createRoleUsers, PASSWORD } from '../helpers/users'
import { skipSuiteOnTestServer } from '../helpers/testServerGaps'

// Adapter-neutral: run on SQLite and a real MongoDB, not on the npm MongoDB test server (decision 0037).
skipSuiteOnTestServer()

let booted: BootedPayload
let payload: Payload
let outbox: string
let client: ReturnType<typeof formClient>
let rest: ReturnType<typeof restClient>
let staffToken: string
let agentToken: string
let queries: typeof import('../../src/site/directoryQueries')

beforeAll(async () => {
  booted = await bootPayload({ demo: true })
  payload = booted.payload
  outbox = path.join(booted.uploadsDir, '..', 'outbox')
  process.env.OUTBOX_DIR = outbox
  process.env.FORM_MIN_FILL_SECONDS = '0'
  process.env.FORM_RATE_LIMIT_PER_MINUTE = '100000'
  client = formClient(payload)
  rest = restClient(booted.config)
  const commune = (await payload.find({ collection: 'organisations', where: { slug: { equals: 'commune' } }, overrideAccess: true })).docs[0]
  const users = await createRoleUsers(payload, commune.id)
  staffToken = await rest.login(users.communication.email, PASSWORD)
  agentToken = await rest.login(users.agent.email, PASSWORD)
  queries = await import('../../src/site/directoryQueries')
}, 120_000)

afterAll(async () => booted?.shutdown())

const REQUESTER = { prenom: 'Gaëlle', nom: 'Le Roux', courriel: 'gaelle.leroux@example.fr', consentement: 'oui' }

/** Both steps (the requester, then the entry) then "Envoyer", as the browser posts them. */
async function submit(slug: string, entry: Record<string, string>, requester: Record<string, string> = REQUESTER) {
  const { fiche, ...step2 } = entry
  const s1 = await client.post(slug, { action: 'suivant', etape: '1', ...requester, ...(fiche ? { fiche } : {}) })
  expect(s1.location).toContain('etape=2')
  const s2 = await client.post(slug, { action: 'suivant', etape: '2', session: s1.session!, ...step2 })
  expect(s2.location).toContain('/verification')
  const sent = await client.post(slug, { action: 'envoyer', session: s1.session! })
  expect(sent.location).toMatch(/^\/suivi\//)
}

const proposalNamed = async (name: string) =>
  (await payload.find({ collection: 'directory-proposals', where: { name: { equals: name } }, overrideAccess: true, depth: 0 })).docs[0]

const decide = (id: number | string, data: Record<string, unknown>, token = staffToken) => rest.call('PATCH', `/directory-proposals/${id}`, { token, body: data })

describe('demo directories', () => {
  it('has 30+ published associations and 20+ businesses, 2 pending each, valid SIRETs, around the town centre', async () => {
    const count = (collection: 'associations' | 'businesses', status: string) =>
      payload.count({ collection, where: { status: { equals: status } }, overrideAccess: true }).then((r) => r.totalDocs)
    expect(await count('associations', 'published')).toBeGreaterThanOrEqual(30)
    expect(await count('businesses', 'published')).toBeGreaterThanOrEqual(20)
    expect(await count('associations', 'pending')).toBe(2)
    expect(await count('businesses', 'pending')).toBe(2)
    const { docs } = await payload.find({ collection: 'businesses', pagination: false, overrideAccess: true })
    expect(docs.every((b) => isValidSiret(b.siret))).toBe(true)
    const [lat, lng] = DEFAULT_MAP_CENTRE
    for (const b of docs) {
      expect(Math.abs(b.location![1] - lat)).toBeLessThan(0.02)
      expect(Math.abs(b.location![0] - lng)).toBeLessThan(0.03)
    }
  })
})

describe('a citizen proposes a new association', () => {
  it('stores the request and a pending proposal, not public yet', async () => {
    await submit('referencer-mon-association', {
      denomination: 'Les Tricoteuses de Kerlann',
      categorie: 'loisirs',
      presentation: 'Tricot, crochet et papotage.\nDons de layette à la maternité.',
      rencontres: 'Salle des Hortensias : jeudi 14 h – 17 h\nMédiathèque : premier samedi du mois',
      'adresse.rue': '4 rue des Tilleuls',
      'adresse.codePostal': '56890',
      'adresse.commune': 'Kerlann',
      telephone: '06 11 22 33 44',
      courriel_public: 'tricot@example.fr',
      site_web: 'tricot-kerlann.example.fr',
    })
    const proposal = await proposalNamed('Les Tricoteuses de Kerlann')
    expect(proposal).toMatchObject({
      kind: 'associations',
      decision: 'pending',
      category: 'loisirs',
      requesterName: 'Gaëlle Le Roux',
      requesterEmail: 'gaelle.leroux@example.fr',
      address: { street: '4 rue des Tilleuls', postcode: '56890', commune: 'Kerlann' },
      contact: { email: 'tricot@example.fr', website: 'tricot-kerlann.example.fr' },
    })
    expect(proposal.reference).toMatch(/^\d{4}-\d{6}$/)
    expect(await queries.directoryEntryExists('associations', 'les-tricoteuses-de-kerlann')).toBe(false)
  })

  it('is hidden from agents; communication staff approve it in one change → published entry + e-mail', async () => {
    const proposal = await proposalNamed('Les Tricoteuses de Kerlann')
    expect((await rest.call('GET', `/directory-proposals/${proposal.id}`, { token: agentToken })).status).toBe(403)
    expect((await decide(proposal.id, { decision: 'approved' }, agentToken)).status).toBe(403)
    const mailsBefore = readOutbox(outbox).length

    const res = await decide(proposal.id, { decision: 'approved' })
    expect(res.status).toBe(200)

    const entry = await queries.getDirectoryEntry('associations', 'les-tricoteuses-de-kerlann')
    expect(entry).toMatchObject({
      name: 'Les Tricoteuses de Kerlann',
      status: 'published',
      category: 'loisirs',
      contact: { phone: '06 11 22 33 44', website: 'https://tricot-kerlann.example.fr', email: 'tricot@example.fr' },
      meetings: [
        expect.objectContaining({ place: 'Salle des Hortensias', schedule: 'jeudi 14 h – 17 h' }),
        expect.objectContaining({ place: 'Médiathèque', schedule: 'premier samedi du mois' }),
      ],
    })
    const decided = await payload.findByID({ collection: 'directory-proposals', id: proposal.id, overrideAccess: true, depth: 0 })
    expect(decided.entry).toEqual({ relationTo: 'associations', value: entry!.id })
    expect(decided.decidedAt).toBeTruthy()

    const mails = readOutbox(outbox).slice(mailsBefore)
    expect(mails).toHaveLength(1)
    expect(mails[0].to).toBe('gaelle.leroux@example.fr')
    expect(mails[0].text).toContain('a été acceptée')
    expect(mails[0].text).toContain('/annuaire/associations/les-tricoteuses-de-kerlann')
  })

  it('cannot be decided twice (400, French message)', async () => {
    const proposal = await proposalNamed('Les Tricoteuses de Kerlann')
    const res = await decide(proposal.id, { decision: 'rejected' })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.json)).toContain('Cette proposition a déjà été traitée.')
  })
})

describe('a business asks to update its entry (link from its page: ?fiche=<slug>)', () => {
  it('updates the same entry on approval, keeping what the request left empty', async () => {
    const before = (await payload.find({ collection: 'businesses', where: { slug: { equals: 'boulangerie-le-fournil-de-kerlann' } }, overrideAccess: true })).docs[0]
    const count = await payload.count({ collection: 'businesses', overrideAccess: true })
    await submit('referencer-mon-entreprise', {
      fiche: 'boulangerie-le-fournil-de-kerlann',
      denomination: 'Le Fournil de Kerlann',
      secteur: 'alimentation',
      siret: before.siret,
      presentation: 'Nouveau : pain de seigle le vendredi.',
      horaires: 'Mardi – dimanche : 6 h 30 – 13 h',
      'adresse.rue': before.address!.street!,
      'adresse.codePostal': '56890',
      'adresse.commune': 'Kerlann',
    })
    const proposal = await proposalNamed('Le Fournil de Kerlann')
    // The target is fixed when the request arrives, shown to staff, with a warning: the requester is not the bakery's contact.
    expect(proposal.entry).toEqual({ relationTo: 'businesses', value: before.id })
    expect(proposal.requesterWarning).toBe(REQUESTER_EMAIL_DIFFERS)
    expect((await decide(proposal.id, { decision: 'approved' })).status).toBe(200)
    const after = await payload.findByID({ collection: 'businesses', id: before.id, overrideAccess: true })
    expect(after).toMatchObject({ name: 'Le Fournil de Kerlann', openingHours: 'Mardi – dimanche : 6 h 30 – 13 h', status: 'published', slug: 'boulangerie-le-fournil-de-kerlann' })
    expect(after.contact?.phone).toBe(before.contact?.phone)
    expect(after.location).toEqual(before.location)
    expect((await payload.count({ collection: 'businesses', overrideAccess: true })).totalDocs).toBe(count.totalDocs)
  })
})

describe('refusals and corrections', () => {
  it('refuses a proposal: nothing published, the requester gets the reason by e-mail', async () => {
    await submit(
      'referencer-mon-entreprise',
      { denomination: 'Vente de voitures en ligne', secteur: 'automobile', siret: '732 829 320 00074', presentation: 'Hors commune.', 'adresse.rue': '1 rue de Paris', 'adresse.codePostal': '75001', 'adresse.commune': 'Paris' },
      { ...REQUESTER, courriel: 'vendeur@example.fr' },
    )
    const proposal = await proposalNamed('Vente de voitures en ligne')
    const mailsBefore = readOutbox(outbox).length
    const res = await decide(proposal.id, { decision: 'rejected', rejectionReason: "L'annuaire est réservé aux entreprises installées à Kerlann." })
    expect(res.status).toBe(200)
    expect(await payload.count({ collection: 'businesses', where: { name: { equals: 'Vente de voitures en ligne' } }, overrideAccess: true })).toMatchObject({ totalDocs: 0 })
    const mails = readOutbox(outbox).slice(mailsBefore)
    expect(mails.map((m) => m.to)).toEqual(['vendeur@example.fr'])
    expect(mails[0].text).toContain("n'a pas pu être acceptée")
    expect(mails[0].text).toContain("L'annuaire est réservé aux entreprises installées à Kerlann.")
  })

  it('refuses an approval whose corrected data is invalid (400 beside the field), leaving it pending', async () => {
    await submit('referencer-mon-association', { denomination: 'Club de scrabble', categorie: 'loisirs', presentation: 'Parties le lundi.' })
    const proposal = await proposalNamed('Club de scrabble')
    const res = await decide(proposal.id, { decision: 'approved', contact: { website: 'pas un site' } })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.json)).toContain('Saisissez une adresse de site qui commence par https://')
    expect(JSON.stringify(res.json)).toContain('contact.website')
    expect((await payload.findByID({ collection: 'directory-proposals', id: proposal.id, overrideAccess: true })).decision).toBe('pending')
    expect(await queries.directoryEntryExists('associations', 'club-de-scrabble')).toBe(false)
  })
})

describe('the entry a proposal changes is fixed when it arrives, never matched at approval', () => {
  it('a request without `fiche` naming an existing entry targets it visibly; its holder sees no warning', async () => {
    const club = (await payload.find({ collection: 'associations', where: { slug: { equals: 'kerlann-handball-club' } }, overrideAccess: true })).docs[0]
    await submit('referencer-mon-association', { denomination: club.name, categorie: 'sport', presentation: 'Entraînements le mercredi.' }, { ...REQUESTER, courriel: club.contact!.email! })
    const proposal = await proposalNamed(club.name)
    expect(proposal.entry).toEqual({ relationTo: 'associations', value: club.id })
    expect(proposal.requesterWarning ?? null).toBeNull()
    expect((await decide(proposal.id, { decision: 'rejected' })).status).toBe(200)
  })

  it('a proposal naming no entry creates a new one on approval, even when a namesake appeared meanwhile', async () => {
    await submit('referencer-mon-association', { denomination: 'Les Amis du Moulin', categorie: 'culture', presentation: 'Première demande.' })
    await submit('referencer-mon-association', { denomination: 'Les Amis du Moulin', categorie: 'loisirs', presentation: 'Seconde demande, autre personne.' }, { ...REQUESTER, courriel: 'autre@example.fr' })
    const [first, second] = (
      await payload.find({ collection: 'directory-proposals', where: { name: { equals: 'Les Amis du Moulin' } }, sort: 'createdAt', overrideAccess: true, depth: 0 })
    ).docs
    expect(first.entry ?? null).toBeNull()
    expect(second.entry ?? null).toBeNull()
    expect((await decide(first.id, { decision: 'approved' })).status).toBe(200)
    expect((await decide(second.id, { decision: 'approved' })).status).toBe(200)
    const { docs } = await payload.find({ collection: 'associations', where: { name: { equals: 'Les Amis du Moulin' } }, sort: 'slug', overrideAccess: true })
    expect(docs.map((d) => [d.slug, d.category])).toEqual([
      ['les-amis-du-moulin', 'culture'],
      ['les-amis-du-moulin-2', 'loisirs'],
    ])
  })

  it('approval updates only the entry the proposal names, not the one its name or SIRET would match', async () => {
    const bakery = (await payload.find({ collection: 'businesses', where: { slug: { equals: 'boulangerie-le-fournil-de-kerlann' } }, overrideAccess: true })).docs[0]
    const butcher = (await payload.find({ collection: 'businesses', where: { slug: { equals: 'boucherie-charcuterie-le-goff' } }, overrideAccess: true })).docs[0]
    // A forged request: the butcher's page link, the bakery's name and SIRET.
    await submit('referencer-mon-entreprise', {
      fiche: butcher.slug!,
      denomination: 'Fournil usurpé',
      secteur: 'alimentation',
      siret: bakery.siret,
      presentation: 'Texte forgé.',
      'adresse.rue': '1 place de l\'Église',
      'adresse.codePostal': '56890',
      'adresse.commune': 'Kerlann',
    }, { ...REQUESTER, courriel: 'faussaire@example.fr' })
    const proposal = await proposalNamed('Fournil usurpé')
    expect(proposal.entry).toEqual({ relationTo: 'businesses', value: butcher.id })
    expect(proposal.requesterWarning).toBe(REQUESTER_EMAIL_DIFFERS)
    const bakeryBefore = await payload.findByID({ collection: 'businesses', id: bakery.id, overrideAccess: true, depth: 0 })
    // Staff see the warning and refuse.
    expect((await decide(proposal.id, { decision: 'rejected' })).status).toBe(200)
    const bakeryAfter = await payload.findByID({ collection: 'businesses', id: bakery.id, overrideAccess: true, depth: 0 })
    expect(bakeryAfter).toEqual(bakeryBefore)
    expect((await payload.findByID({ collection: 'businesses', id: butcher.id, overrideAccess: true })).name).toBe(butcher.name)
  })
})

describe('an invalid proposal writes nothing', () => {
  it('an approval the proposal itself refuses (its requester e-mail) leaves no entry, no e-mail, the proposal pending', async () => {
    await submit('referencer-mon-association', { denomination: 'Chorale du Bourg', categorie: 'culture', presentation: 'Répétitions le mardi.' })
    const proposal = await proposalNamed('Chorale du Bourg')
    const mailsBefore = readOutbox(outbox).length
    const res = await decide(proposal.id, { decision: 'approved', requesterEmail: 'pas-un-courriel' })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.json)).toContain('requesterEmail')
    expect(await payload.count({ collection: 'associations', where: { name: { equals: 'Chorale du Bourg' } }, overrideAccess: true })).toMatchObject({ totalDocs: 0 })
    expect((await payload.findByID({ collection: 'directory-proposals', id: proposal.id, overrideAccess: true })).decision).toBe('pending')
    expect(readOutbox(outbox).length).toBe(mailsBefore)
  })
})

describe('map point set by staff before approving', () => {
  it('passes the proposal\'s position to the entry, which then shows on the map', async () => {
    await submit('referencer-mon-association', { denomination: 'Jardins partagés de Kerlann', categorie: 'environnement', presentation: 'Potagers collectifs.' })
    const proposal = await proposalNamed('Jardins partagés de Kerlann')
    expect((await decide(proposal.id, { decision: 'approved', location: [-2.7301, 47.6879] })).status).toBe(200)
    const entry = await queries.getDirectoryEntry('associations', 'jardins-partages-de-kerlann')
    expect(entry?.location).toEqual([-2.7301, 47.6879])
    expect((await queries.listMapMarkers(['associations'])).map((m) => m.slug)).toContain('jardins-partages-de-kerlann')
  })

  it('refuses a position out of range, beside the field', async () => {
    await submit('referencer-mon-association', { denomination: 'Club des étoiles', categorie: 'loisirs', presentation: 'Astronomie.' })
    const proposal = await proposalNamed('Club des étoiles')
    const res = await decide(proposal.id, { decision: 'approved', location: [-2.73, 147.68] })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.json)).toContain('location')
    expect(await queries.directoryEntryExists('associations', 'club-des-etoiles')).toBe(false)
  })
})

describe('"Référencer / mettre à jour" links', () => {
  it('point to the published form set to feed the directory, or nowhere when there is none', async () => {
    expect(await queries.directoryFormSlug('associations')).toBe('referencer-mon-association')
    expect(await queries.directoryFormSlug('businesses')).toBe('referencer-mon-entreprise')
    const form = (await payload.find({ collection: 'forms', where: { slug: { equals: 'referencer-mon-entreprise' } }, overrideAccess: true })).docs[0]
    await payload.update({ collection: 'forms', id: form.id, data: { slug: 'inscription-annuaire-entreprises' }, overrideAccess: true })
    expect(await queries.directoryFormSlug('businesses')).toBe('inscription-annuaire-entreprises')
    await payload.update({ collection: 'forms', id: form.id, data: { directory: null }, overrideAccess: true })
    expect(await queries.directoryFormSlug('businesses')).toBeNull()
    await payload.update({ collection: 'forms', id: form.id, data: { slug: 'referencer-mon-entreprise', directory: 'businesses' }, overrideAccess: true })
  })
})
