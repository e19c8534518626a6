/**
 * The PayFiP simulator (#14) driven by the real PayFiP client over real HTTP: the simulator's
 * SOAP service, payment page and a notification receiver served by a throw-away in-process
 * server, Payload booted on a throw-away database (SQLite, and MongoDB in the int-mongodb run).
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { jest } from '@jest/globals'
import type { Payload } from 'payload'

import { payfipProvider, type PayfipProvider } from '../../src/payment/payfip/client'
import { PayfipFault, type CreatePaymentInput } from '../../src/payment/provider'
import { SIMULATOR_NUMCLI } from '../../src/payment/settings'
import { simulatorPaymentChoice, simulatorPaymentPage, simulatorSoapEndpoint } from '../../src/payment/simulator/http'
import { IDOP_LIFETIME_MS } from '../../src/payment/simulator/operations'
import { handleSoapRequest } from '../../src/payment/simulator/soapService'
import { createPaymentEnvelope } from '../../src/payment/payfip/envelopes'
import { createPaymentFields } from '../../src/payment/payfip/rules'
import { bootPayload, type BootedPayload } from '../helpers/bootPayload'

let booted: BootedPayload
let payload: Payload
let server: http.Server
let base: string
let client: PayfipProvider
const notifications: Array<{ method: string; contentType: string; body: string }> = []

/** Node's request as a web Request, for the simulator's handlers. */
async function toRequest(req: http.IncomingMessage): Promise<Request> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  const body = chunks.length ? Buffer.concat(chunks) : undefined
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(name, value)
  return new Request(base + req.url, { method: req.method, headers, body: req.method === 'GET' || req.method === 'HEAD' ? undefined : body })
}

async function send(res: http.ServerResponse, response: Response) {
  res.writeHead(response.status, Object.fromEntries(response.headers.entries()))
  res.end(Buffer.from(await response.arrayBuffer()))
}

beforeAll(async () => {
  booted = await bootPayload()
  payload = booted.payload
  server = http.createServer(async (req, res) => {
    const request = await toRequest(req)
    const path = new URL(request.url).pathname
    const getPayload = async () => payload
    if (path === '/simulateur-payfip/services/securite') return send(res, await simulatorSoapEndpoint(getPayload, request))
    if (path === '/simulateur-payfip/paiement') return send(res, await (req.method === 'POST' ? simulatorPaymentChoice(getPayload, request) : simulatorPaymentPage(getPayload, request)))
    if (path === '/paiement/notification') {
      notifications.push({ method: req.method!, contentType: req.headers['content-type'] ?? '', body: await request.text() })
      res.writeHead(200).end('OK')
      return
    }
    if (path === '/paiement/notification-en-panne') return res.writeHead(500).end()
    res.writeHead(404).end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  // The simulator accepts only its own site's URLs (publicUrl): here, the throw-away server.
  process.env.PUBLIC_URL = base
  delete process.env.PAYMENT_PROVIDER
  client = payfipProvider({ endpoint: `${base}/simulateur-payfip/services/securite`, pageUrl: `${base}/simulateur-payfip/paiement`, name: 'simulateur', timeoutMs: 5_000 })
})

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
  delete process.env.PUBLIC_URL
  await booted?.shutdown()
})

let counter = 0
const input = (overrides: Partial<CreatePaymentInput> = {}): CreatePaymentInput => ({
  numcli: SIMULATOR_NUMCLI,
  exer: '2026',
  refdet: `BIL2026${String(++counter).padStart(6, '0')}`,
  amountCents: 3600,
  mel: 'camille.martin@example.fr',
  objet: 'Billets Le Dome',
  saisie: 'T',
  urlnotif: `${base}/paiement/notification`,
  urlredirect: `${base}/paiement/retour?commande=42`,
  ...overrides,
})

const choose = (idOp: string, resultat: string) =>
  fetch(`${base}/simulateur-payfip/paiement`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ idop: idOp, resultat }).toString(),
    redirect: 'manual',
  })

async function fault(promise: Promise<unknown>): Promise<PayfipFault> {
  try {
    await promise
  } catch (error) {
    if (error instanceof PayfipFault) return error
    throw error
  }
  throw new Error('no fault')
}

/** The simulator's own answer to a request the client would not send (the client checks first). */
async function simulatorRefusal(overrides: Partial<CreatePaymentInput>) {
  const response = await fetch(`${base}/simulateur-payfip/services/securite`, {
    method: 'POST',
    headers: { 'Content-Type': 'text/xml; charset=utf-8', SOAPAction: '""' },
    body: createPaymentEnvelope(createPaymentFields(input(overrides))),
  })
  const xml = await response.text()
  return { status: response.status, code: /<code>([^<]*)<\/code>/.exec(xml)?.[1], xml }
}

