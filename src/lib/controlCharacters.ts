/**
 * Characters a citizen never means to type, removed from every text value before it is stored or
 * exported (decision 0024): C0 controls (U+0000–U+001F), DEL (U+007F), C1 controls
 * (U+0080–U+009F) and the bidi embedding/override/isolate controls (U+202A–U+202E,
 * U+2066–U+2069) that can make an export or an e-mail display text in another order than stored.
 * Long text (multiline) keeps tab, line feed and carriage return.
 */
const MULTILINE_STRIPPED = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g
const SINGLE_LINE_STRIPPED = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g

export function stripControlCharacters(value: string, options: { multiline: boolean }): string {
  if (options.multiline) return value.replace(MULTILINE_STRIPPED, '')
  // A tab in a one-line value is a space the user meant; line breaks go, as browsers drop them.
  return value.replace(/\t/g, ' ').replace(SINGLE_LINE_STRIPPED, '')
}

/**
 * True when the text could not have been decoded from valid UTF-8: multipart bodies are decoded
 * with replacement, so invalid bytes arrive as U+FFFD (a lone surrogate cannot be encoded either).
 */
export function hasInvalidUtf8(value: string): boolean {
  return /[\uFFFD]|\p{Cs}/u.test(value)
}
