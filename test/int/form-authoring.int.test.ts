/** Communication staff compose a new démarche's form through the API the admin uses — no code. */
import { bootPayload, type BootedPayload } from '../helpers/bootPayload'
import { formClient } from '../helpers/formClient'
import { samplePdf } from '../helpers/files'
import { createOrganisations } from '../helpers/organisations'
import { restClient } from '../helpers/rest'
import { createRoleUsers, PASSWORD } from '../helpers/users'
import { skipSuiteOnTestServer } from '../helpers/testServerGaps'

// Adapter-neutral: run on SQLite and a real MongoDB, not on the npm MongoDB test server (decision 0037).
skipSuiteOnTestServer()

let booted: BootedPayload
let rest: ReturnType<typeof restClient>
let token: string
let adminToken: string
let orgId: number

beforeAll(async () => {
  booted = await bootPayload()
  process.env.OUTBOX_DIR = `${booted.uploadsDir}/../outbox`
  process.env.FORM_MIN_FILL_SECONDS = '3'
  process.env.FORM_RATE_LIMIT_PER_MINUTE = '100000'
  orgId = (await createOrganisations(booted.payload, 'siaep')).siaep
  const users = await createRoleUsers(booted.payload, orgId)
  rest = restClient(booted.config)
  token = await rest.login(users.communication.email, PASSWORD)
  adminToken = await rest.login(users.admin.email, PASSWORD)
})
afterAll(async () => booted?.shutdown())

const steps = [
  {
    title: 'Le logement',
    fields: [
      { blockType: 'radio', label: 'Vous êtes', name: 'statut', required: true, options: [{ label: 'Propriétaire' }, { label: 'Locataire' }] },
      {
        blockType: 'file', label: 'Bail de location', name: 'bail', required: true, accept: ['pdf'], maxSizeMb: 2, maxFiles: 1,
        condition: { enabled: true, match: 'all', rules: [{ field: 'statut', operator: 'equals', value: 'locataire' }] },
      },
    ],
  },
  { title: 'Contact', fields: [{ blockType: 'email', label: 'Courriel', required: true }] },
]

