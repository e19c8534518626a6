/**
 * The price of a démarche, set by staff on its form (issue #14, decision 0047): refused in French
 * beside the field when it cannot hold, shown to the citizen before sending as the server computes
 * it from the answers it holds, and an amount beyond PayFiP's maximum sent back to its field.
 */
import { renderToStaticMarkup } from 'react-dom/server'

import type { PreviewAnswer } from '../../src/forms/actions'
import { loadSession } from '../../src/forms/sessions'
import { bootPayload, type BootedPayload } from '../helpers/bootPayload'
import { formClient } from '../helpers/formClient'
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
  orgId = (await createOrganisations(booted.payload, 'commune')).commune
  const users = await createRoleUsers(booted.payload, orgId)
  rest = restClient(booted.config)
  token = await rest.login(users.communication.email, PASSWORD)
  adminToken = await rest.login(users.admin.email, PASSWORD)
})
afterAll(async () => booted?.shutdown())

const steps = [
  {
    title: 'L’occupation',
    fields: [
      { blockType: 'radio', label: 'Durée', name: 'duree', required: true, options: [{ label: '15 ans' }, { label: '30 ans' }] },
      { blockType: 'yesno', label: 'Terrasse', name: 'terrasse', required: true },
      {
        blockType: 'number', label: 'Surface (m²)', name: 'surface', required: true, min: 0, step: 0.5,
        condition: { enabled: true, match: 'all', rules: [{ field: 'terrasse', operator: 'equals', value: 'oui' }] },
      },
    ],
  },
  { title: 'Contact', fields: [{ blockType: 'email', label: 'Courriel', name: 'courriel', required: true }] },
]

const rule = (extra: Record<string, unknown>) => ({ label: 'Ligne', field: 'duree', operator: 'equals', value: '30 ans', kind: 'fixed', amount: 300, ...extra })
const payment = (extra: Record<string, unknown> = {}) => ({ enabled: true, objet: 'Concession cimetiere', fixedAmount: 6, rules: [rule({})], ...extra })

/** A publication by an admin (drafts skip validation); the field errors Payload answers, by path. */
async function publish(title: string, paymentGroup: Record<string, unknown>) {
  const res = await rest.call('POST', '/forms', { token: adminToken, body: { title, organisation: orgId, steps, payment: paymentGroup, _status: 'published' } })
  const errors = (res.json.errors ?? []).flatMap((e) => e.data?.errors ?? [])
  return { status: res.status, doc: (res.json as { doc?: { id: number; slug: string; payment: Record<string, unknown> } }).doc, errors: Object.fromEntries(errors.map((e) => [e.path, e.message])) }
}

describe('the price staff set on a form', () => {
  it('is refused in French beside the field when it cannot hold', async () => {
    const unknownField = await publish('Champ inconnu', payment({ rules: [rule({ field: 'duree_concession' })] }))
    expect(unknownField.status).toBe(400)
    expect(unknownField.errors['payment.rules.0.field']).toBe('La règle porte sur « duree_concession », qui n’est le nom technique d’aucun champ de ce formulaire (hors groupes répétables).')

    const negative = await publish('Négatif', payment({ fixedAmount: -5, rules: [rule({ amount: -1 })] }))
    expect(negative.status).toBe(400)
    expect(negative.errors['payment.fixedAmount']).toBe('Le montant ne peut pas être négatif.')
    expect(negative.errors['payment.rules.0.amount']).toBe('Le montant ne peut pas être négatif.')

    const subCent = await publish('Millièmes', payment({ fixedAmount: 1.005 }))
    expect(subCent.errors['payment.fixedAmount']).toContain('deux décimales au plus')
    const tooHigh = await publish('Trop cher', payment({ fixedAmount: 100000 }))
    expect(tooHigh.errors['payment.fixedAmount']).toBe('Le montant ne peut pas dépasser 99\u202f999,99\u00a0€, le plus grand montant payable en ligne.')

    const perUnitOnChoice = await publish('Par unité', payment({ rules: [rule({ kind: 'perUnit', amount: 12 })] }))
    expect(perUnitOnChoice.status).toBe(400)
    expect(perUnitOnChoice.errors['payment.rules.0.kind']).toContain('Un montant « par unité » multiplie la réponse d’un champ Nombre : « Durée » n’en est pas un.')
    const perUnitElsewhere = await publish('Par unité ailleurs', payment({ rules: [rule({ kind: 'perUnit', amount: 12, quantityField: 'courriel' })] }))
    expect(perUnitElsewhere.errors['payment.rules.0.kind']).toContain('« Courriel » n’en est pas un')

    const nothingToPay = await publish('Gratuit', { enabled: true, objet: 'Rien', rules: [] })
    expect(nothingToPay.status).toBe(400)
    expect(nothingToPay.errors['payment.enabled']).toBe('Le paiement en ligne est activé mais rien n’est à payer : indiquez un montant fixe, au moins une règle avec un montant, ou ajoutez des billets ou une réservation.')

    const objet = await publish('Objet', payment({ objet: '« — ! »' }))
    expect(objet.errors['payment.objet']).toContain('Indiquez un objet avec des lettres ou des chiffres.')
    const longObjet = await publish('Objet long', payment({ objet: 'é'.repeat(101) }))
    expect(longObjet.errors['payment.objet']).toContain('101 caractères')
    // Empty: the form's title and the request's reference go to PayFiP instead.
    const noObjet = await publish('Sans objet', payment({ objet: '' }))
    expect(noObjet.errors['payment.objet']).toBeUndefined()

    const notAChoice = await publish('Choix', payment({ rules: [rule({ value: '50 ans' })] }))
    expect(notAChoice.errors['payment.rules.0.value']).toBe('« 50 ans » n’est pas un des choix du champ « Durée » : « 15 ans », « 30 ans ».')
  })

  it('is saved by communication staff, a choice typed by its label stored as its value', async () => {
    const draft = await rest.call('POST', '/forms?draft=true', { token, body: { title: 'Brouillon payant', steps, payment: payment() } })
    expect(draft.status).toBe(201)
    const ok = await publish('Valide', payment())
    expect(ok.status).toBe(201)
    expect((ok.doc!.payment.rules as Array<{ value: string }>)[0].value).toBe('30_ans')
  })
})

