/**
 * The number of an association in the Répertoire national des associations: "W" then 9 digits or
 * capital letters (the département part may hold a letter: "2A", "2B"). Spaces and case are
 * forgiven: "w 563 000 123" → "W563000123"; anything else → null.
 */
export function readRna(typed: string): string | null {
  const value = typed.replace(/[\s.-]/g, '').toUpperCase()
  return /^W[0-9][0-9A-Z][0-9]{7}$/.test(value) ? value : null
}
