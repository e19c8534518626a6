import { randomUUID } from 'node:crypto'

import type { Payload } from 'payload'

import { NOT_YET_KNOWN_CODE } from '../payfip/responses'
import { createPaymentViolation, type CreatePaymentFields } from '../payfip/rules'
import { childOf, soapBodyElement, textOf } from '../payfip/xml'
import { SIMULATOR_NUMCLI } from '../settings'
import { clientFaultAnswer, faultAnswer, responseAnswer, type SoapAnswer } from './answers'
import { findSimulation, SIMULATIONS, type Simulation } from './operations'

export interface SimulatorOptions {
  /** The only client number the simulator knows (default SIMULATOR_NUMCLI) */
  numcli?: string
  /** The origin urlnotif and urlredirect must belong to: the simulator calls and sends browsers only to its own site. */
  allowedOrigin: string
}

const functional = (code: string, libelle: string) => faultAnswer('FonctionnelleErreur', { code, libelle })

/**
 * PayFiP's web service, simulated (decision 0046): the three operations of the WSDL, answering
 * and refusing as PayFiP does. Never throws: a request it cannot read gets a SOAP fault (HTTP 500).
 */
export async function handleSoapRequest(payload: Payload, xmlBody: string, now: Date, options: SimulatorOptions): Promise<SoapAnswer> {
  const body = soapBodyElement(xmlBody)
  if (!body) return clientFaultAnswer('Requête SOAP illisible.')
  const arg0 = childOf(body.content, 'arg0')
  try {
    switch (body.name) {
      case 'creerPaiementSecurise':
        return await createPayment(payload, arg0, now, options)
      case 'recupererDetailPaiementSecurise':
        return await paymentDetail(payload, textOf(arg0, 'idOp'))
      case 'recupererDetailClient':
        return clientDetail(textOf(arg0, 'numCli'), options)
      default:
        return clientFaultAnswer(`Opération inconnue : ${body.name}.`)
    }
  } catch (error) {
    console.error('Simulateur PayFiP :', error)
    return faultAnswer('TechDysfonctionnementErreur', { code: '999', libelle: 'Erreur technique du simulateur.' })
  }
}

const sameOrigin = (url: string, origin: string) => {
  try {
    return new URL(url).origin === new URL(origin).origin
  } catch {
    return false
  }
}

async function createPayment(payload: Payload, arg0: unknown, now: Date, options: SimulatorOptions): Promise<SoapAnswer> {
  const fields: CreatePaymentFields = {
    numcli: textOf(arg0, 'numcli'),
    exer: textOf(arg0, 'exer'),
    refdet: textOf(arg0, 'refdet'),
    montant: textOf(arg0, 'montant'),
    mel: textOf(arg0, 'mel'),
    objet: textOf(arg0, 'objet'),
    saisie: textOf(arg0, 'saisie'),
    urlnotif: textOf(arg0, 'urlnotif'),
    urlredirect: textOf(arg0, 'urlredirect'),
  }
  const refused = createPaymentViolation(fields)
  if (refused) return faultAnswer('FonctionnelleErreur', refused)
  if (fields.numcli !== (options.numcli ?? SIMULATOR_NUMCLI)) return functional('T2', "Le numéro de client n'existe pas dans PayFiP.")
  if (!sameOrigin(fields.urlnotif, options.allowedOrigin)) return functional('N1', "L'URL de notification doit être sur le site du simulateur.")
  if (!sameOrigin(fields.urlredirect, options.allowedOrigin)) return functional('D1', "L'URL de redirection doit être sur le site du simulateur.")
  const idOp = randomUUID()
  await payload.create({
    collection: SIMULATIONS,
    overrideAccess: true,
    depth: 0,
    data: {
      idOp,
      numcli: fields.numcli,
      exer: fields.exer,
      refdet: fields.refdet,
      amountCents: Number(fields.montant),
      mel: fields.mel,
      objet: fields.objet,
      saisie: fields.saisie,
      urlnotif: fields.urlnotif,
      urlredirect: fields.urlredirect,
      issuedAt: now.toISOString(),
      state: 'en-attente',
    },
  })
  return responseAnswer('creerPaiementSecurise', [['idOp', idOp]])
}

/** PayFiP's date (ddMMyyyy) and time (HHmm), in Paris time. */
function parisDateTime(iso: string): { dattrans: string; heurtrans: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(new Date(iso))
      .map((part) => [part.type, part.value]),
  )
  return { dattrans: `${parts.day}${parts.month}${parts.year}`, heurtrans: `${parts.hour}${parts.minute}` }
}

async function paymentDetail(payload: Payload, idOp: string): Promise<SoapAnswer> {
  const simulation = await findSimulation(payload, idOp)
  if (!simulation) return functional('P1', 'IdOp incorrect.')
  if (simulation.state !== 'choisi' || !simulation.resultrans) return functional(NOT_YET_KNOWN_CODE, 'Résultat de la transaction non connu.')
  return responseAnswer('recupererDetailPaiementSecurise', detailFields(simulation))
}

function detailFields(simulation: Simulation): Array<[string, string | undefined]> {
  const { dattrans, heurtrans } = parisDateTime(simulation.chosenAt ?? simulation.issuedAt)
  // The schema's order.
  return [
    ['dattrans', dattrans],
    ['exer', simulation.exer],
    ['heurtrans', heurtrans],
    ['idOp', simulation.idOp],
    ['mel', simulation.mel],
    ['montant', String(simulation.amountCents)],
    ['numauto', simulation.numauto ?? undefined],
    ['numcli', simulation.numcli],
    ['objet', simulation.objet ?? undefined],
    ['refdet', simulation.refdet],
    ['resultrans', simulation.resultrans ?? undefined],
    ['saisie', simulation.saisie],
  ]
}

function clientDetail(numcli: string, options: SimulatorOptions): SoapAnswer {
  if (!/^\d{6}$/.test(numcli)) return functional('T1', 'Le numéro de client doit comporter 6 chiffres.')
  if (numcli !== (options.numcli ?? SIMULATOR_NUMCLI)) return functional('T2', "Le numéro de client n'existe pas dans PayFiP.")
  return responseAnswer('recupererDetailClient', [
    ['libelleN1', 'SIMULATEUR PAYFIP'],
    ['libelleN2', 'REGIE DE DEMONSTRATION'],
    ['libelleN3', 'AUCUN PAIEMENT REEL'],
    ['numcli', numcli],
  ])
}
