/**
 * An amount in cents written the French way: "36,00 €", "1 234,50 €" (narrow no-break space between
 * thousands, no-break space before the euro sign, so it never wraps away from its number).
 */
// One formatter for the process: building an Intl.NumberFormat costs more than formatting.
const euros = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', minimumFractionDigits: 2, maximumFractionDigits: 2 })

export function formatAmountFr(cents: number): string {
  // Integer cents divided once: 10 cents → 0.1, formatted "0,10 €" (no sum of floats).
  return euros.format(Math.round(cents) / 100)
}
