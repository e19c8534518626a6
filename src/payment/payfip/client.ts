import { PayfipFault, type CreatePaymentInput, type DetailAnswer, type PaymentProvider } from '../provider'
import { clientDetailEnvelope, createPaymentEnvelope, paymentDetailEnvelope } from './envelopes'
import { NOT_YET_KNOWN_CODE, parseClientDetailResponse, parseCreatePaymentResponse, parsePaymentDetailResponse, type ClientDetail } from './responses'
import { createPaymentFields, createPaymentViolation } from './rules'

export interface PayfipClientOptions {
  /** The web service's address (PayFiP's, or the simulator's) */
  endpoint: string
  /** The payment page, to which `?idop=` is appended */
  pageUrl: string
  /** Recorded on each payment: "payfip" or "simulateur" */
  name: string
  /** Milliseconds before a call is given up (eopayment waits 15 s) */
  timeoutMs?: number
}

export interface PayfipProvider extends PaymentProvider {
  /** recupererDetailClient: the town's labels as PayFiP knows them (checks PAYFIP_NUMCLI). */
  clientDetail(numcli: string): Promise<ClientDetail>
}

/**
 * The PayFiP web service client: hand-built SOAP 1.1 envelopes posted with fetch (decision 0046).
 * Bad input is refused before anything is sent, with the fault PayFiP itself would answer.
 */
export function payfipProvider({ endpoint, pageUrl, name, timeoutMs = 15_000 }: PayfipClientOptions): PayfipProvider {
  async function call(envelope: string): Promise<string> {
    let response: Response
    try {
      response = await fetch(endpoint, {
        method: 'POST',
        // The WSDL's soapAction is "" for every operation: the header is sent, quoted and empty.
        headers: { 'Content-Type': 'text/xml; charset=utf-8', SOAPAction: '""', Accept: 'text/xml' },
        body: envelope,
        signal: AbortSignal.timeout(timeoutMs),
        redirect: 'error',
      })
    } catch (error) {
      const timedOut = (error as Error)?.name === 'TimeoutError'
      throw new PayfipFault('TechIndisponibiliteErreur', timedOut ? 'DELAI' : 'RESEAU', timedOut ? 'Le service PayFiP n’a pas répondu à temps.' : 'Le service PayFiP est injoignable.')
    }
    const text = await response.text().catch(() => '')
    // SOAP 1.1 answers faults with HTTP 500 and a Fault body: parsed by the caller. Anything else but 200 has no SOAP to read.
    if (response.status !== 200 && response.status !== 500) {
      throw new PayfipFault('TechIndisponibiliteErreur', `HTTP${response.status}`, `Le service PayFiP a répondu ${response.status}.`)
    }
    return text
  }

  return {
    name,
    async createPayment(input: CreatePaymentInput) {
      const fields = createPaymentFields(input)
      const refused = createPaymentViolation(fields)
      if (refused) throw new PayfipFault('FonctionnelleErreur', refused.code, refused.libelle)
      return parseCreatePaymentResponse(await call(createPaymentEnvelope(fields)))
    },
    async paymentDetail(idOp: string): Promise<DetailAnswer> {
      try {
        return { known: true, detail: parsePaymentDetailResponse(await call(paymentDetailEnvelope(idOp))) }
      } catch (error) {
        if (error instanceof PayfipFault && error.kind === 'FonctionnelleErreur' && error.code === NOT_YET_KNOWN_CODE) return { known: false }
        throw error
      }
    },
    paymentPageUrl(idOp: string) {
      return `${pageUrl}${pageUrl.includes('?') ? '&' : '?'}idop=${encodeURIComponent(idOp)}`
    },
    async clientDetail(numcli: string) {
      return parseClientDetailResponse(await call(clientDetailEnvelope(numcli)))
    },
  }
}
