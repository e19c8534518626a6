import { formPrice, type PricedForm } from './formPrice'

/**
 * The part of a request's price that its form's own settings set (fixed or from the answers),
 * from the form version the request answered: a price changed later does not change it.
 */
export function formPart(version: unknown, answers: Record<string, unknown>): { amountCents: number; lines: Array<{ label: string; amountCents: number }> } {
  const form = version as PricedForm
  if (!form?.payment?.enabled) return { amountCents: 0, lines: [] }
  return formPrice(form, answers)
}
