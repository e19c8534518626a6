import type { FaultKind } from '../payfip/responses'
import type { RuleViolation } from '../payfip/rules'
import { escapeXml, fieldsXml, PAYFIP_NAMESPACE, SOAP_ENVELOPE_NAMESPACE } from '../payfip/xml'

/**
 * The simulator's answers, shaped as PayFiP's JAX-WS server writes them: the response element in
 * the service's namespace with an unqualified `return`; faults as SOAP 1.1 Fault with HTTP 500,
 * faultstring the Java exception's name (as eopayment matches it) and the WSDL's detail element.
 */
export interface SoapAnswer {
  status: number
  xml: string
}

const envelope = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><S:Envelope xmlns:S="${SOAP_ENVELOPE_NAMESPACE}"><S:Body>${body}</S:Body></S:Envelope>`

export function responseAnswer(operation: string, fields: Array<[string, string | undefined]>): SoapAnswer {
  return { status: 200, xml: envelope(`<ns2:${operation}Response xmlns:ns2="${PAYFIP_NAMESPACE}"><return>${fieldsXml(fields)}</return></ns2:${operation}Response>`) }
}

/** Severity 2 for functional refusals (the caller's input), 1 for the technical ones. */
export function faultAnswer(kind: FaultKind, { code, libelle }: RuleViolation): SoapAnswer {
  const severite = kind === 'FonctionnelleErreur' ? '2' : '1'
  const detail =
    `<ns2:${kind} xmlns:ns2="${PAYFIP_NAMESPACE}">` +
    fieldsXml([['code', code], ['descriptif', libelle], ['libelle', libelle]]) +
    `<severite>${severite}</severite></ns2:${kind}>`
  const faultstring = `fr.gouv.finances.cp.tpa.webservice.exceptions.${kind}`
  return { status: 500, xml: envelope(`<S:Fault><faultcode>S:Server</faultcode><faultstring>${faultstring}</faultstring><detail>${detail}</detail></S:Fault>`) }
}

/** Not a request the service understands (not XML, not SOAP, unknown operation): a bare client fault, as SOAP 1.1 does. */
export function clientFaultAnswer(message: string): SoapAnswer {
  return { status: 500, xml: envelope(`<S:Fault><faultcode>S:Client</faultcode><faultstring>${escapeXml(message)}</faultstring></S:Fault>`) }
}
