import { isoDateOf } from '../lib/calendarDate'

/**
 * "Demander un complément" (CRPA L114-5): the agent lists the missing pieces, one per line, and
 * the date by which the citizen sends them. Shared by the workflow hook (which enforces it), the
 * agent's page (which prefills it) and the citizen's follow-up page.
 */
export const COMPLEMENT_DEFAULT_DAYS = 15

export const NO_PIECES = 'Indiquez au moins une pièce ou information manquante (une par ligne).'
export const BAD_PIECES_DATE = 'La date limite d’envoi des pièces doit être une date à venir (jj/mm/aaaa).'
export const NO_REFUSAL_REASON = 'Indiquez le motif du refus : une décision de refus doit être motivée (CRPA, art. L211-2).'

/** One piece per non-empty line, trimmed, at most 50 pieces of 300 characters. */
export function piecesOf(text: unknown): string[] {
  if (typeof text !== 'string') return []
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*[-•*]\s*/, '').trim().slice(0, 300))
    .filter(Boolean)
    .slice(0, 50)
}

/** The default deadline, as "YYYY-MM-DD" (Paris day): today plus 15 days. */
export function defaultPiecesDueDay(now = new Date()): string {
  return isoDateOf(new Date(now.getTime() + COMPLEMENT_DEFAULT_DAYS * 86_400_000))
}

/**
 * The deadline typed by the agent ("YYYY-MM-DD" or an ISO instant) as the end of that Paris day
 * (stored at 12:00 UTC so that every time zone reads the same day), or null when it is not a day
 * strictly after today.
 */
export function piecesDueDay(value: unknown, now = new Date()): string | null {
  if (typeof value !== 'string') return null
  const day = value.trim().slice(0, 10)
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(Date.parse(`${day}T12:00:00Z`))) return null
  if (day <= isoDateOf(now)) return null
  return `${day}T12:00:00.000Z`
}
