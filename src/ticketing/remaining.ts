/** What is left of a session, as the agenda and the ticket picker say it: "Plus que 12 places", "Complet". */
export function remainingText(left: number): string {
  if (left <= 0) return 'Complet'
  if (left <= 20) return `Plus que ${left} place${left > 1 ? 's' : ''}`
  return 'Places disponibles'
}
