/**
 * A show's sales rules, free of Payload and UI: which sessions are on sale, the seat plan of a
 * numbered session, and whether a posted order fits (quantities, tariffs, seats). Amounts are
 * computed here from the show's tariffs, never read from a post.
 */

export interface TariffRules {
  id?: string | null
  name: string
  price?: number | null
  quota?: number | null
  description?: string | null
}

export interface SessionRules {
  id?: string | null
  startsAt: string
  capacity?: number | null
  salesClosed?: boolean | null
  /** Cancelled by staff: its tickets are cancelled and it never sells again */
  cancelled?: boolean | null
  seating?: 'libre' | 'numerote' | null
  rows?: string | null
  seatsPerRow?: number | null
}

export interface EventRules {
  id: number | string
  title: string
  tariffs?: TariffRules[] | null
  sessions?: SessionRules[] | null
  maxPerOrder?: number | null
}

export interface OrderLine {
  tariff: string
  name: string
  quantity: number
  unitCents: number
}

export interface PostedOrder {
  session: string
  /** Quantities by tariff id, as posted */
  quantities: Record<string, string>
  seats: string[]
}

export type OrderCheck =
  | { ok: true; session: SessionRules & { id: string }; lines: OrderLine[]; seats: string[]; amountCents: number; total: number }
  | { ok: false; error: string; input?: string }

export const maxPerOrderOf = (event: EventRules): number => Math.max(1, Math.floor(event.maxPerOrder ?? 8))
export const unitCents = (tariff: TariffRules): number => (tariff.price && tariff.price > 0 ? Math.round(tariff.price * 100) : 0)

/** "A"…"L" × 1…20 → ["A1", …, "L20"]; an unreadable plan has no seat. */
export function seatPlan(session: SessionRules): string[][] {
  if (session.seating !== 'numerote') return []
  const last = (session.rows ?? '').trim().toUpperCase()
  const perRow = Math.floor(session.seatsPerRow ?? 0)
  if (!/^[A-Z]$/.test(last) || perRow < 1) return []
  const rows: string[][] = []
  for (let code = 65; code <= last.charCodeAt(0); code += 1) {
    const row = String.fromCharCode(code)
    rows.push(Array.from({ length: perRow }, (_, i) => `${row}${i + 1}`))
  }
  return rows
}

/** How many places a session has: its seat plan, or its capacity. */
export function sessionCapacity(session: SessionRules): number {
  const plan = seatPlan(session)
  return plan.length ? plan.reduce((sum, row) => sum + row.length, 0) : Math.max(0, Math.floor(session.capacity ?? 0))
}

/** Whether a session sells now: not cancelled nor closed by staff, not begun. */
export const onSale = (session: SessionRules, now: Date): boolean => !session.cancelled && !session.salesClosed && Date.parse(session.startsAt) > now.getTime()

/** Why a session does not sell, as the agenda and the ticket picker say it. */
export const notOnSaleText = (session: SessionRules): string => (session.cancelled ? 'Annulée' : 'Ventes closes')

/** Whether an order fits the show's rules at `now` (the places themselves are the database's). */
export function checkOrder(event: EventRules, posted: PostedOrder, now: Date): OrderCheck {
  const session = (event.sessions ?? []).find((s) => s.id === posted.session)
  if (!session?.id) return { ok: false, error: 'Choisissez une des séances proposées.' }
  if (session.cancelled) return { ok: false, error: 'Cette séance est annulée : choisissez-en une autre.' }
  if (!onSale(session, now)) return { ok: false, error: Date.parse(session.startsAt) <= now.getTime() ? 'Cette séance a déjà commencé : choisissez-en une autre.' : 'La vente est close pour cette séance.' }
  const max = maxPerOrderOf(event)
  const lines: OrderLine[] = []
  for (const tariff of event.tariffs ?? []) {
    if (!tariff.id) continue
    const raw = (posted.quantities[tariff.id] ?? '').trim()
    if (!raw) continue
    if (!/^\d{1,4}$/.test(raw) || Number(raw) > max) return { ok: false, error: `Indiquez un nombre de billets entre 0 et ${max}.`, input: `tarif.${tariff.id}` }
    const quantity = Number(raw)
    if (quantity > 0) lines.push({ tariff: tariff.id, name: tariff.name, quantity, unitCents: unitCents(tariff) })
  }
  if (Object.keys(posted.quantities).some((id) => !(event.tariffs ?? []).some((t) => t.id === id) && posted.quantities[id].trim() && posted.quantities[id].trim() !== '0')) {
    return { ok: false, error: 'Choisissez parmi les tarifs proposés.' }
  }
  const total = lines.reduce((sum, line) => sum + line.quantity, 0)
  if (total < 1) return { ok: false, error: 'Indiquez combien de billets vous souhaitez, pour au moins un tarif.' }
  if (total > max) return { ok: false, error: `Vous pouvez prendre au plus ${max} billets par commande.` }
  let seats: string[] = []
  const plan = seatPlan(session)
  if (plan.length) {
    const known = new Set(plan.flat())
    seats = [...new Set(posted.seats.map((s) => s.trim().toUpperCase()).filter(Boolean))]
    if (seats.some((s) => !known.has(s))) return { ok: false, error: 'Choisissez vos places sur le plan de la salle.', input: 'places' }
    if (seats.length !== total) return { ok: false, error: `Choisissez ${total} place${total > 1 ? 's' : ''} sur le plan : vous en avez choisi ${seats.length}.`, input: 'places' }
  }
  return { ok: true, session: session as SessionRules & { id: string }, lines, seats, amountCents: lines.reduce((sum, l) => sum + l.quantity * l.unitCents, 0), total }
}
