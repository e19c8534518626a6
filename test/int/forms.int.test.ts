/** The form engine end to end in-process: steps, errors, conditions, anti-abuse, storage, e-mails. */
import fs from 'node:fs'
import path from 'node:path'

import { bootPayload, type BootedPayload } from '../helpers/bootPayload'
import { formClient } from '../helpers/formClient'

let booted: BootedPayload
let outbox: string
let client: ReturnType<typeof formClient>

beforeAll(async () => {
  booted = await bootPayload({ demo: true })
  outbox = path.join(booted.uploadsDir, '..', 'outbox')
  process.env.OUTBOX_DIR = outbox
  process.env.FORM_MIN_FILL_SECONDS = '3'
  process.env.FORM_RATE_LIMIT_PER_MINUTE = '100000'
  client = formClient(booted.payload)
}, 120_000)

afterAll(async () => booted?.shutdown())

const submissions = () => booted.payload.count({ collection: 'submissions', overrideAccess: true }).then((r) => r.totalDocs)
const sessionErrors = async (token: string) => {
  const { docs } = await booted.payload.find({ collection: 'form-sessions', where: { token: { equals: token } }, overrideAccess: true })
  return (docs[0]?.errors ?? {}) as Record<string, string>
}

const CONTACT_OK = {
  nom: 'Le Goff',
  prenom: 'Anne',
  courriel: 'anne.legoff@example.fr',
  telephone: '06 12 34 56 78',
  objet: 'urbanisme',
  message: 'Bonjour, quand a lieu la prochaine permanence ?',
  consentement: 'oui',
}

describe('a one-step form', () => {
  it('sends the citizen back to the step with French messages, keeping nothing stored', async () => {
    const before = await submissions()
    const res = await client.post('contacter-la-mairie', { action: 'suivant', nom: 'Le Goff', courriel: 'pas-une-adresse', telephone: '123' })
    expect(res.status).toBe(303)
    expect(res.location).toMatch(/^\/formulaires\/contacter-la-mairie\?session=.+&etape=1$/)
    const errors = await sessionErrors(res.session!)
    expect(errors.courriel).toMatch(/adresse électronique valide/)
    expect(errors.telephone).toMatch(/numéro de téléphone/)
    expect(errors.prenom).toBe('Renseignez le champ « Prénom ».')
    expect(errors.consentement).toBeTruthy()
    expect(await submissions()).toBe(before)
  })

  it('goes to the check page, then stores the request with its reference and writes the e-mails', async () => {
    const step = await client.post('contacter-la-mairie', { action: 'suivant', ...CONTACT_OK })
    expect(step.location).toBe(`/formulaires/contacter-la-mairie/verification?session=${step.session}`)
    const filesBefore = fs.existsSync(outbox) ? fs.readdirSync(outbox).length : 0
    const sent = await client.post('contacter-la-mairie', { action: 'envoyer', session: step.session! })
    expect(sent.status).toBe(303)
    expect(sent.location).toMatch(/^\/suivi\/[A-Za-z0-9_-]{32}\?confirmation=1$/)
    const { docs } = await booted.payload.find({ collection: 'submissions', sort: '-createdAt', limit: 1, overrideAccess: true, showHiddenFields: true })
    const submission = docs[0]
    expect(submission.reference).toMatch(new RegExp(`^${new Date().getFullYear()}-\\d{6}$`))
    expect(submission.status).toBe('recue')
    expect(submission.requesterEmail).toBe('anne.legoff@example.fr')
    expect(submission.requesterName).toBe('Anne Le Goff')
    expect((submission.answers as Record<string, unknown>).telephone).toBe('+33612345678')
    expect((submission.formVersion as { steps: unknown[] }).steps).toHaveLength(1)
    const mails = fs.readdirSync(outbox).slice(filesBefore)
    expect(mails.length).toBe(2)
    // quoted-printable soft line breaks would split the long link
    const bodies = mails.map((m) => fs.readFileSync(path.join(outbox, m), 'utf8').replace(/=\r?\n/g, ''))
    const toCitizen = bodies.find((b) => /^To: anne\.legoff@example\.fr/m.test(b))!
    expect(toCitizen).toContain(submission.reference)
    expect(toCitizen).toContain(`/suivi/${sent.followUp}`)
    // The same send again (a double press): the first one's receipt, nothing stored or sent again.
    const count = await submissions()
    const again = await client.post('contacter-la-mairie', { action: 'envoyer', session: step.session! })
    expect(again.location).toBe(sent.location)
    expect(await submissions()).toBe(count)
    expect(fs.readdirSync(outbox).length).toBe(filesBefore + 2)
  })

  it('refuses robots: honeypot filled, or sent faster than a person can', async () => {
    const before = await submissions()
    const trap = await client.post('contacter-la-mairie', { action: 'suivant', ...CONTACT_OK, site_web_confirmation: 'http://spam' })
    expect(trap.status).toBe(400)
    expect(await trap.text()).toContain('robots')
    const fast = await client.post('contacter-la-mairie', { action: 'suivant', ...CONTACT_OK }, { signedAt: Date.now() })
    expect(fast.status).toBe(400)
    const forged = await client.post('contacter-la-mairie', { action: 'suivant', ...CONTACT_OK, t: '1.abc' })
    expect(forged.status).toBe(400)
    expect(await submissions()).toBe(before)
  })
})

