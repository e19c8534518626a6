import http from 'node:http'
import type { AddressInfo } from 'node:net'

import type { Payload } from 'payload'

import { handleFollowUpPayment, handlePaymentReturn } from '../../src/intake/followUpPayment'
import { handlePaidReceipt } from '../../src/intake/paidReceipt'
import { handlePaymentNotification } from '../../src/intake/paymentNotification'
import { simulatorPaymentChoice, simulatorPaymentPage, simulatorSoapEndpoint } from '../../src/payment/simulator/http'

export interface PaymentServer {
  baseURL: string
  close: () => Promise<void>
}

/**
 * The app's payment addresses served over real HTTP by their real handlers, in the test's process:
 * the PayFiP simulator (SOAP endpoint and payment page), the notification, and the follow-up's
 * "Payer", return and receipt routes — the same functions the Next.js route files call. PUBLIC_URL
 * points at it, so the SOAP client, urlnotif and urlredirect all go through it.
 */
export async function startPaymentServer(payload: Payload): Promise<PaymentServer> {
  const getPayload = async () => payload
  const route = async (request: Request): Promise<Response> => {
    const { pathname } = new URL(request.url)
    let m: RegExpExecArray | null
    if (pathname === '/simulateur-payfip/services/securite' && request.method === 'POST') return simulatorSoapEndpoint(getPayload, request)
    if (pathname === '/simulateur-payfip/paiement') return request.method === 'POST' ? simulatorPaymentChoice(getPayload, request) : simulatorPaymentPage(getPayload, request)
    if (pathname === '/paiement/notification' && request.method === 'POST') return handlePaymentNotification(payload, request)
    if ((m = /^\/suivi\/([^/]+)\/paiement\/retour$/.exec(pathname))) return handlePaymentReturn(payload, decodeURIComponent(m[1]), request)
    if ((m = /^\/suivi\/([^/]+)\/paiement\/recu\/([^/]+)$/.exec(pathname))) return handlePaidReceipt(payload, decodeURIComponent(m[1]), decodeURIComponent(m[2]), request)
    if ((m = /^\/suivi\/([^/]+)\/paiement$/.exec(pathname)) && request.method === 'POST') return handleFollowUpPayment(payload, decodeURIComponent(m[1]), request)
    return new Response('not served here', { status: 404 })
  }
  const server = http.createServer(async (req, res) => {
    try {
      const chunks: Buffer[] = []
      for await (const chunk of req) chunks.push(chunk as Buffer)
      const headers = new Headers()
      for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(name, value)
      const body = req.method === 'GET' || req.method === 'HEAD' ? undefined : new Uint8Array(Buffer.concat(chunks))
      const response = await route(new Request(`http://${req.headers.host}${req.url}`, { method: req.method, headers, body }))
      const out: Record<string, string> = {}
      response.headers.forEach((value, name) => (out[name] = value))
      res.writeHead(response.status, out)
      res.end(Buffer.from(await response.arrayBuffer()))
    } catch (error) {
      console.error(error)
      res.writeHead(500)
      res.end()
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    baseURL: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
