import { isLuhnValid, isValidSiret } from '../../../src/lib/luhn'

describe('luhn', () => {
  it('checks the Luhn sum', () => {
    expect(isLuhnValid('73282932000074')).toBe(true)
    expect(isLuhnValid('73282932000075')).toBe(false)
    expect(isLuhnValid('732829320')).toBe(true) // the SIREN alone
    expect(isLuhnValid('4539578763621486')).toBe(true) // card-style, even length
    expect(isLuhnValid('79927398713')).toBe(true) // odd length
    expect(isLuhnValid('79927398710')).toBe(false)
    expect(isLuhnValid('')).toBe(false)
    expect(isLuhnValid('7328 2932')).toBe(false)
  })
  it('validates SIRETs, with La Poste’s exception', () => {
    expect(isValidSiret('73282932000074')).toBe(true)
    expect(isValidSiret('73282932000075')).toBe(false)
    expect(isValidSiret('7328293200007')).toBe(false)
    // La Poste: fails Luhn, digit sum 45.
    expect(isLuhnValid('35600000049837')).toBe(false)
    expect(isValidSiret('35600000049837')).toBe(true)
    expect(isValidSiret('35600000049838')).toBe(false)
    // The exception is La Poste's only: same digit sum elsewhere is refused.
    expect(isValidSiret('35600000149836')).toBe(false)
  })
})