describe('conditions and steps', () => {
  it('drops the value of a field hidden by a condition, whatever the client sent', async () => {
    const s1 = await client.post('acte-de-deces', {
      action: 'suivant',
      defunt_nom: 'Martin',
      defunt_prenoms: 'Louis',
      date_deces: '2025-03-02',
      exemplaires: '2',
    })
    expect(s1.location).toContain('etape=2')
    const s2 = await client.post('acte-de-deces', {
      action: 'suivant',
      session: s1.session!,
      etape: '2',
      pour_qui: 'pour_moi_meme',
      mandant: 'Ne doit pas être gardé',
      siret: 'n’importe quoi',
      nom: 'Jeanne Martin',
      'adresse.rue': '3 rue des Lilas',
      'adresse.codePostal': '56890',
      'adresse.commune': 'Kerlann',
      courriel: 'jeanne@example.fr',
    })
    expect(s2.location).toContain('/verification')
    const sent = await client.post('acte-de-deces', { action: 'envoyer', session: s1.session! })
    const { docs } = await booted.payload.find({ collection: 'submissions', where: { requesterEmail: { equals: 'jeanne@example.fr' } }, overrideAccess: true })
    const answers = docs[0].answers as Record<string, unknown>
    expect(sent.followUp).toBeTruthy()
    expect(answers.mandant).toBeUndefined()
    expect(answers.siret).toBeUndefined()
    expect(answers.exemplaires).toBe(2)
  })

  it('requires a conditional field once shown', async () => {
    const s1 = await client.post('acte-de-deces', { action: 'suivant', defunt_nom: 'A', defunt_prenoms: 'B', date_deces: '2024-01-01', exemplaires: '1' })
    const s2 = await client.post('acte-de-deces', {
      action: 'suivant', session: s1.session!, etape: '2', pour_qui: 'pour_le_compte_d_une_autre_personne',
      nom: 'X', 'adresse.rue': '1 rue A', 'adresse.codePostal': '56890', 'adresse.commune': 'Kerlann', courriel: 'x@example.fr',
    })
    expect(s2.location).toContain('etape=2')
    expect((await sessionErrors(s1.session!)).mandant).toMatch(/Renseignez/)
  })

  it('refuses to store a request whose earlier step was never completed', async () => {
    const before = await submissions()
    const s2 = await client.post('acte-de-deces', { action: 'suivant', etape: '2', pour_qui: 'pour_moi_meme', nom: 'X', 'adresse.rue': '1 rue A', 'adresse.codePostal': '56890', 'adresse.commune': 'Kerlann', courriel: 'x@example.fr' })
    const sent = await client.post('acte-de-deces', { action: 'envoyer', session: s2.session! })
    expect(sent.location).toContain('etape=1')
    expect(await submissions()).toBe(before)
  })
})

