import { formatEuros } from '@/booking/resourceRules'
import { followUpLinks } from '@/lib/followUpLinks'
import type { AmountDue } from '@/payment/amountDue'
import { paymentMeansLabel, paymentStateLabel } from '@/payment/paymentStates'
import type { Payment } from '@/payload-types'

const dateFr = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Paris' })
const timeFr = new Intl.DateTimeFormat('fr-FR', { timeStyle: 'short', timeZone: 'Europe/Paris' })

/** What the return from PayFiP reports (the state read from PayFiP, never from the return itself). */
const NOTICES: Record<string, string> = {
  payee: 'Votre paiement est reçu. Merci ! Un reçu vous a été envoyé par courriel.',
  refusee: 'Le paiement a été refusé : aucun montant n’a été débité. Vous pouvez réessayer, avec une autre carte ou par prélèvement.',
  abandonnee: 'Le paiement a été abandonné : rien n’a été débité.',
  en_cours: 'Votre paiement est en cours de traitement par PayFiP. Son résultat s’affichera ici dès qu’il sera connu : rechargez cette page dans quelques instants.',
  en_attente: 'Votre paiement est en cours de traitement par PayFiP. Son résultat s’affichera ici dès qu’il sera connu : rechargez cette page dans quelques instants.',
}

/**
 * The payment part of a follow-up page: what the request costs (computed by the server), what was
 * paid, the "Payer" button (a plain form: PayFiP's page follows, with or without JavaScript), the
 * attempts with their state, and each paid receipt to download.
 */
export function PaymentSummary({ token, due, payments, notice, payBefore }: { token: string; due: AmountDue; payments: Payment[]; notice?: string; payBefore?: Date | null }) {
  if (!due.online || (!due.totalCents && !payments.length)) return null
  const left = Math.max(0, due.totalCents - due.paidCents)
  const inFlight = payments.some((p) => p.state === 'en_attente')
  const page = followUpLinks.page(token)
  return (
    <section aria-labelledby="paiement" id="paiement-section">
      <h2 id="paiement">Paiement</h2>
      {notice && NOTICES[notice] ? (
        <p className={`notice${notice === 'refusee' ? ' notice--error' : ''}`} role="status">
          {NOTICES[notice]}
        </p>
      ) : null}
      <dl className="summary-list">
        {due.lines.map((line) => (
          <div className="summary-list__row" key={line.label}>
            <dt>{line.label}</dt>
            <dd>{formatEuros(line.amountCents)}</dd>
          </div>
        ))}
        <div className="summary-list__row">
          <dt>Total</dt>
          <dd>
            <strong>{formatEuros(due.totalCents)}</strong>
          </dd>
        </div>
        {due.paidCents ? (
          <div className="summary-list__row">
            <dt>Déjà payé</dt>
            <dd>{formatEuros(due.paidCents)}</dd>
          </div>
        ) : null}
      </dl>
      {left > 0 && !inFlight ? (
        <form method="post" action={`${page}/paiement`} className="citizen-form">
          <input type="hidden" name="montant" value={String(left)} />
          <p>
            Paiement sécurisé par PayFiP, le service de paiement en ligne de la Direction générale des Finances publiques : par carte bancaire ou par prélèvement.
            {payBefore ? <> Payez avant {timeFr.format(payBefore)} : passé ce délai, vos places sont remises en vente.</> : null}
          </p>
          <button type="submit" className="button">
            Payer {formatEuros(left)} en ligne
          </button>
        </form>
      ) : null}
      {left === 0 && due.paidCents ? <p>Cette demande est entièrement payée.</p> : null}
      {payments.length ? (
        <>
          <h3>Vos paiements</h3>
          <ul className="booking-list">
            {payments.map((p) => (
              <li key={p.id}>
                {dateFr.format(new Date(p.createdAt))} — {formatEuros(p.amountCents)} — <strong>{paymentStateLabel(p.state)}</strong>
                {p.state === 'payee' && p.means ? <> ({paymentMeansLabel(p.means)})</> : null} — référence {p.refdet}
                {p.state === 'payee' || p.state === 'remboursee' ? (
                  <>
                    {' '}
                    — <a href={`${page}/paiement/recu/${encodeURIComponent(p.refdet)}`} download>Télécharger le reçu (PDF)</a>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  )
}
