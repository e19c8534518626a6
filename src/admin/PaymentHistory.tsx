import type { FieldServerComponent } from 'payload'

import { PAYMENT_SOURCES, paymentStateLabel } from '../payment/paymentStates'
import type { PaymentEvent } from '../payload-types'
import { caption, cell, headCell, scroller, table } from './tableStyles'

const at = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit' })
const sourceLabel = (source: string | null | undefined) => PAYMENT_SOURCES.find((s) => s.value === source)?.label ?? source ?? ''

/** A payment's history as one table: when, from which state to which, what moved it, details. */
export function PaymentHistoryTable({ events }: { events: Array<Pick<PaymentEvent, 'id' | 'at' | 'from' | 'to' | 'source' | 'detail'>> }) {
  if (!events.length) return <p>Aucun événement enregistré.</p>
  return (
    <div style={scroller}>
      <table style={table}>
        <caption style={caption}>Historique du paiement</caption>
        <thead>
          <tr>
            <th scope="col" style={headCell}>Date</th>
            <th scope="col" style={headCell}>Passage</th>
            <th scope="col" style={headCell}>Origine</th>
            <th scope="col" style={headCell}>Détail</th>
          </tr>
        </thead>
        <tbody>
          {events.map((e) => (
            <tr key={e.id}>
              <td style={{ ...cell, whiteSpace: 'nowrap' }}>{at.format(new Date(e.at))}</td>
              <td style={cell}>{e.from ? `${paymentStateLabel(e.from)} → ${paymentStateLabel(e.to)}` : paymentStateLabel(e.to)}</td>
              <td style={cell}>{sourceLabel(e.source)}</td>
              <td style={cell}>{e.detail ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

/** The payment's edit view: its transitions (payment-events), oldest first, in place of the join's list. */
export const PaymentHistory: FieldServerComponent = async ({ id, req }) => {
  if (!id) return null
  const { docs } = await req.payload.find({ collection: 'payment-events', where: { payment: { equals: id } }, sort: 'at', limit: 200, depth: 0, user: req.user, overrideAccess: false })
  return (
    <section className="field-type" aria-labelledby="historique-paiement" style={{ margin: '1rem 0 2rem' }}>
      <h3 id="historique-paiement">Historique</h3>
      <PaymentHistoryTable events={docs} />
    </section>
  )
}
