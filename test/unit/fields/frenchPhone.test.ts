import { formatFrenchPhone, normaliseFrenchPhone, toFrenchNationalNumber } from '../../../src/lib/frenchPhone'

describe('frenchPhone', () => {
  it('normalises the usual French writings to E.164', () => {
    for (const s of ['06 12 34 56 78', '06.12.34.56.78', '06-12-34-56-78', '0612345678', '+33 6 12 34 56 78', '+33612345678', '0033612345678', '+33 (0)6 12 34 56 78', '+330612345678']) {
      expect(normaliseFrenchPhone(s)).toBe('+33612345678')
    }
  })
  it('gives overseas departments their own country code', () => {
    expect(normaliseFrenchPhone('0692 12 34 56')).toBe('+262692123456')
    expect(normaliseFrenchPhone('+262 692 12 34 56')).toBe('+262692123456')
    expect(normaliseFrenchPhone('05 96 12 34 56')).toBe('+596596123456')
    expect(formatFrenchPhone('+262692123456')).toBe('06 92 12 34 56')
    // +262 with a mainland number is not a French number.
    expect(normaliseFrenchPhone('+262 6 12 34 56 78')).toBeNull()
  })
  it('refuses what is not a 10-digit French number', () => {
    for (const s of ['', '0612', '061234567890', '0012345678', '+44 20 7946 0958', '+33 12 34', 'abcdefghij', '1'.repeat(50)]) {
      expect(normaliseFrenchPhone(s)).toBeNull()
    }
  })
  it('formats E.164 as pairs of digits, leaves anything else unchanged', () => {
    expect(formatFrenchPhone('+33612345678')).toBe('06 12 34 56 78')
    expect(formatFrenchPhone('+33297123456')).toBe('02 97 12 34 56')
    expect(formatFrenchPhone('+442079460958')).toBe('+442079460958')
    expect(formatFrenchPhone('n’importe quoi')).toBe('n’importe quoi')
  })
  it('gives the national number', () => {
    expect(toFrenchNationalNumber('+33 6 12 34 56 78')).toBe('0612345678')
  })
})
