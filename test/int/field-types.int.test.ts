/**
 * The field types added by issue #12 through the real step handler, the stored request, the
 * agents' view (answerLines, what AnswersView shows) and the exports: a temporary refreshment stand request (buvette)
 * of the demo town uses each of them.
 */
import { chosenName } from '../../blocks/fields/commune'
import { type FileFieldConfig, fileModel } from '../../blocks/fields/file'
import { HONOUR_VALUE } from '../../blocks/fields/honour'
import type { PreviewAnswer } from '../../src/forms/actions'
import { loadPublishedForm, toDefinition } from '../../src/forms/loadForm'
import { loadSession } from '../../src/forms/sessions'
import { answerLines } from '../../src/forms/summary'
import { bootPayload, type BootedPayload } from '../helpers/bootPayload'
import { pdfFile } from '../helpers/files'
import { formClient } from '../helpers/formClient'
import { restClient } from '../helpers/rest'
import { createRoleUsers, PASSWORD } from '../helpers/users'
import { skipSuiteOnTestServer } from '../helpers/testServerGaps'

// Adapter-neutral: run on SQLite and a real MongoDB, not on the npm MongoDB test server (decision 0037).
skipSuiteOnTestServer()

const SLUG = 'buvette-temporaire'
let booted: BootedPayload
let adminToken: string

beforeAll(async () => {
  booted = await bootPayload({ demo: true })
  process.env.FORM_RATE_LIMIT_PER_MINUTE = '1000000'
  const form = (await loadPublishedForm(booted.payload, SLUG))!
  const organisation = typeof form.organisation === 'object' ? form.organisation.id : form.organisation
  const users = await createRoleUsers(booted.payload, organisation)
  adminToken = await restClient(booted.config).login(users.admin.email, PASSWORD)
}, 120_000)
afterAll(async () => booted?.shutdown())

const client = () => formClient(booted.payload, '198.51.100.23')

const everyStep = {
  organisateur: 'particulier',
  nom: 'Maëlys Le Gall',
  pays_naissance: 'FR',
  departement_naissance: '56',
  commune: 'Lorient',
  courriel: 'maelys@example.fr',
  'vente.premier': 'Vide-grenier',
  'vente.second': 'En salle',
  date_vente: '14/06/2027',
  ouverture: '9h',
  fermeture: '18 h 30',
  emplacements: '40',
  buvette: 'non',
  immatriculation: 'ab 123 cd',
  declaration: HONOUR_VALUE,
}