describe('the JavaScript path: every step checked in the page, sent in one post', () => {
  const sessionCount = () => booted.payload.count({ collection: 'form-sessions', overrideAccess: true }).then((r) => r.totalDocs)
  const DECES_BOTH_STEPS = {
    defunt_nom: 'Martin',
    defunt_prenoms: 'Louis',
    date_deces: '2025-03-02',
    exemplaires: '2',
    pour_qui: 'pour_moi_meme',
    mandant: 'Ne doit pas être gardé',
    nom: 'Jeanne Martin',
    'adresse.rue': '3 rue des Lilas',
    'adresse.codePostal': '56890',
    'adresse.commune': 'Kerlann',
    courriel: 'jeanne.unpost@example.fr',
  }

  it('stores the request from one post, drops hidden fields, writes no form session and sends the e-mails', async () => {
    const [before, sessionsBefore] = [await submissions(), await sessionCount()]
    const filesBefore = fs.existsSync(outbox) ? fs.readdirSync(outbox).length : 0
    const sent = await client.post('acte-de-deces', { action: 'envoyer-tout', etape: '2', ...DECES_BOTH_STEPS })
    expect(sent.status).toBe(303)
    expect(sent.location).toMatch(/^\/suivi\/[A-Za-z0-9_-]{32}\?confirmation=1$/)
    expect(await submissions()).toBe(before + 1)
    expect(await sessionCount()).toBe(sessionsBefore)
    const { docs } = await booted.payload.find({ collection: 'submissions', where: { requesterEmail: { equals: 'jeanne.unpost@example.fr' } }, overrideAccess: true })
    const answers = docs[0].answers as Record<string, unknown>
    expect(answers.mandant).toBeUndefined()
    expect(answers.exemplaires).toBe(2)
    expect(docs[0].reference).toMatch(/^\d{4}-\d{6}$/)
    expect(fs.readdirSync(outbox).length - filesBefore).toBe(2)
  })

  it('sends the citizen to the first step with a problem, answers kept, nothing stored', async () => {
    const before = await submissions()
    const { date_deces: _omitted, ...withoutDate } = DECES_BOTH_STEPS
    const res = await client.post('acte-de-deces', { action: 'envoyer-tout', etape: '2', ...withoutDate, courriel: 'pas-une-adresse' })
    expect(res.status).toBe(303)
    expect(res.location).toMatch(/^\/formulaires\/acte-de-deces\?session=.+&etape=1$/)
    expect((await sessionErrors(res.session!)).date_deces).toMatch(/Renseignez/)
    const { docs } = await booted.payload.find({ collection: 'form-sessions', where: { token: { equals: res.session! } }, overrideAccess: true })
    expect((docs[0].answers as Record<string, unknown>).defunt_nom).toBe('Martin')
    expect(await submissions()).toBe(before)
  })

  it('a send repeated with the same key (double press, resend) stores one request and opens the same receipt', async () => {
    const before = await submissions()
    const key = 'A'.repeat(22) + 'b'.repeat(10)
    const values = { action: 'envoyer-tout', etape: '2', ...DECES_BOTH_STEPS, courriel: 'double.envoi@example.fr', envoi: key }
    const [first, second] = await Promise.all([client.post('acte-de-deces', values), client.post('acte-de-deces', values)])
    const third = await client.post('acte-de-deces', values)
    expect(first.followUp).toBeTruthy()
    expect(second.location).toBe(first.location)
    expect(third.location).toBe(first.location)
    expect(await submissions()).toBe(before + 1)
    // another check step (another key) is another request
    const other = await client.post('acte-de-deces', { ...values, envoi: 'C'.repeat(32) })
    expect(other.followUp).not.toBe(first.followUp)
    expect(await submissions()).toBe(before + 2)
  })

  it('an unticked box is unticked in the request, even when the server kept it ticked before', async () => {
    const org = (await booted.payload.find({ collection: 'organisations', limit: 1, overrideAccess: true })).docs[0]
    await booted.payload.create({
      collection: 'forms',
      overrideAccess: true,
      data: {
        title: 'Abonnements',
        slug: 'abonnements',
        organisation: org.id,
        steps: [
          { title: 'Vos choix', fields: [{ blockType: 'checkboxes', label: 'Lettres', name: 'lettres', options: [{ label: 'Culture', value: 'culture' }, { label: 'Sport', value: 'sport' }] }] },
          { title: 'Vous', fields: [{ blockType: 'email', label: 'Courriel', name: 'courriel', required: true }] },
        ],
        _status: 'published',
      } as never,
    })
    const kept = await client.post('abonnements', { action: 'suivant', etape: '1', lettres: ['culture'] })
    expect(kept.location).toContain('etape=2')
    const sent = await client.post('abonnements', { action: 'envoyer-tout', etape: '2', session: kept.session!, courriel: 'abonne@example.fr' })
    expect(sent.followUp).toBeTruthy()
    const { docs } = await booted.payload.find({ collection: 'submissions', where: { requesterEmail: { equals: 'abonne@example.fr' } }, overrideAccess: true })
    expect((docs[0].answers as Record<string, unknown>).lettres ?? null).toBeNull()
  })

  it('adding a group item keeps what was typed in the later steps', async () => {
    // With JavaScript every step is in the post: "Modifier" on step 2, then "Ajouter", must not lose step 3.
    const added = await client.post('aide-ccas', {
      action: 'ajouter:foyer', etape: '2', situation: 'seul_e_avec_enfant_s', explication: 'Facture impayée après un arrêt maladie.',
    })
    expect(added.location).toContain('etape=2')
    const { docs } = await booted.payload.find({ collection: 'form-sessions', where: { token: { equals: added.session! } }, overrideAccess: true })
    expect(docs[0].answers).toMatchObject({ situation: 'seul_e_avec_enfant_s', explication: 'Facture impayée après un arrêt maladie.' })
  })

  it('is refused like any post when too fast or from a robot', async () => {
    const before = await submissions()
    const fast = await client.post('acte-de-deces', { action: 'envoyer-tout', etape: '2', ...DECES_BOTH_STEPS }, { signedAt: Date.now() })
    expect(fast.status).toBe(400)
    const trap = await client.post('acte-de-deces', { action: 'envoyer-tout', etape: '2', ...DECES_BOTH_STEPS, site_web_confirmation: 'x' })
    expect(trap.status).toBe(400)
    expect(await submissions()).toBe(before)
  })
})

