import type { FieldServerComponent } from 'payload'

import { caption, cell, headCell, numberCell, scroller, table } from '../../../src/admin/tableStyles'
import { formatEuros } from '../../../src/booking/resourceRules'
import { sessionFr } from '../../../src/ticketing/describe'
import { loadEvent } from '../../../src/ticketing/events'
import { eventReport, fillRateFr, type SessionReport as Report } from '../../../src/ticketing/sessionReport'
import { mayCancelSession, mayReadAttendees } from '../../../src/ticketing/staffAccess'
import { ticketStateLabel } from '../../../src/ticketing/ticketStates'
import { CancelSessionButton } from './CancelSessionButton'

const fr = (n: number) => n.toLocaleString('fr-FR')
// A sum, not a price: nothing sold is "0,00 €", not "gratuit".
const sumFr = (cents: number) => (cents ? formatEuros(cents) : '0,00 €')
const checkedAt = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', hour: 'numeric', minute: '2-digit' })

/**
 * A show's "Bilan des séances", below its sessions: for each session its orders, places sold against
 * its gauge and fill rate, tickets by tariff, its attendees (checked in or not) with CSV and XLSX
 * exports, and the action that cancels it. Figures are read from the saved show and its tickets.
 */
export const SessionReport: FieldServerComponent = async ({ id, req }) => {
  const user = req.user as never
  if (!id) return <p className="field-description">Le bilan des séances apparaît une fois le spectacle enregistré.</p>
  const event = await loadEvent(req.payload, id)
  if (!event) return null
  const attendees = mayReadAttendees(user, event.organisation)
  const canCancel = mayCancelSession(user)
  if (!attendees && !canCancel) return null
  const reports = await eventReport(req.payload, event)
  return (
    <section className="field-type" aria-labelledby="bilan-seances" style={{ margin: '1.5rem 0 2rem' }}>
      <h3 id="bilan-seances">Bilan des séances</h3>
      <p className="field-description">
        Pour arrêter les ventes d’une séance sans l’annuler, cochez « Ventes closes » dans la séance puis enregistrez : les billets vendus restent valables. « Annuler la séance » annule aussi
        tous ses billets (les places sont libérées) et prévient les acheteurs par courriel.
      </p>
      {reports.map((report) => (
        <SessionBlock key={report.session.id} eventId={event.id} report={report} attendees={attendees} canCancel={canCancel} />
      ))}
    </section>
  )
}

function SessionBlock({ eventId, report, attendees, canCancel }: { eventId: number | string; report: Report; attendees: boolean; canCancel: boolean }) {
  const { session } = report
  const when = sessionFr(session.startsAt)
  const status = session.cancelled ? 'Annulée' : session.salesClosed ? 'Ventes closes' : Date.parse(session.startsAt) <= Date.now() ? 'Passée' : 'En vente'
  const base = `/api/events/${encodeURIComponent(String(eventId))}/seances/${encodeURIComponent(session.id)}/participants`
  return (
    <section aria-label={`Séance du ${when}`} style={{ borderTop: '1px solid var(--theme-elevation-150)', padding: '1rem 0' }}>
      <h4 style={{ margin: '0 0 0.5rem' }}>
        {when} — <span>{status}</span>
      </h4>
      <dl style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '0.15rem 1rem', margin: '0 0 0.5rem' }}>
        <dt>Commandes</dt>
        <dd style={{ margin: 0 }}>{fr(report.orders)}</dd>
        <dt>Places vendues</dt>
        <dd style={{ margin: 0 }}>
          {fr(report.sold)} sur {fr(report.capacity)} — taux de remplissage {fillRateFr(report.fillRate)}
        </dd>
        <dt>Contrôlés à l’entrée</dt>
        <dd style={{ margin: 0 }}>{fr(report.checkedIn)}</dd>
        {report.cancelled ? (
          <>
            <dt>Billets annulés</dt>
            <dd style={{ margin: 0 }}>{fr(report.cancelled)}</dd>
          </>
        ) : null}
        <dt>Montant des billets</dt>
        <dd style={{ margin: 0 }}>{sumFr(report.amountCents)}</dd>
      </dl>
      <table style={table}>
        <caption style={caption}>Billets par tarif — séance du {when}</caption>
        <thead>
          <tr>
            <th scope="col" style={headCell}>Tarif</th>
            <th scope="col" style={headCell}>Billets</th>
            <th scope="col" style={headCell}>Montant</th>
          </tr>
        </thead>
        <tbody>
          {report.byTariff.map((t) => (
            <tr key={t.tariff}>
              <th scope="row" style={cell}>{t.tariff}</th>
              <td style={numberCell}>{fr(t.sold)}</td>
              <td style={numberCell}>{sumFr(t.amountCents)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {attendees ? (
        <>
          <p>
            Exporter les participants : <a href={`${base}.xlsx`} download>Excel (XLSX)</a> · <a href={`${base}.csv`} download>CSV</a>
          </p>
          <details>
            <summary>Liste des participants ({fr(report.attendees.length)} billets)</summary>
            {report.attendees.length ? (
              <div style={scroller}>
                <table style={table}>
                  <caption style={caption}>Participants — séance du {when}</caption>
                  <thead>
                    <tr>
                      {['Nom', 'Demande n°', 'Tarif', 'Place', 'État', 'Entrée'].map((h) => (
                        <th key={h} scope="col" style={headCell}>{h}</th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {report.attendees.map((a) => (
                      <tr key={a.id}>
                        <th scope="row" style={cell}>{a.name || '(sans nom)'}</th>
                        <td style={cell}>
                          <a href={`/admin/collections/tickets/${encodeURIComponent(String(a.id))}`}>{a.reference}</a>
                        </td>
                        <td style={cell}>{a.tariff}</td>
                        <td style={cell}>{a.seat || '—'}</td>
                        <td style={cell}>{ticketStateLabel(a.state)}</td>
                        <td style={cell}>{a.checkedIn ? `Contrôlé${a.usedAt ? ` à ${checkedAt.format(new Date(a.usedAt)).replace(':', ' h ')}` : ''}` : 'Non contrôlé'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : (
              <p>Aucun billet vendu pour cette séance.</p>
            )}
          </details>
        </>
      ) : null}
      {canCancel && !session.cancelled ? <CancelSessionButton eventId={eventId} sessionId={session.id} when={when} sold={report.sold - report.checkedIn} /> : null}
    </section>
  )
}
