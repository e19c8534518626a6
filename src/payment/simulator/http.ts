import type { Payload } from 'payload'

import { publicUrl } from '../../lib/publicUrl'
import { simulatorEnabled } from '../settings'
import { clientFaultAnswer } from './answers'
import { simulatorProblemHtml } from './pageHtml'
import { recordPaymentChoice, showPaymentPage } from './paymentPage'
import { handleSoapRequest } from './soapService'

const MAX_SOAP_BYTES = 65_536

/** With PAYMENT_PROVIDER=payfip the simulator does not exist: 404 for every address of it. */
const disabled = () =>
  new Response(simulatorProblemHtml('Page introuvable', 'Le simulateur de paiement n’est pas activé sur ce site.'), {
    status: 404,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
  })

const soapResponse = ({ status, xml }: { status: number; xml: string }) =>
  new Response(xml, { status, headers: { 'Content-Type': 'text/xml; charset=utf-8', 'Cache-Control': 'no-store' } })

/** POST /simulateur-payfip/services/securite: the SOAP endpoint (body read up to 64 KB). */
export async function simulatorSoapEndpoint(payload: () => Promise<Payload>, request: Request, now = new Date()): Promise<Response> {
  if (!simulatorEnabled()) return disabled()
  if (Number(request.headers.get('content-length') ?? 0) > MAX_SOAP_BYTES) return soapResponse(clientFaultAnswer('Requête trop volumineuse.'))
  const body = await request.text().catch(() => null)
  if (body === null || body.length > MAX_SOAP_BYTES) return soapResponse(clientFaultAnswer('Requête illisible ou trop volumineuse.'))
  return soapResponse(await handleSoapRequest(await payload(), body, now, { allowedOrigin: publicUrl() }))
}

/** GET /simulateur-payfip/paiement?idop=… */
export async function simulatorPaymentPage(payload: () => Promise<Payload>, request: Request): Promise<Response> {
  return simulatorEnabled() ? showPaymentPage(await payload(), request) : disabled()
}

/** POST /simulateur-payfip/paiement */
export async function simulatorPaymentChoice(payload: () => Promise<Payload>, request: Request): Promise<Response> {
  return simulatorEnabled() ? recordPaymentChoice(await payload(), request) : disabled()
}

/** GET on the SOAP endpoint (a browser, or ?wsdl): the WSDL is not served, PayFiP's is in the repository's documentation. */
export function simulatorSoapGet(): Response {
  if (!simulatorEnabled()) return disabled()
  return new Response('Simulateur PayFiP : service SOAP, à appeler en POST (SOAP 1.1).', {
    status: 405,
    headers: { Allow: 'POST', 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  })
}
