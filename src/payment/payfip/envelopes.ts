import type { CreatePaymentFields } from './rules'
import { fieldsXml, soapEnvelope } from './xml'

/**
 * The three requests of PayFiP's web service (document/literal, WSDL in
 * ../shared/realdata/payfip/): the operation element in the service's namespace, its `arg0`
 * and fields unqualified, in the order of the schema's sequence.
 */
export function createPaymentEnvelope(fields: CreatePaymentFields): string {
  const arg0 = fieldsXml([
    ['exer', fields.exer],
    ['mel', fields.mel],
    ['montant', fields.montant],
    ['numcli', fields.numcli],
    ['objet', fields.objet],
    ['refdet', fields.refdet],
    ['saisie', fields.saisie],
    ['urlnotif', fields.urlnotif],
    ['urlredirect', fields.urlredirect],
  ])
  return soapEnvelope('creerPaiementSecurise', `<arg0>${arg0}</arg0>`)
}

export function paymentDetailEnvelope(idOp: string): string {
  return soapEnvelope('recupererDetailPaiementSecurise', `<arg0>${fieldsXml([['idOp', idOp]])}</arg0>`)
}

/** The schema spells this one `numCli`. */
export function clientDetailEnvelope(numcli: string): string {
  return soapEnvelope('recupererDetailClient', `<arg0>${fieldsXml([['numCli', numcli]])}</arg0>`)
}
