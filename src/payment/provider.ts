/**
 * The payment provider contract (#14). One implementation speaks PayFiP's SOAP web service
 * (src/payment/payfip/); the simulator (src/payment/simulator/) is the same web service served by
 * the app itself, so tests and the demo go through the very same client over real HTTP.
 * Everything the portal knows about money goes through this interface.
 */

/** PayFiP's `resultrans`: P paid by card, V paid by direct debit, R card refused, Z debit refused, A abandoned. */
export type PayfipResult = 'P' | 'V' | 'R' | 'Z' | 'A'

/** `saisie`: T test, X activation (the town's acceptance run), W production. */
export type PayfipMode = 'T' | 'X' | 'W'

/** What `creerPaiementSecurise` sends (amount in cents: `montant`). */
export interface CreatePaymentInput {
  numcli: string
  exer: string
  refdet: string
  amountCents: number
  mel: string
  objet: string
  saisie: PayfipMode
  urlnotif: string
  urlredirect: string
}

/** What `recupererDetailPaiementSecurise` answers once the payment is known. */
export interface PaymentDetail {
  idOp: string
  resultrans: PayfipResult
  amountCents: number
  refdet: string
  numcli: string
  exer: string
  mel: string
  objet: string
  saisie: PayfipMode
  /** PayFiP's date (ddMMyyyy) and time (HHmm) of the transaction, as sent */
  dattrans?: string
  heurtrans?: string
  /** The bank's authorisation number (card payments) */
  numauto?: string
}

/** The answer to a detail query: the result, or "not known yet" (the citizen is still on the payment page, or left it without finishing). */
export type DetailAnswer = { known: true; detail: PaymentDetail } | { known: false }

/** A SOAP fault of the service: functional (bad input: refdet, objet, amount, expired idOp…) or technical (unavailable…). */
export class PayfipFault extends Error {
  constructor(
    public readonly kind: 'FonctionnelleErreur' | 'TechDysfonctionnementErreur' | 'TechIndisponibiliteErreur' | 'TechProtocolaireErreur',
    public readonly code: string,
    public readonly libelle: string,
  ) {
    super(`PayFiP ${kind} ${code}: ${libelle}`)
    this.name = 'PayfipFault'
  }
}

export interface PaymentProvider {
  /** "payfip" or "simulateur": recorded on each payment */
  readonly name: string
  /** creerPaiementSecurise → the operation id (idOp). Throws PayfipFault when refused. */
  createPayment(input: CreatePaymentInput): Promise<{ idOp: string }>
  /** recupererDetailPaiementSecurise. Throws PayfipFault on other faults than "not known yet". */
  paymentDetail(idOp: string): Promise<DetailAnswer>
  /** Where the citizen's browser is sent to pay (PayFiP's page, or the simulator's). */
  paymentPageUrl(idOp: string): string
}