describe('a new form composed by staff', () => {
  it('is refused with French messages when two fields share a name or a condition names no field (in the form or in a group)', async () => {
    const duplicate = await rest.call('POST', '/forms', {
      token,
      body: { title: 'Doublon', organisation: orgId, steps: [{ title: 'A', fields: [{ blockType: 'text', label: 'Nom' }, { blockType: 'text', label: 'Nom' }] }] },
    })
    expect(duplicate.status).toBe(400)
    expect(JSON.stringify(duplicate.json)).toContain('déjà utilisé')
    const badRule = await rest.call('POST', '/forms', {
      token,
      body: {
        title: 'Règle', organisation: orgId,
        steps: [{ title: 'A', fields: [{ blockType: 'text', label: 'Nom', condition: { enabled: true, rules: [{ field: 'inconnu', operator: 'filled' }] } }] }],
      },
    })
    expect(badRule.status).toBe(400)
    expect(JSON.stringify(badRule.json)).toContain("n'est le nom technique d'aucun champ")
    const group = (fields: unknown[]) => ({ title: 'Foyer', organisation: orgId, steps: [{ title: 'A', fields: [{ blockType: 'group', label: 'Enfants', name: 'enfants', fields }] }] })
    const duplicateInGroup = await rest.call('POST', '/forms', {
      token,
      body: group([{ blockType: 'text', label: 'Prénom', name: 'prenom' }, { blockType: 'text', label: 'Prénom usuel', name: 'prenom' }]),
    })
    expect(duplicateInGroup.status).toBe(400)
    expect(JSON.stringify(duplicateInGroup.json)).toContain('déjà utilisé dans le groupe « Enfants »')
    const badRuleInGroup = await rest.call('POST', '/forms', {
      token,
      body: group([{ blockType: 'text', label: 'École', name: 'ecole', condition: { enabled: true, rules: [{ field: 'scolarise', operator: 'filled' }] } }]),
    })
    expect(badRuleInGroup.status).toBe(400)
    expect(JSON.stringify(badRuleInGroup.json)).toContain("n'est le nom technique d'aucun champ de ce groupe")
    // A condition on a sibling of the item is fine.
    const siblingRule = await rest.call('POST', '/forms?draft=true', {
      token,
      body: group([
        { blockType: 'text', label: 'Scolarisé', name: 'scolarise' },
        { blockType: 'text', label: 'École', name: 'ecole', condition: { enabled: true, rules: [{ field: 'scolarise', operator: 'filled' }] } },
      ]),
    })
    expect(siblingRule.status).toBe(201)
    const unknownType = await rest.call('POST', '/forms', { token, body: { title: 'X', organisation: orgId, steps: [{ title: 'A', fields: [{ blockType: 'signature', label: 'S' }] }] } })
    expect(unknownType.status).toBeGreaterThanOrEqual(400)
    expect(unknownType.status).toBeLessThan(500)
  })

  it('works for citizens at once: machine names derived, condition and file applied, linked from its procedure', async () => {
    // Staff compose a draft; routing is the admin's (decision 0020), who then publishes it.
    const created = await rest.call('POST', '/forms?draft=true', { token, body: { title: 'Ouverture d’un abonnement eau', steps } })
    expect(created.status).toBe(201)
    const routed = await rest.call('PATCH', `/forms/${(created.json.doc as { id: number }).id}`, { token: adminToken, body: { organisation: orgId, _status: 'published' } })
    expect(routed.status).toBe(200)
    const form = (routed.json as { doc: { id: number; slug: string; steps: Array<{ fields: Array<{ name: string }> }> } }).doc
    expect(form.slug).toBe('ouverture-d-un-abonnement-eau')
    expect(form.steps[1].fields[0].name).toBe('courriel')

    // The machine name is derived from the label, and staff may change it: theirs is kept.
    const renamed = await rest.call('POST', '/forms?draft=true', {
      token,
      body: { title: 'Nom choisi', organisation: orgId, steps: [{ title: 'A', fields: [{ blockType: 'text', label: 'Numéro de compteur', name: 'compteur' }, { blockType: 'text', label: 'Index relevé' }] }] },
    })
    expect(renamed.status).toBe(201)
    expect((renamed.json as { doc: { steps: Array<{ fields: Array<{ name: string }> }> } }).doc.steps[0].fields.map((f) => f.name)).toEqual(['compteur', 'index_releve'])

    const domain = await booted.payload.create({ collection: 'domains', data: { title: 'Eau', slug: 'eau', description: 'd', icon: 'house', order: 1 }, overrideAccess: true })
    const procedure = await rest.call('POST', '/procedures', {
      token,
      body: { title: 'Ouvrir un abonnement', domain: domain.id, organisation: orgId, summary: 's', form: form.id, _status: 'published' },
    })
    expect(procedure.status).toBe(201)

    const client = formClient(booted.payload)
    const missing = await client.post(form.slug, { action: 'suivant', statut: 'locataire' })
    expect(missing.location).toContain('etape=1')
    const pdf = new File([new Uint8Array(await samplePdf('Bail'))], 'bail.pdf', { type: 'application/pdf' })
    const s1 = await client.post(form.slug, { action: 'suivant', session: missing.session!, statut: 'locataire', bail: pdf })
    expect(s1.location).toContain('etape=2')
    const s2 = await client.post(form.slug, { action: 'suivant', session: missing.session!, etape: '2', courriel: 'locataire@example.fr' })
    expect(s2.location).toContain('/verification')
    const sent = await client.post(form.slug, { action: 'envoyer', session: missing.session! })
    expect(sent.followUp).toBeTruthy()
    const { docs } = await booted.payload.find({ collection: 'submissions', where: { form: { equals: form.id } }, overrideAccess: true, depth: 0 })
    expect(docs).toHaveLength(1)
    expect(docs[0].files).toHaveLength(1)
    expect(docs[0].organisation).toBe(orgId)
  })
})
