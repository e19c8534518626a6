/**
 * Characters a citizen never means to type, removed from every text value before it is parsed,
 * stored or exported (decision 0024): C0 controls (U+0000–U+001F), DEL (U+007F), C1 controls
 * (U+0080–U+009F) and the bidi embedding/override/isolate controls (U+202A–U+202E,
 * U+2066–U+2069), which can make an export or an e-mail show text in another order than stored.
 * Long text (multiline) keeps tab, line feed and carriage return; in a one-line value they become
 * a space, so "Jean\nMartin" stays two words.
 */
const STRIPPED = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g
const LINE_WHITESPACE = /[\t\n\r]+/g

export function stripControlCharacters(value: string, options: { multiline: boolean }): string {
  const stripped = value.replace(STRIPPED, '')
  return options.multiline ? stripped : stripped.replace(LINE_WHITESPACE, ' ')
}

/**
 * True when the text could not have come from valid UTF-8: multipart bodies are decoded with
 * replacement, so invalid bytes arrive as U+FFFD (and a lone surrogate has no UTF-8 form at all).
 */
export function hasInvalidUtf8(value: string): boolean {
  return /\uFFFD|\p{Cs}/u.test(value)
}
