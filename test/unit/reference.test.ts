import { formatReference, parseReference } from '../../src/submissions/reference'
import { newSecureToken, SECURE_TOKEN_PATTERN, sameSecret } from '../../src/lib/secureToken'
import { readFormStamp, signedTimestamp } from '../../src/intake/antiAbuse'

describe('references', () => {
  it('are YYYY-NNNNNN and parse back', () => {
    expect(formatReference(2026, 123)).toBe('2026-000123')
    expect(formatReference(2026, 1_234_567)).toBe('2026-1234567')
    expect(parseReference('2026-000123')).toEqual({ year: 2026, sequence: 123 })
    expect(parseReference('2026-12')).toBeNull()
  })
})

describe('secrets', () => {
  it('follow-up tokens carry 192 random bits, URL-safe, all distinct', () => {
    const tokens = new Set(Array.from({ length: 2000 }, newSecureToken))
    expect(tokens.size).toBe(2000)
    for (const t of tokens) expect(t).toMatch(SECURE_TOKEN_PATTERN)
  })
  it('are compared whole', () => {
    const t = newSecureToken()
    expect(sameSecret(t, t)).toBe(true)
    expect(sameSecret(t, `${t.slice(0, -1)}x`)).toBe(t.endsWith('x'))
    expect(sameSecret(t, t.slice(0, 10))).toBe(false)
  })
  it('form timestamps are signed: a forged or altered one is refused', () => {
    const now = Date.now()
    const stamp = signedTimestamp(7, now - 5000)
    expect(readFormStamp(stamp, 7, now)).toEqual({ shownAt: now - 5000, seconds: 5, renew: false })
    const [ms, mac] = stamp.split('.')
    expect(readFormStamp(`${Number(ms) - 60_000}.${mac}`, 7, now)).toBeNull()
    expect(readFormStamp('garbage', 7, now)).toBeNull()
    expect(readFormStamp(stamp, 8, now)).toBeNull() // signed for another form
  })
})

import { csvCell, csvRow } from '../../src/submissions/csv'

describe('CSV cells', () => {
  it('quotes separators and quotes, and neutralises formulas', () => {
    expect(csvCell('Le Goff; Anne')).toBe('"Le Goff; Anne"')
    expect(csvCell('dit "Nono"')).toBe('"dit ""Nono"""')
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"')
    expect(csvCell('+33612345678')).toBe("'+33612345678")
    expect(csvCell(null)).toBe('')
    // A negative French number stays a number; anything more after a minus is neutralised.
    expect(csvCell('-36,00')).toBe('-36,00')
    expect(csvCell('-2+3')).toBe("'-2+3")
    expect(csvRow(['a', 1, ['x', 'y']])).toBe('a;1;x / y\r\n')
  })
})
