/**
 * Whether a form (or the form version a request answered) asks to pay online. Staff switch it on
 * per form (the "Paiement" settings); the version stored with a request keeps the switch as it was.
 */
export function paymentOnline(form: { payment?: { enabled?: boolean | null } | null } | null | undefined): boolean {
  return Boolean(form?.payment?.enabled)
}