describe('the new field types in a real form', () => {
  it('a declaration sent with every new type is stored typed, shown to agents and exported in French', async () => {
    const sent = await client().post(SLUG, { action: 'envoyer-tout', etape: '3', ...everyStep })
    expect(sent.followUp).toBeTruthy()
    const { docs } = await booted.payload.find({ collection: 'submissions', where: { followUpToken: { equals: sent.followUp } }, overrideAccess: true, depth: 0 })
    const request = docs[0]
    expect(request.answers).toMatchObject({
      pays_naissance: 'FR',
      departement_naissance: '56',
      commune: { code: '56121', nom: 'Lorient', codePostal: '56100' },
      vente: { first: 'Vide-grenier', second: 'En salle' },
      ouverture: '09:00',
      fermeture: '18:30',
      buvette: 'non',
      immatriculation: 'AB-123-CD',
      declaration: true,
    })
    const lines = Object.fromEntries(answerLines(request.formVersion as never, request.answers as never).map((l) => [l.label, l.lines.join(' | ')]))
    expect(lines).toMatchObject({
      'Pays de naissance': 'France',
      'Département de naissance': '56 — Morbihan',
      'Commune de résidence': 'Lorient (56100) — code INSEE 56121',
      'La vente': 'Vide-grenier — En salle',
      'Heure d’ouverture au public': '9 h 00',
      'Heure de fermeture': '18 h 30',
      'Y aura-t-il une buvette ?': 'Non',
      'Immatriculation du véhicule de l’organisateur': 'AB-123-CD',
      'Déclaration sur l’honneur':
        'Certifié sur l’honneur : « Je certifie sur l’honneur l’exactitude des informations de cette déclaration et m’engage à tenir le registre des exposants. »',
    })
    const csv = await restClient(booted.config).call('GET', `/submissions/export.csv?form=${SLUG}&where[id][equals]=${request.id}`, { token: adminToken })
    expect(csv.status).toBe(200)
    const text = csv.bytes.toString('utf8')
    for (const cell of ['Lorient (56100) — code INSEE 56121', 'Vide-grenier — En salle', '56 — Morbihan', '9 h 00', 'AB-123-CD']) expect(text).toContain(cell)
  })

  it('with JavaScript, the check step reads the answers as the server does (preview): its lines or its messages, nothing stored', async () => {
    const counts = async () => [
      (await booted.payload.count({ collection: 'submissions', overrideAccess: true })).totalDocs,
      (await booted.payload.count({ collection: 'form-sessions', overrideAccess: true })).totalDocs,
    ]
    const before = await counts()
    const ok = await client().post(SLUG, { action: 'apercu', etape: '3', ...everyStep })
    expect(ok.status).toBe(200)
    const answer = JSON.parse(await ok.text()) as PreviewAnswer
    expect(answer.errors).toEqual([])
    const rows = Object.fromEntries(answer.steps.flatMap((step) => step.rows.map((row) => [row.inputId, row.lines.join(' | ')])))
    // The server's own wording, as on the check page without JavaScript — not what was typed.
    expect(rows).toMatchObject({
      'champ-immatriculation': 'AB-123-CD',
      'champ-commune': 'Lorient (56100) — code INSEE 56121',
      'champ-ouverture': '9 h 00',
      'champ-departement_naissance': '56 — Morbihan',
    })
    expect(answer.steps.map((step) => step.title)).toEqual(['L’organisateur', 'La vente', 'Déclaration'])

    // A format only the server knows: its message, on its step; the valid answers still have their lines.
    const refused = await client().post(SLUG, { action: 'apercu', etape: '3', ...everyStep, organisateur: 'association', association: 'Comité des fêtes', rna: 'W5630001' })
    const withError = JSON.parse(await refused.text()) as PreviewAnswer
    expect(withError.errors).toEqual([{ step: 0, inputId: 'champ-rna', message: expect.stringContaining('commence par la lettre W') }])
    expect(withError.steps[1].rows.length).toBeGreaterThan(0)
    expect(await counts()).toEqual(before)
  })

  it('without JavaScript, a commune name several communes bear is chosen from a list, then kept', async () => {
    const first = await client().post(SLUG, { action: 'suivant', etape: '1', ...everyStep, commune: 'Saint-Denis' })
    expect(first.location).toContain('etape=1')
    const session = (await loadSession(booted.payload, (await client().formId(SLUG)) as number, first.session!))!
    expect(session.errors.commune).toBe('Plusieurs communes correspondent à « Saint-Denis » : choisissez la vôtre dans la liste.')
    const shown = session.shown.commune as { candidates: Array<{ code: string }> }
    expect(shown.candidates.map((c) => c.code)).toEqual(expect.arrayContaining(['93066', '97411']))
    const chosen = await client().post(SLUG, { action: 'suivant', etape: '1', session: first.session!, ...everyStep, commune: 'Saint-Denis', [chosenName('commune')]: '97411' })
    expect(chosen.location).toContain('etape=2')
    const kept = (await loadSession(booted.payload, (await client().formId(SLUG)) as number, first.session!))!
    expect(kept.answers.commune).toMatchObject({ code: '97411', nom: 'Saint-Denis' })
    // The later steps post step 1 again, as the page holds it (the text and the code kept with it).
    const next = await client().post(SLUG, { action: 'suivant', etape: '2', session: first.session!, ...everyStep, commune: 'Saint-Denis', [chosenName('commune')]: '97411' })
    expect(next.location).toContain('etape=3')
    const still = (await loadSession(booted.payload, (await client().formId(SLUG)) as number, first.session!))!
    expect(still.answers.commune).toMatchObject({ code: '97411' })
    // Typing another commune over it: the text wins over the old code.
    const changed = await client().post(SLUG, { action: 'suivant', etape: '1', session: first.session!, ...everyStep, commune: 'Lorient', [chosenName('commune')]: '97411' })
    expect(changed.location).toContain('etape=2')
    expect((await loadSession(booted.payload, (await client().formId(SLUG)) as number, first.session!))!.answers.commune).toMatchObject({ code: '56121' })
  })

  it('an earlier step posted again with an answer that no longer holds sends the citizen back to it, with why', async () => {
    const first = await client().post(SLUG, { action: 'suivant', etape: '1', ...everyStep })
    expect(first.location).toContain('etape=2')
    const back = await client().post(SLUG, { action: 'suivant', etape: '2', session: first.session!, ...everyStep, pays_naissance: 'XX' })
    expect(back.location).toContain('etape=1')
    const session = (await loadSession(booted.payload, (await client().formId(SLUG)) as number, first.session!))!
    expect(session.errors.pays_naissance).toBe('Choisissez un pays dans la liste.')
  })

  it('refuses a pair of linked lists that do not belong together, beside the second list, and stores nothing', async () => {
    const before = (await booted.payload.count({ collection: 'submissions', overrideAccess: true })).totalDocs
    const refused = await client().post(SLUG, { action: 'envoyer-tout', etape: '3', ...everyStep, 'vente.premier': 'Braderie', 'vente.second': 'En salle' })
    expect(refused.location).toContain('etape=2')
    const session = (await loadSession(booted.payload, (await client().formId(SLUG)) as number, refused.session!))!
    expect(session.errors['vente.second']).toBe('« En salle » ne correspond pas à « Braderie » : choisissez « Précisez » parmi les choix de « Braderie ».')
    expect((await booted.payload.count({ collection: 'submissions', overrideAccess: true })).totalDocs).toBe(before)
  })

  it('a file field offers its model document: the form page reads it with the form (title, file address, size)', async () => {
    const form = await loadPublishedForm(booted.payload, 'buvette-temporaire')
    const field = form!.definition.steps[2].fields.find((f) => f.name === 'demande_buvette') as FileFieldConfig
    const model = fileModel(field)
    expect(model).toMatchObject({ title: expect.stringContaining('débit de boissons temporaire'), mimeType: 'application/pdf' })
    expect(model!.filesize).toBeGreaterThan(1000)
    // The library's own file address, and a document anyone may read: the citizen can download it.
    expect(model!.url).toMatch(/^\/api\/documents\/file\/.+\.pdf$/)
    const { docs } = await booted.payload.find({ collection: 'documents', where: { title: { equals: model!.title } }, overrideAccess: false, depth: 0 })
    expect(docs).toHaveLength(1)
  })

  it('a model document staff delete leaves the form working, without the link', async () => {
    const payload = booted.payload
    const model = await payload.create({ collection: 'documents', data: { slug: 'attestation-a-signer', title: 'Attestation à signer' }, file: await pdfFile('attestation.pdf'), overrideAccess: true })
    const organisation = (await payload.find({ collection: 'organisations', limit: 1, overrideAccess: true, depth: 0 })).docs[0]
    await payload.create({
      collection: 'forms',
      overrideAccess: true,
      data: {
        title: 'Attestation signée',
        slug: 'attestation-signee',
        organisation: organisation.id,
        steps: [{ title: 'Pièce', fields: [{ blockType: 'file', label: 'Attestation signée', name: 'attestation', model: model.id }] }],
        _status: 'published',
      } as never,
    })
    const withModel = await loadPublishedForm(payload, 'attestation-signee')
    expect(fileModel(withModel!.definition.steps[0].fields[0] as FileFieldConfig)?.title).toBe('Attestation à signer')
    // By query: the MongoDB test server has no findOneAndDelete (decision 0004); the form is what is tested here.
    await payload.delete({ collection: 'documents', where: { id: { equals: model.id } }, overrideAccess: true })
    const { docs } = await payload.find({ collection: 'forms', where: { slug: { equals: 'attestation-signee' } }, depth: 1, overrideAccess: false })
    expect(fileModel(toDefinition(docs[0]).steps[0].fields[0] as FileFieldConfig)).toBeNull()
  })

  it('GET /api/communes suggests communes of the official list, and answers an empty list to a short or odd query', async () => {
    const rest = restClient(booted.config)
    const found = await rest.call('GET', '/communes?q=lorie')
    expect(found.status).toBe(200)
    expect(JSON.parse(found.bytes.toString('utf8'))).toContainEqual({ code: '56121', label: 'Lorient (56100)' })
    for (const query of ['', 'q=l', 'q=%E9%E9%E9', `q=${'a'.repeat(5000)}`, 'q[]=1&q[]=2']) {
      const response = await rest.call('GET', `/communes?${query}`)
      expect(response.status).toBe(200)
      expect(Array.isArray(JSON.parse(response.bytes.toString('utf8')))).toBe(true)
    }
  })
})
