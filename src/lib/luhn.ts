/** Luhn checksum (SIREN, SIRET, card numbers): digits only, rightmost digit is the check digit. */
export function isLuhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false
  let sum = 0
  for (let i = 0; i < digits.length; i += 1) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48
    if (i % 2 === 1) {
      d *= 2
      if (d > 9) d -= 9
    }
    sum += d
  }
  return sum % 10 === 0
}

/** La Poste's establishments share SIREN 356000000, whose NICs cannot all pass Luhn. */
export const LA_POSTE_SIREN = '356000000'

/**
 * A SIRET (14 digits) is valid when it passes Luhn, or, for La Poste's establishments, when the
 * sum of its digits is a multiple of 5 (INSEE's exception rule).
 */
export function isValidSiret(siret: string): boolean {
  if (!/^\d{14}$/.test(siret)) return false
  if (isLuhnValid(siret)) return true
  if (!siret.startsWith(LA_POSTE_SIREN)) return false
  const sum = [...siret].reduce((acc, c) => acc + Number(c), 0)
  return sum % 5 === 0
}
