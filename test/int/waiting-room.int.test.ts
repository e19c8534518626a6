/**
 * The waiting room of form posts (#13, decision 0075), through the real step handler on a real
 * database: beyond the posts a process handles at once, a post is answered at once with its place
 * in line and its own answers, nothing held nor stored for it; sent again (as its page does), it
 * goes through with its rank kept by the signed pass. SQLite and (int-mongodb) MongoDB.
 */
import type { Payload } from 'payload'

import { bootPayload, type BootedPayload } from '../helpers/bootPayload'
import { samplePdf } from '../helpers/files'
import { formClient } from '../helpers/formClient'
import { createOrganisations } from '../helpers/organisations'

let booted: BootedPayload
let payload: Payload
let show: { id: number | string; tariffs: Array<{ id: string }>; sessions: Array<{ id: string }> }

beforeAll(async () => {
  // The posts handled at once are this suite's subject; the event loop's lag (the other reason
  // to wait, unit-tested) depends on the machine's load, so it is left out here.
  process.env.FORM_POSTS_MAX_WAIT_MS = '60000'
  booted = await bootPayload()
  payload = booted.payload
  const { mairie } = await createOrganisations(payload, 'mairie')
  const steps = [
    {
      title: 'Vos billets',
      fields: [
        { blockType: 'billets', label: 'Vos billets', name: 'billets', required: true },
        { blockType: 'text', label: 'Nom', name: 'nom', required: true },
        { blockType: 'email', label: 'Courriel', name: 'courriel', required: true },
      ],
    },
  ]
  const form = await payload.create({ collection: 'forms', overrideAccess: true, data: { title: 'Billetterie', slug: 'billetterie', organisation: mairie, steps, _status: 'published' } as never })
  await payload.create({
    collection: 'forms',
    overrideAccess: true,
    data: { title: 'Pièce', slug: 'piece', organisation: mairie, _status: 'published', steps: [{ title: 'Pièce', fields: [{ blockType: 'file', label: 'Scan', name: 'scan', accept: ['pdf'], required: true }] }] } as never,
  })
  show = (await payload.create({
    collection: 'events',
    overrideAccess: true,
    data: { title: 'Concert', slug: 'concert', organisation: mairie, summary: 'Au Dôme.', form: form.id, tariffs: [{ name: 'Plein', price: 10 }], sessions: [{ startsAt: new Date(Date.now() + 9 * 86_400_000).toISOString(), capacity: 40 }] } as never,
  })) as never
}, 120_000)
afterAll(async () => booted?.shutdown())
afterEach(() => {
  process.env.FORM_POSTS_IN_FLIGHT = '0'
  delete process.env.FORM_RATE_LIMIT_PER_MINUTE
})