describe('PayFiP simulator through the real client', () => {
  it('create → idOp; detail before choosing → not known; the page; choose P → notification, redirect, detail P with the amount', async () => {
    const { idOp } = await client.createPayment(input())
    expect(idOp).toMatch(/^[0-9a-f-]{36}$/)
    expect(await client.paymentDetail(idOp)).toEqual({ known: false })

    const page = await fetch(client.paymentPageUrl(idOp))
    expect(page.status).toBe(200)
    const html = await page.text()
    expect(html).toContain('<html lang="fr">')
    expect(html).toContain('Simulateur PayFiP — aucun paiement réel n’est effectué.')
    expect(html).toContain('36,00 €')
    expect(html).toContain('Billets Le Dome')
    expect(html.match(/<h1>/g)).toHaveLength(1)
    expect(html).toContain('<legend>')
    for (const value of ['P', 'V', 'R', 'Z', 'A', 'P-sans-notification']) expect(html).toContain(`<label for="resultat-${value}">`)

    const before = notifications.length
    const chosen = await choose(idOp, 'P')
    expect(chosen.status).toBe(303)
    expect(chosen.headers.get('location')).toBe(`${base}/paiement/retour?commande=42&idop=${idOp}`)
    expect(notifications.slice(before)).toEqual([{ method: 'POST', contentType: 'application/x-www-form-urlencoded', body: `idOp=${idOp}` }])

    const answer = await client.paymentDetail(idOp)
    expect(answer.known).toBe(true)
    if (!answer.known) return
    expect(answer.detail).toMatchObject({ idOp, resultrans: 'P', amountCents: 3600, numcli: SIMULATOR_NUMCLI, exer: '2026', saisie: 'T', objet: 'Billets Le Dome' })
    expect(answer.detail.dattrans).toMatch(/^\d{8}$/)
    expect(answer.detail.heurtrans).toMatch(/^\d{4}$/)
    expect(answer.detail.numauto).toMatch(/^[A-Z0-9]{6}$/)
  })

  it.each([
    ['V', 'V', true],
    ['R', 'R', true],
    ['Z', 'Z', true],
    ['A', 'A', true],
    ['P-sans-notification', 'P', false],
  ])('choice %s → resultrans %s (notified: %s)', async (choice, resultrans, notified) => {
    const { idOp } = await client.createPayment(input())
    const before = notifications.length
    expect((await choose(idOp, choice)).status).toBe(303)
    expect(notifications.length - before).toBe(notified ? 1 : 0)
    const answer = await client.paymentDetail(idOp)
    expect(answer).toMatchObject({ known: true, detail: { resultrans } })
    if (answer.known) expect(answer.detail.numauto === undefined).toBe(resultrans === 'R' || resultrans === 'Z' || resultrans === 'A')
  })

  it('a notification that fails does not break the page', async () => {
    const { idOp } = await client.createPayment(input({ urlnotif: `${base}/paiement/notification-en-panne` }))
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined)
    try {
      expect((await choose(idOp, 'P')).status).toBe(303)
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('a répondu 500'))
    } finally {
      warn.mockRestore()
    }
    expect(await client.paymentDetail(idOp)).toMatchObject({ known: true, detail: { resultrans: 'P' } })
  })

  it('the client refuses bad input before sending, with PayFiP’s codes', async () => {
    expect(await fault(client.createPayment(input({ refdet: 'BIL-1' })))).toMatchObject({ kind: 'FonctionnelleErreur', code: 'R3' })
    expect(await fault(client.createPayment(input({ objet: 'Billets Le Dôme' })))).toMatchObject({ code: 'O1' })
    expect(await fault(client.createPayment(input({ amountCents: 99 })))).toMatchObject({ code: 'M3' })
    expect(await fault(client.createPayment(input({ amountCents: 10_000_000 })))).toMatchObject({ code: 'M5' })
    expect(await fault(client.createPayment(input({ amountCents: 12.5 })))).toMatchObject({ code: 'M1' })
  })

  it('the simulator refuses what PayFiP refuses (FonctionnelleErreur, HTTP 500)', async () => {
    const cases: Array<[Partial<CreatePaymentInput>, string]> = [
      [{ refdet: 'ABCD' }, 'R3'],
      [{ objet: 'x'.repeat(101) }, 'O1'],
      [{ objet: 'Séance' }, 'O1'],
      [{ amountCents: 99 }, 'M3'],
      [{ amountCents: 10_000_000 }, 'M5'],
      [{ numcli: '12345' }, 'T1'],
      [{ numcli: '123456' }, 'T2'],
      [{ saisie: 'M' as never }, 'S1'],
      [{ exer: '26' }, 'E1'],
      [{ mel: 'pas-une-adresse' }, 'A2'],
      [{ urlnotif: 'notification' }, 'N1'],
      [{ urlnotif: 'https://ailleurs.example.org/n' }, 'N1'],
      [{ urlredirect: 'https://ailleurs.example.org/r' }, 'D1'],
    ]
    for (const [overrides, expected] of cases) {
      const refusal = await simulatorRefusal(overrides)
      expect({ overrides, status: refusal.status, code: refusal.code }).toEqual({ overrides, status: 500, code: expected })
      expect(refusal.xml).toContain('fr.gouv.finances.cp.tpa.webservice.exceptions.FonctionnelleErreur')
    }
  })

  it('unknown idOp: P1 for the detail, a French 404 page', async () => {
    expect(await fault(client.paymentDetail('00000000-0000-4000-8000-000000000000'))).toMatchObject({ kind: 'FonctionnelleErreur', code: 'P1' })
    expect(await fault(client.paymentDetail('<script>'))).toMatchObject({ code: 'P1' })
    for (const query of ['?idop=00000000-0000-4000-8000-000000000000', '?idop=%3Cscript%3E', '']) {
      const page = await fetch(`${base}/simulateur-payfip/paiement${query}`)
      expect(page.status).toBe(404)
      expect(await page.text()).toContain('Opération inconnue')
    }
    expect((await choose('nimporte-quoi', 'P')).status).toBe(404)
  })

  it('a reused idOp: a French 409 page, the first result kept', async () => {
    const { idOp } = await client.createPayment(input())
    expect((await choose(idOp, 'R')).status).toBe(303)
    const again = await choose(idOp, 'P')
    expect(again.status).toBe(409)
    expect(await again.text()).toContain('Opération déjà utilisée')
    expect((await fetch(client.paymentPageUrl(idOp))).status).toBe(409)
    expect(await client.paymentDetail(idOp)).toMatchObject({ known: true, detail: { resultrans: 'R' } })
  })

  it('an idOp older than 15 minutes: a French 410 page, still "not known" for the detail', async () => {
    const issued = new Date(Date.now() - IDOP_LIFETIME_MS - 60_000)
    const answer = await handleSoapRequest(payload, createPaymentEnvelope(createPaymentFields(input())), issued, { allowedOrigin: base })
    const idOp = /<idOp>([^<]+)<\/idOp>/.exec(answer.xml)![1]
    const page = await fetch(client.paymentPageUrl(idOp))
    expect(page.status).toBe(410)
    expect(await page.text()).toContain('Opération expirée')
    expect((await choose(idOp, 'P')).status).toBe(410)
    expect(await client.paymentDetail(idOp)).toEqual({ known: false })
  })

  it('two concurrent choices: one result', async () => {
    const { idOp } = await client.createPayment(input())
    const before = notifications.length
    const responses = await Promise.all(['P', 'R', 'A', 'V'].map((choice) => choose(idOp, choice)))
    expect(responses.map((response) => response.status).sort()).toEqual([303, 409, 409, 409])
    expect(notifications.length - before).toBe(1)
    const answer = await client.paymentDetail(idOp)
    expect(answer.known).toBe(true)
  })

  it('malformed SOAP: a SOAP fault with HTTP 500, never a crash', async () => {
    for (const body of ['pas du XML', '<a><b></a>', '<x/>', '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "e">]><x>&e;</x>', '']) {
      const response = await fetch(`${base}/simulateur-payfip/services/securite`, { method: 'POST', headers: { 'Content-Type': 'text/xml' }, body })
      expect(response.status).toBe(500)
      expect(await response.text()).toContain('<faultcode>S:Client</faultcode>')
    }
  })

  it('recupererDetailClient answers for the simulator’s number', async () => {
    expect(await client.clientDetail(SIMULATOR_NUMCLI)).toMatchObject({ numcli: SIMULATOR_NUMCLI, libelleN1: 'SIMULATEUR PAYFIP' })
    expect(await fault(client.clientDetail('654321'))).toMatchObject({ code: 'T2' })
  })

  it('an unreachable service is a TechIndisponibiliteErreur', async () => {
    const nowhere = payfipProvider({ endpoint: 'http://127.0.0.1:9/services/securite', pageUrl: 'x', name: 'payfip', timeoutMs: 2_000 })
    expect(await fault(nowhere.paymentDetail('x'))).toMatchObject({ kind: 'TechIndisponibiliteErreur' })
  })

  it('with PAYMENT_PROVIDER=payfip the simulator answers 404', async () => {
    process.env.PAYMENT_PROVIDER = 'payfip'
    try {
      expect((await fetch(`${base}/simulateur-payfip/paiement?idop=x`)).status).toBe(404)
      expect((await fetch(`${base}/simulateur-payfip/services/securite`, { method: 'POST', body: '<x/>' })).status).toBe(404)
    } finally {
      delete process.env.PAYMENT_PROVIDER
    }
  })
})
