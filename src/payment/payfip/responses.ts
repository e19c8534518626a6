import { PayfipFault, type PaymentDetail, type PayfipMode, type PayfipResult } from '../provider'
import { childOf, soapBodyElement, textOf } from './xml'

export type FaultKind = PayfipFault['kind']
export const FAULT_KINDS: readonly FaultKind[] = ['FonctionnelleErreur', 'TechDysfonctionnementErreur', 'TechIndisponibiliteErreur', 'TechProtocolaireErreur']

/** "Transaction result not known yet": the idOp exists, the citizen has not finished (eopayment's P5). */
export const NOT_YET_KNOWN_CODE = 'P5'

export interface ClientDetail {
  numcli: string
  libelleN1: string
  libelleN2: string
  libelleN3: string
}

/**
 * The answer's body element, or the PayfipFault it carries. A fault without one of the WSDL's
 * four details (a bare SOAP fault) is a protocol error; an answer that is not SOAP at all too.
 */
function answerBody(xml: string, expected: string): unknown {
  const body = soapBodyElement(xml)
  if (!body) throw new PayfipFault('TechProtocolaireErreur', 'SOAP', 'Réponse illisible du service PayFiP.')
  if (body.name === 'Fault') throw faultOf(body.content)
  if (body.name !== expected) throw new PayfipFault('TechProtocolaireErreur', 'SOAP', `Réponse inattendue du service PayFiP (${body.name}).`)
  return childOf(body.content, 'return')
}

function faultOf(fault: unknown): PayfipFault {
  const detail = childOf(fault, 'detail')
  for (const kind of FAULT_KINDS) {
    const error = childOf(detail, kind)
    if (error !== undefined) return new PayfipFault(kind, textOf(error, 'code'), textOf(error, 'libelle') || textOf(error, 'descriptif') || textOf(error, 'message'))
  }
  return new PayfipFault('TechProtocolaireErreur', 'SOAP', textOf(fault, 'faultstring') || 'Erreur SOAP sans détail.')
}

export function parseCreatePaymentResponse(xml: string): { idOp: string } {
  const idOp = textOf(answerBody(xml, 'creerPaiementSecuriseResponse'), 'idOp')
  if (!idOp) throw new PayfipFault('TechProtocolaireErreur', 'SOAP', 'Réponse sans idOp.')
  return { idOp }
}

const RESULTS: readonly string[] = ['P', 'V', 'R', 'Z', 'A']
const MODES: readonly string[] = ['T', 'X', 'W']

export function parsePaymentDetailResponse(xml: string): PaymentDetail {
  const answer = answerBody(xml, 'recupererDetailPaiementSecuriseResponse')
  const field = (name: string) => textOf(answer, name)
  const resultrans = field('resultrans')
  const montant = field('montant')
  if (!RESULTS.includes(resultrans)) throw new PayfipFault('TechProtocolaireErreur', 'SOAP', `Résultat de transaction inconnu : « ${resultrans} ».`)
  if (!MODES.includes(field('saisie'))) throw new PayfipFault('TechProtocolaireErreur', 'SOAP', `Mode de saisie inconnu : « ${field('saisie')} ».`)
  if (!/^\d+$/.test(montant)) throw new PayfipFault('TechProtocolaireErreur', 'SOAP', `Montant illisible : « ${montant} ».`)
  const optional = (name: string) => field(name) || undefined
  return {
    idOp: field('idOp'),
    resultrans: resultrans as PayfipResult,
    amountCents: Number(montant),
    refdet: field('refdet'),
    numcli: field('numcli'),
    exer: field('exer'),
    mel: field('mel'),
    objet: field('objet'),
    saisie: field('saisie') as PayfipMode,
    dattrans: optional('dattrans'),
    heurtrans: optional('heurtrans'),
    numauto: optional('numauto'),
  }
}

export function parseClientDetailResponse(xml: string): ClientDetail {
  const answer = answerBody(xml, 'recupererDetailClientResponse')
  return { numcli: textOf(answer, 'numcli'), libelleN1: textOf(answer, 'libelleN1'), libelleN2: textOf(answer, 'libelleN2'), libelleN3: textOf(answer, 'libelleN3') }
}