const claims = async () => (await payload.count({ collection: 'place-claims', overrideAccess: true })).totalDocs
const ticketValues = (name: string) => ({
  action: 'suivant',
  etape: '1',
  'billets.spectacle': String(show.id),
  billets: show.sessions[0].id,
  [`billets.tarif.${show.tariffs[0].id}`]: '1',
  nom: name,
  courriel: 'line@example.fr',
})
/** The hidden fields of a waiting page, in order (what its "Réessayer" posts again). */
const hiddenFields = (html: string) => [...html.matchAll(/<input type="hidden" name="([^"]*)" value="([^"]*)">/g)].map((m) => [m[1], m[2].replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#39;/g, "'").replace(/&amp;/g, '&')])

describe('the waiting room of form posts', () => {
  it('beyond the limit, a post gets its place in line and its answers back, and nothing is held for it', async () => {
    process.env.FORM_POSTS_IN_FLIGHT = '2'
    const before = await claims()
    const name = 'Zoé "la <b>première</b>" & Cie'
    const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => formClient(payload, `198.51.100.${i + 1}`).post('billetterie', ticketValues(i === 11 ? name : `Acheteur ${i}`))))
    const handled = answers.filter((a) => a.status === 303)
    const waiting = answers.filter((a) => a.status === 200)
    expect(handled.length + waiting.length).toBe(12)
    expect(waiting.length).toBeGreaterThan(0)
    expect(handled.every((a) => a.location.includes('/verification'))).toBe(true)
    // Only the handled posts hold a place.
    expect((await claims()) - before).toBe(handled.length)
    const page = await waiting[waiting.length - 1].text()
    expect(page).toContain('Forte affluence : votre envoi est en file d’attente')
    expect(page).toMatch(/Votre place dans la file : <strong data-place="">\d+<\/strong>/)
    expect(page).toContain('<button type="submit" name="action" value="suivant">Réessayer</button>')
    expect(page).toContain('<script src="/scripts/file-attente.js" defer=""></script>')
  })

  it('the waiting answer: no-store, Retry-After, a pass cookie, a policy allowing only the site’s script; the typed text escaped', async () => {
    process.env.FORM_POSTS_IN_FLIGHT = '1'
    const name = 'Zoé "<script>alert(1)</script>" & Cie'
    const posts = Array.from({ length: 6 }, (_, i) => {
      const data = new URLSearchParams({ t: 'x', ...ticketValues(name) })
      return new Request('http://localhost/formulaires/billetterie/etape', { method: 'POST', body: data, headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': `198.51.101.${i + 1}` } })
    })
    const { handleFormStep } = await import('../../src/intake/formStep')
    const responses = await Promise.all(posts.map((request) => handleFormStep(payload, 'billetterie', request)))
    const waiting = responses.filter((r) => r.status === 200)
    expect(waiting.length).toBeGreaterThan(0)
    const response = waiting[0]
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThanOrEqual(1)
    expect(response.headers.get('set-cookie')).toMatch(/^file_attente=\d+\.[\w-]{16}\.[\w-]{22}; Path=\/formulaires; Max-Age=3600; HttpOnly; SameSite=Lax$/)
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'")
    const html = await response.text()
    expect(html).not.toContain('<script>alert(1)</script>')
    expect(html).toContain('value="Zoé &quot;&lt;script&gt;alert(1)&lt;/script&gt;&quot; &amp; Cie"')
    // The refused stamp ('x') is not a reason to lose the answers: the waiting page comes first.
    expect(hiddenFields(html)).toContainEqual(['nom', name])
  })

  it('sent again as its page does, the post goes through with every answer as typed', async () => {
    process.env.FORM_POSTS_IN_FLIGHT = '1'
    const name = 'Zoé "la <b>première</b>" & Cie'
    const answers = await Promise.all(Array.from({ length: 5 }, (_, i) => formClient(payload, `198.51.102.${i + 1}`).post('billetterie', ticketValues(name))))
    const waiting = answers.find((a) => a.status === 200)!
    const html = await waiting.text()
    const fields = hiddenFields(html)
    expect(Object.fromEntries(fields)).toMatchObject({ nom: name, courriel: 'line@example.fr', billets: show.sessions[0].id })
    const { handleFormStep } = await import('../../src/intake/formStep')
    const again = await handleFormStep(
      payload,
      'billetterie',
      new Request('http://localhost/formulaires/billetterie/etape', { method: 'POST', body: new URLSearchParams([...fields, ['action', 'suivant']]), headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': '198.51.102.9' } }),
    )
    expect(again.status).toBe(303)
    const token = /session=([\w-]+)/.exec(again.headers.get('location') ?? '')![1]
    const stored = (await payload.find({ collection: 'form-sessions', where: { token: { equals: token } }, overrideAccess: true, depth: 0 })).docs[0] as unknown as { answers: Record<string, unknown> }
    expect(stored.answers.nom).toBe(name)
    expect(stored.answers.billets).toMatchObject({ session: show.sessions[0].id })
  })

  it('a post waiting does not use up the citizen’s posts per minute', async () => {
    process.env.FORM_POSTS_IN_FLIGHT = '1'
    process.env.FORM_RATE_LIMIT_PER_MINUTE = '3'
    const ip = '198.51.103.7'
    // Ten tries of one citizen, each among a crowd from elsewhere: at most 3 handled, none refused for the rate.
    const statuses: number[] = []
    for (let round = 0; round < 10 && statuses.filter((s) => s === 303).length < 3; round += 1) {
      const crowd = Array.from({ length: 3 }, (_, i) => formClient(payload, `198.51.104.${round * 3 + i + 1}`).post('billetterie', ticketValues('Foule')))
      const [, , , mine] = await Promise.all([...crowd, formClient(payload, ip).post('billetterie', ticketValues('Moi'))])
      statuses.push(mine.status)
    }
    expect(statuses).toContain(200)
    expect(statuses).not.toContain(429)
  })

  it('a post carrying a file is handled even when the line is full (its file cannot be put back in a page)', async () => {
    process.env.FORM_POSTS_IN_FLIGHT = '1'
    const scan = () => new File([new Uint8Array(samplePdfBytes)], 'scan.pdf', { type: 'application/pdf' })
    const answers = await Promise.all(Array.from({ length: 4 }, (_, i) => formClient(payload, `198.51.105.${i + 1}`).post('piece', { action: 'suivant', etape: '1', scan: scan() })))
    expect(answers.map((a) => a.status)).toEqual([303, 303, 303, 303])
  })

  it('without a limit (0), every post is handled', async () => {
    process.env.FORM_POSTS_IN_FLIGHT = '0'
    const answers = await Promise.all(Array.from({ length: 10 }, (_, i) => formClient(payload, `198.51.106.${i + 1}`).post('billetterie', ticketValues(`Sans file ${i}`))))
    expect(answers.map((a) => a.status)).toEqual(Array(10).fill(303))
  })
})

let samplePdfBytes: Uint8Array
beforeAll(async () => {
  samplePdfBytes = new Uint8Array(await samplePdf('scan.pdf'))
})
