/**
 * Formats staff can impose on a text without writing a regular expression (none is ever run from
 * staff input: no ReDoS, and a format staff can read): `9` a digit, `A` a letter, `*` a letter or
 * a digit; any other character is written as is. "AA-999-AA" takes "ab123cd", "AB 123 CD" or
 * "AB-123-CD" and stores "AB-123-CD".
 */
const SLOTS: Record<string, RegExp> = { '9': /^[0-9]$/, A: /^[A-Z]$/, '*': /^[A-Z0-9]$/ }

export const MASK_MAX_LENGTH = 60

/** Whether a mask can be used: 1 to 60 characters, at least one slot. */
export const isUsableMask = (mask: string): boolean => mask.length > 0 && mask.length <= MASK_MAX_LENGTH && [...mask].some((c) => c in SLOTS)

/** The typed text in the mask's format, or null when it does not fit. Letters are upper-cased. */
export function applyMask(mask: string, typed: string): string | null {
  const literals = new Set([...mask].filter((c) => !(c in SLOTS)).map((c) => c.toUpperCase()))
  // What the citizen typed, without separators: the mask's own literals, spaces, dashes, dots.
  const chars = [...typed.normalize('NFC').toUpperCase()].filter((c) => !literals.has(c) && !/[\s\-./]/.test(c))
  let next = 0
  let out = ''
  for (const slot of mask) {
    const rule = SLOTS[slot]
    if (!rule) {
      out += slot
      continue
    }
    const c = chars[next++]
    if (c === undefined || !rule.test(c)) return null
    out += c
  }
  return next === chars.length ? out : null
}

/** "AA-999-AA" → "2 lettres, un tiret, 3 chiffres, un tiret, 2 lettres" is long; an example reads better: "AB-123-CD". */
export function maskExample(mask: string): string {
  const letters = 'ABCDEFGH'
  let digit = 1
  let letter = 0
  return [...mask]
    .map((c) => (c === '9' ? String(digit++ % 10) : c === 'A' ? letters[letter++ % letters.length] : c === '*' ? String(digit++ % 10) : c))
    .join('')
}