describe('limits', () => {
  it('refuses an oversize post with 413 before reading it, and a flood from one address with 429', async () => {
    const { handleFormStep } = await import('../../src/intake/formStep')
    const big = new Request('http://localhost/formulaires/contacter-la-mairie/etape', {
      method: 'POST',
      headers: { 'content-length': String(30 * 1024 * 1024), 'content-type': 'application/x-www-form-urlencoded' },
      body: 'action=suivant',
    })
    const tooBig = await handleFormStep(booted.payload, 'contacter-la-mairie', big)
    expect(tooBig.status).toBe(413)
    expect(await tooBig.text()).toContain('Mo')

    process.env.FORM_RATE_LIMIT_PER_MINUTE = '3'
    try {
      const flood = formClient(booted.payload, '198.51.100.7')
      const statuses: number[] = []
      for (let i = 0; i < 5; i += 1) statuses.push((await flood.post('contacter-la-mairie', { action: 'suivant', nom: 'x' })).status)
      expect(statuses.slice(0, 3)).toEqual([303, 303, 303])
      expect(statuses.slice(3)).toEqual([429, 429])
    } finally {
      process.env.FORM_RATE_LIMIT_PER_MINUTE = '100000'
    }
  })
})

describe('closed forms', () => {
  it('accept nothing once closed', async () => {
    const { docs } = await booted.payload.find({ collection: 'forms', where: { slug: { equals: 'contacter-la-mairie' } }, overrideAccess: true })
    await booted.payload.update({ collection: 'forms', id: docs[0].id, data: { availability: { closesAt: '2020-01-01T00:00:00.000Z' }, _status: 'published' }, overrideAccess: true })
    const before = await submissions()
    const res = await client.post('contacter-la-mairie', { action: 'suivant', ...CONTACT_OK })
    expect(res.location).toBe('/formulaires/contacter-la-mairie')
    expect(await submissions()).toBe(before)
    await booted.payload.update({ collection: 'forms', id: docs[0].id, data: { availability: { closesAt: null }, _status: 'published' }, overrideAccess: true })
  })

  const oneFieldForm = async (slug: string, availability: Record<string, unknown>) => {
    const org = (await booted.payload.find({ collection: 'organisations', limit: 1, overrideAccess: true })).docs[0]
    return booted.payload.create({
      collection: 'forms',
      overrideAccess: true,
      data: { title: slug, slug, organisation: org.id, availability, steps: [{ title: 'Vous', fields: [{ blockType: 'email', label: 'Courriel', name: 'courriel', required: true }] }], _status: 'published' } as never,
    })
  }
  const storedFor = (formId: number | string) =>
    booted.payload.count({ collection: 'submissions', where: { form: { equals: formId } }, overrideAccess: true }).then((r) => r.totalDocs)

  it('never stores more requests than the maximum, even when they arrive at the same moment', async () => {
    const form = await oneFieldForm('salle-limitee', { maxSubmissions: 3 })
    const sends = await Promise.all(
      Array.from({ length: 8 }, (_, i) => client.post('salle-limitee', { action: 'envoyer-tout', courriel: `resa${i}@example.fr` })),
    )
    expect(await storedFor(form.id)).toBe(3)
    expect(sends.filter((s) => s.followUp)).toHaveLength(3)
    // the others are sent to the form's page, which says the maximum is reached
    expect(sends.filter((s) => !s.followUp).every((s) => s.location === '/formulaires/salle-limitee')).toBe(true)
    const late = await client.post('salle-limitee', { action: 'envoyer-tout', courriel: 'tard@example.fr' })
    expect(late.location).toBe('/formulaires/salle-limitee')
    expect(await storedFor(form.id)).toBe(3)
  })

  it('accepts nothing before its opening date', async () => {
    const form = await oneFieldForm('ouvre-bientot', { opensAt: new Date(Date.now() + 7 * 86400_000).toISOString() })
    const res = await client.post('ouvre-bientot', { action: 'envoyer-tout', courriel: 'tot@example.fr' })
    expect(res.location).toBe('/formulaires/ouvre-bientot')
    expect(await storedFor(form.id)).toBe(0)
  })

  it('numbers a request by the town’s year: 31 December 23:30 UTC is already next year in France', async () => {
    const { submitForm } = await import('../../src/submissions/submit')
    const { loadPublishedForm } = await import('../../src/forms/loadForm')
    await oneFieldForm('reveillon', {})
    const form = (await loadPublishedForm(booted.payload, 'reveillon'))!
    const receipt = await submitForm(booted.payload, form, { courriel: 'reveillon@example.fr' }, { now: new Date('2026-12-31T23:30:00Z'), schedule: () => {} })
    expect(receipt.reference).toBe('2027-000001')
  })
})
