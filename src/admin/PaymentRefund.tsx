import type { FieldServerComponent } from 'payload'

import { formatAmountFr } from '../lib/formatAmountFr'
import { mayRecordRefund } from '../payment/staffAccess'
import { RefundButton } from './RefundButton'

/**
 * A paid payment's edit view: "Enregistrer un remboursement…" for those who may (administrators,
 * agents of its service); for a refunded one, nothing more to do (the history says who and why).
 */
export const PaymentRefund: FieldServerComponent = ({ id, data, req }) => {
  if (!id || !data) return null
  if (data.state === 'remboursee') return <p className="field-description">Ce paiement est remboursé : voir l’historique ci-dessous (date, agent, motif).</p>
  if (data.state !== 'payee' || !mayRecordRefund(req.user as never, data.organisation)) return null
  return (
    <section className="field-type" aria-labelledby="remboursement" style={{ margin: '1rem 0 1.5rem' }}>
      <h3 id="remboursement">Remboursement</h3>
      <p className="field-description">PayFiP ne rembourse pas en ligne : la régie reverse la somme, puis vous l’enregistrez ici.</p>
      <RefundButton paymentId={id} amount={formatAmountFr(Number(data.amountCents))} reference={String(data.reference ?? '')} apiRoute={req.payload.config.routes.api} />
    </section>
  )
}
