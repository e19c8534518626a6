import { formatAmountFr } from '@/lib/formatAmountFr'
import { priceAnnouncement, type PriceConfig } from '@/payment/formPrice'

/** The first page of a paid démarche says so before any answer: its amount, or that it depends on them. */
export function PriceNotice({ config }: { config: PriceConfig | null | undefined }) {
  const announced = priceAnnouncement(config)
  if (!announced) return null
  const amount = !announced.dependsOnAnswers
    ? <>Montant : {formatAmountFr(announced.fixedCents)}.</>
    : announced.fixedCents > 0
      ? <>Montant : à partir de {formatAmountFr(announced.fixedCents)}, selon vos réponses ; il est affiché avant l’envoi.</>
      : <>Montant : selon vos réponses ; il est affiché avant l’envoi.</>
  return (
    <p className="notice" data-price-notice>
      <strong>Démarche payante, à régler en ligne</strong> (carte bancaire ou prélèvement) après l’envoi de votre demande. {amount}
    </p>
  )
}
