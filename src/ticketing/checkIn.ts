import type { Payload } from 'payload'

import { claimPlaces, NotEnoughPlacesError } from '../places/claims'
import { clockTimeOf, timeFr } from '../lib/clockTime'
import { sessionFr } from './describe'
import { readTicketCode } from './ticketCode'

export interface CheckInOptions {
  door: string
  /** The session being let in; a ticket of another is refused */
  session?: string | null
  by: { id: number | string; name?: string | null }
  now?: Date
}

export interface CheckInVerdict {
  accepted: boolean
  /** Shown big: "Billet valide", "Déjà contrôlé"… */
  verdict: string
  /** The ticket or the reason: "Plein — place E9", "à 20 h 02, porte 2" */
  detail: string
  ticketId?: number | string
}

const dayMonth = new Intl.DateTimeFormat('fr-FR', { day: '2-digit', month: '2-digit', timeZone: 'Europe/Paris' })

/**
 * Lets a ticket in, once. The first scan takes the ticket's single place in the database
 * (`checkin:<id>`, a unique key): two doors scanning one ticket at the same moment get one
 * "valid" and one "already scanned", whichever server answers them. Every scan is recorded.
 */
export async function checkInTicket(payload: Payload, scanned: string, options: CheckInOptions): Promise<CheckInVerdict & { recordId: number | string }> {
  const verdict = await judge(payload, scanned, options)
  const record = await payload.create({
    collection: 'check-ins',
    data: { ticket: verdict.ticketId ?? null, accepted: verdict.accepted, verdict: verdict.verdict, detail: verdict.detail, door: options.door, by: options.by.id, byName: options.by.name ?? null } as never,
    overrideAccess: true,
    depth: 0,
  })
  return { ...verdict, recordId: record.id }
}

async function judge(payload: Payload, scanned: string, { door, session, by, now = new Date() }: CheckInOptions): Promise<CheckInVerdict> {
  const code = readTicketCode(scanned)
  if (!code) return { accepted: false, verdict: 'Code non reconnu', detail: 'Ce code n’a pas été émis par la billetterie (billet falsifié, abîmé ou mal saisi).' }
  const { docs } = await payload.find({ collection: 'tickets', where: { code: { equals: code } }, limit: 1, depth: 0, overrideAccess: true })
  const ticket = docs[0]
  if (!ticket) return { accepted: false, verdict: 'Billet inconnu', detail: 'Aucun billet ne porte ce code.' }
  const what = `${ticket.tariff}${ticket.seat ? ` — place ${ticket.seat}` : ''} — ${ticket.holderName ?? ''}`.replace(/ — $/, '')
  if (ticket.state === 'annule') return { accepted: false, verdict: 'Billet annulé', detail: what, ticketId: ticket.id }
  if (ticket.state === 'attente_paiement') return { accepted: false, verdict: 'Billet non payé', detail: `${what} — le paiement en ligne n’a pas été reçu`, ticketId: ticket.id }
  if (session && ticket.session !== session) {
    return { accepted: false, verdict: 'Autre séance', detail: `${ticket.eventTitle} — ${sessionFr(ticket.sessionStartsAt)}`, ticketId: ticket.id }
  }
  try {
    await claimPlaces(payload, [{ pool: `checkin:${ticket.id}`, capacity: 1, count: 1 }], { holder: `door:${door}` }, now)
  } catch (error) {
    if (!(error instanceof NotEnoughPlacesError)) throw error
    return { accepted: false, verdict: 'Déjà contrôlé', detail: await firstScan(payload, ticket.id), ticketId: ticket.id }
  }
  await payload.update({ collection: 'tickets', id: ticket.id, data: { state: 'utilise', usedAt: now.toISOString(), usedBy: `porte ${door} — ${by.name ?? ''}`.replace(/ — $/, '') }, overrideAccess: true, depth: 0 })
  return { accepted: true, verdict: 'Billet valide', detail: what, ticketId: ticket.id }
}

/** "le 12/12 à 20 h 02, porte 2": when and where the ticket was first let in. */
async function firstScan(payload: Payload, ticketId: number | string): Promise<string> {
  const { docs } = await payload.find({ collection: 'check-ins', where: { and: [{ ticket: { equals: ticketId } }, { accepted: { equals: true } }] }, sort: 'createdAt', limit: 1, depth: 0, overrideAccess: true })
  const first = docs[0]
  // The other door's record may not be written yet: it is being let in at this very moment.
  if (!first) return 'à l’instant, par une autre porte'
  const at = new Date(first.createdAt)
  return `le ${dayMonth.format(at)} à ${timeFr(clockTimeOf(at))}, porte ${first.door ?? '?'}${first.byName ? ` (${first.byName})` : ''}`
}
