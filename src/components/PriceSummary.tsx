import { formatAmountFr } from '@/lib/formatAmountFr'
import type { FormPrice } from '@/payment/formPrice'

/**
 * The amount of a paid démarche on the check page, before sending: its lines and "Montant à régler",
 * as the server computed them from the answers it holds. Nothing when there is nothing to pay.
 */
export function PriceSummary({ price }: { price: FormPrice }) {
  if (price.amountCents <= 0) return null
  return (
    <section aria-labelledby="recap-montant" className="price-summary">
      <h2 id="recap-montant">Montant à régler</h2>
      <dl className="summary-list">
        {price.lines.map((line, index) => (
          <div key={index} className="summary-list__row">
            <dt>{line.label}</dt>
            <dd>{formatAmountFr(line.amountCents)}</dd>
          </div>
        ))}
      </dl>
      <p className="price-summary__total">
        <strong>Montant à régler : {formatAmountFr(price.amountCents)}</strong>
      </p>
      <p>Vous paierez en ligne, par carte bancaire ou prélèvement, après l’envoi de votre demande.</p>
    </section>
  )
}