describe('the citizen', () => {
  let slug: string
  let formId: number
  beforeAll(async () => {
    const created = await publish('Occupation payante', {
      enabled: true,
      objet: 'Occupation du domaine public',
      fixedAmount: 6,
      fixedLabel: 'Frais de dossier',
      rules: [
        rule({ label: 'Durée de 30 ans', value: '30 ans', amount: 0.1 }),
        { label: 'Terrasse', field: 'terrasse', operator: 'equals', value: 'oui', kind: 'perUnit', amount: 12, quantityField: 'surface' },
      ],
    })
    expect(created.status).toBe(201)
    slug = created.doc!.slug
    formId = created.doc!.id
  })

  /** The check page as the site renders it (the real server component), for this session. */
  async function reviewPage(session: string): Promise<string> {
    const { default: ReviewPage } = await import('../../src/app/(frontend)/(site)/formulaires/[slug]/verification/page')
    return renderToStaticMarkup(await ReviewPage({ params: Promise.resolve({ slug }), searchParams: Promise.resolve({ session }) }))
  }

  it('sees the amount computed by the server from the session before sending, its lines in French', async () => {
    const client = formClient(booted.payload)
    const s1 = await client.post(slug, { action: 'suivant', duree: '30_ans', terrasse: 'oui', surface: '2,5' })
    expect(s1.location).toContain('etape=2')
    const s2 = await client.post(slug, { action: 'suivant', session: s1.session!, etape: '2', courriel: 'terrasse@example.fr' })
    expect(s2.location).toContain('/verification')
    const html = await reviewPage(s1.session!)
    // 6 € + 0,10 € + 2,5 × 12 € = 36,10 €, exactly.
    expect(html).toContain('Montant à régler : 36,10\u00a0€')
    expect(html).toContain('<dt>Frais de dossier</dt><dd>6,00\u00a0€</dd>')
    expect(html).toContain('<dt>Durée de 30 ans</dt><dd>0,10\u00a0€</dd>')
    expect(html).toContain(`<dt>Terrasse (2,5 × 12,00\u00a0€)</dt><dd>30,00\u00a0€</dd>`)

    // The surface hidden by a later answer no longer counts, though the session once held it.
    const edited = await client.post(slug, { action: 'verifier', session: s1.session!, etape: '1', duree: '15_ans', terrasse: 'non', surface: '2,5' })
    expect(edited.location).toContain('/verification')
    const cheaper = await reviewPage(s1.session!)
    expect(cheaper).toContain('Montant à régler : 6,00\u00a0€')
    expect(cheaper).not.toContain('Terrasse (')
  })

  it('is sent back to the field, with why, when the amount would pass PayFiP’s maximum; nothing stored', async () => {
    const client = formClient(booted.payload)
    const s1 = await client.post(slug, { action: 'suivant', duree: '15_ans', terrasse: 'oui', surface: '1000000000' })
    const s2 = await client.post(slug, { action: 'suivant', session: s1.session!, etape: '2', courriel: 'trop@example.fr' })
    expect(s2.location).toContain('etape=1')
    const session = (await loadSession(booted.payload, formId, s1.session!))!
    expect(session.errors.surface).toContain('le montant à régler dépasserait 99\u202f999,99\u00a0€')
    // A send straight from the session is refused the same way.
    const sent = await client.post(slug, { action: 'envoyer', session: s1.session! })
    expect(sent.followUp).toBeUndefined()
    expect(sent.location).toContain('etape=1')
    const { totalDocs } = await booted.payload.count({ collection: 'submissions', where: { form: { equals: formId } }, overrideAccess: true })
    expect(totalDocs).toBe(0)
  })

  it('sees the same amount on the check step with JavaScript, from the server’s preview', async () => {
    const client = formClient(booted.payload)
    const all = { etape: '2', duree: '30_ans', terrasse: 'oui', surface: '2,5', courriel: 'js@example.fr' }
    const preview = await client.post(slug, { action: 'apercu', ...all })
    const answer = JSON.parse(await preview.text()) as PreviewAnswer
    expect(answer.errors).toEqual([])
    expect(answer.price).toEqual({
      total: '36,10\u00a0€',
      lines: [
        { label: 'Frais de dossier', amount: '6,00\u00a0€' },
        { label: 'Durée de 30 ans', amount: '0,10\u00a0€' },
        { label: 'Terrasse (2,5 × 12,00\u00a0€)', amount: '30,00\u00a0€' },
      ],
    })
    const tooMuch = JSON.parse(await (await client.post(slug, { action: 'apercu', ...all, surface: '1000000000' })).text()) as PreviewAnswer
    expect(tooMuch.errors).toEqual([{ step: 0, inputId: expect.stringContaining('surface'), message: expect.stringContaining('dépasserait') }])
  })

  it('reads on the first page that the démarche is paid online', async () => {
    const { default: FormPage } = await import('../../src/app/(frontend)/(site)/formulaires/[slug]/page')
    const html = renderToStaticMarkup(await FormPage({ params: Promise.resolve({ slug }), searchParams: Promise.resolve({}) }))
    expect(html).toContain('Démarche payante, à régler en ligne')
    expect(html).toContain('à partir de 6,00\u00a0€, selon vos réponses')
  })
})
