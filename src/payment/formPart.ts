/**
 * The part of a request's price that its form's own settings set (fixed or from the answers).
 * Wired to the form price rules (src/payment/formPrice.ts) once they land.
 */
export function formPart(_version: unknown, _answers: Record<string, unknown>): { amountCents: number; lines: Array<{ label: string; amountCents: number }> } {
  return { amountCents: 0, lines: [] }
}
