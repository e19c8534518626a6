export const POSTAL_CODE_ERROR = 'Le code postal doit comporter 5 chiffres, par exemple 56890.'

/** French postal code: 5 digits ("56 890" accepted), not starting with 00. */
export function readPostalCode(raw: string): string | null {
  const code = raw.replace(/\s/g, '')
  return /^(?!00)\d{5}$/.test(code) ? code : null
}
