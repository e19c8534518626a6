import { XMLParser } from 'fast-xml-parser'

/** PayFiP's WSDL target namespace: the operation elements and the fault details live in it; their children are unqualified. */
export const PAYFIP_NAMESPACE =
  'http://securite.service.tpa.cp.finances.gouv.fr/services/mas_securite/contrat_paiement_securise/PaiementSecuriseService'
export const SOAP_ENVELOPE_NAMESPACE = 'http://schemas.xmlsoap.org/soap/envelope/'

const XML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' }

export function escapeXml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => XML_ENTITIES[character])
}

/** `<name>value</name>` for each field in the schema's order, values escaped; an empty optional field is left out. */
export function fieldsXml(fields: Array<[string, string | undefined]>): string {
  return fields
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([name, value]) => `<${name}>${escapeXml(value!)}</${name}>`)
    .join('')
}

/** A SOAP 1.1 envelope around one body element of PayFiP's namespace (prefix `pai`, declared on the element itself). */
export function soapEnvelope(bodyElement: string, inner: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8"?>' +
    `<soapenv:Envelope xmlns:soapenv="${SOAP_ENVELOPE_NAMESPACE}"><soapenv:Body>` +
    `<pai:${bodyElement} xmlns:pai="${PAYFIP_NAMESPACE}">${inner}</pai:${bodyElement}>` +
    '</soapenv:Body></soapenv:Envelope>'
  )
}

/**
 * The parser for PayFiP's messages: prefixes dropped (the service names them as it likes), every
 * value kept as a string (numcli "006270" keeps its zeros), no DOCTYPE entities expanded.
 */
const parser = new XMLParser({
  removeNSPrefix: true,
  ignoreAttributes: true,
  parseTagValue: false,
  trimValues: true,
  processEntities: true,
  htmlEntities: false,
  ignoreDeclaration: true,
})

export type XmlNode = Record<string, unknown>

/** The element inside soap Body (its local name and content), or null when the text is not a SOAP envelope. */
export function soapBodyElement(xml: string): { name: string; content: unknown } | null {
  if (/<!DOCTYPE/i.test(xml)) return null
  let document: XmlNode
  try {
    document = parser.parse(xml, true) as XmlNode
  } catch {
    return null
  }
  const envelope = document?.Envelope as XmlNode | undefined
  const body = envelope && typeof envelope === 'object' ? (envelope.Body as XmlNode | undefined) : undefined
  if (!body || typeof body !== 'object') return null
  const names = Object.keys(body)
  if (names.length !== 1) return null
  return { name: names[0], content: body[names[0]] }
}

/** A child's text (empty string when absent or not text). */
export function textOf(node: unknown, name: string): string {
  if (!node || typeof node !== 'object') return ''
  const value = (node as XmlNode)[name]
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : ''
}

export function childOf(node: unknown, name: string): unknown {
  return node && typeof node === 'object' ? (node as XmlNode)[name] : undefined
}
