/**
 * Personal data and secrets removed from any text bound for the logs: error messages, stacks,
 * messages written by Payload, Next.js or a library (decision 0071). Hand-written rather than a
 * PII library: the shapes that matter here are French (telephone numbers, IBAN, NIR) or ours
 * (follow-up tokens, signed ticket codes, the values a failed SQL insert or MongoDB write repeats).
 */

/** What replaces a value that must not reach the logs. */
export const MASKED = '[masqué]'

/** Characters of a URL-safe token (base64url, hex). */
const TOKEN_CHARS = 'A-Za-z0-9_-'

/**
 * A word that names code rather than a secret: camelCase, PascalCase, UPPER_CASE or kebab words,
 * with at most a few digits at the end of a part (SQLITE_CONSTRAINT, processTicksAndRejections).
 */
const IDENTIFIER_PART = /^(?:[A-Z]+|[A-Z]?[a-z]{2,})+\d{0,4}$/

/**
 * Whether a run of URL-safe characters (16 or more) looks like a random secret: long hex, or a
 * mix of upper case, lower case and digits that is not a code identifier. Lower-case kebab or
 * snake words (slugs, chunk names, UUIDs) are kept: random base64url is never all lower case.
 */
export function looksLikeSecret(run: string): boolean {
  if (run.length >= 32 && /^[0-9a-f]+$/i.test(run)) return true
  const upper = /[A-Z]/.test(run)
  const lower = /[a-z]/.test(run)
  const digit = /\d/.test(run)
  if (!(upper && lower) && !(upper && digit)) return false
  if (!digit && run.length < 32) return false
  return !run.split(/[_-]+/).every((part) => part === '' || IDENTIFIER_PART.test(part))
}

interface Rule {
  pattern: RegExp
  replace: string | ((match: string, ...groups: string[]) => string)
}

/** In order: the rules that cut whole sections come before those that replace single values. */
const RULES: Rule[] = [
  // Drizzle repeats a failed query's values after "params:" (the citizen's answers): cut up to the
  // first stack frame, or the end.
  { pattern: /\bparams:[\s\S]*?(?=\n\s+at\s|$)/g, replace: `params: ${MASKED}` },
  // MongoDB repeats the duplicate value of a unique index, and a value it could not cast.
  { pattern: /\bdup key: \{[\s\S]*?\}/g, replace: `dup key: { ${MASKED} }` },
  { pattern: /\b(for value )("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')/g, replace: `$1"${MASKED}"` },
  // Credentials written as headers or cookies.
  { pattern: /\b(Bearer|JWT|Basic)\s+[A-Za-z0-9._~+/=-]+/g, replace: `$1 ${MASKED}` },
  { pattern: /\b(cookie|set-cookie|authorization)(["']?\s*[:=]\s*)("[^"]*"|'[^']*'|[^\n,}]*)/gi, replace: `$1$2${MASKED}` },
  { pattern: /\b(payload-token|[\w-]*session[\w-]*|jeton|token)=([^;\s,&"']+)/gi, replace: `$1=${MASKED}` },
  // E-mail addresses, also URL-encoded (%40).
  { pattern: /[\p{L}\p{N}._%+-]+(?:@|%40)[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/giu, replace: '[courriel]' },
  // JSON Web Tokens, then signed ticket codes (<16>.<22>).
  { pattern: /\beyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*/g, replace: '[jeton]' },
  { pattern: new RegExp(`(?<![${TOKEN_CHARS}])[${TOKEN_CHARS}]{16}\\.[${TOKEN_CHARS}]{22}(?![${TOKEN_CHARS}])`, 'g'), replace: '[billet]' },
  // IBAN (upper case, grouped by four or not), French NIR (15 digits with its key), French telephones.
  { pattern: /(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![A-Za-z0-9])/g, replace: '[iban]' },
  { pattern: /(?<!\d)[12][ .]?\d{2}[ .]?(?:0[1-9]|1[0-2]|[2-9]\d)[ .]?(?:\d{2}|2[AB])[ .]?\d{3}[ .]?\d{3}[ .]?\d{2}(?!\d)/g, replace: '[nir]' },
  { pattern: /(?<![\d+])(?:(?:\+|00)33[ .-]?(?:\(0\)[ .-]?)?|0)[1-9](?:[ .-]?\d{2}){4}(?!\d)/g, replace: '[téléphone]' },
  // Any other long random-looking run: follow-up links, form sessions, reset tokens, API keys.
  {
    pattern: new RegExp(`(?<![${TOKEN_CHARS}])[${TOKEN_CHARS}]{20,}(?![${TOKEN_CHARS}])`, 'g'),
    replace: (run: string) => (looksLikeSecret(run) ? '[jeton]' : run),
  },
]

/** What every rule needs at least one of: @ (or %40), a digit, "=" or ":", a credential's scheme, "for value", or a long URL-safe run. */
const MAY_HOLD_SECRET = new RegExp(`[@%=:\\d]|\\b(?:Bearer|JWT|Basic)\\s|for value|[${TOKEN_CHARS}]{16}`)

/** The longest text kept in a log line: a runaway message must not flood journald. */
export const MAX_TEXT_LENGTH = 4000

/** The text without e-mail addresses, tokens, telephone numbers, IBANs, NIRs nor query values. */
export function scrubText(text: string): string {
  // Most strings of a line (a method, a status word, a slug) can hold none of the above: no rule runs.
  if (!MAY_HOLD_SECRET.test(text)) return text
  // Scrubbed before it is cut, so that no secret is cut in a half the rules no longer recognise.
  let scrubbed = text.slice(0, 16 * MAX_TEXT_LENGTH)
  for (const { pattern, replace } of RULES) {
    scrubbed = scrubbed.replace(pattern, replace as (match: string, ...groups: string[]) => string)
  }
  return scrubbed.length > MAX_TEXT_LENGTH ? scrubbed.slice(0, MAX_TEXT_LENGTH) + '…[tronqué]' : scrubbed
}
