import { colourProblem } from '../../src/charter/validateColour'
import { contrastRatio, formatRatio, isHexColour, normaliseHex } from '../../src/lib/contrast'

describe('WCAG contrast', () => {
  it('computes the reference ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5)
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5)
    // #767676 on white is the classic 4.54:1 threshold grey
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2)
  })

  it('parses short and long hex colours', () => {
    expect(isHexColour('#abc')).toBe(true)
    expect(isHexColour('#A1B2C3')).toBe(true)
    expect(isHexColour('red')).toBe(false)
    expect(isHexColour('#12345')).toBe(false)
    expect(normaliseHex('#AbC')).toBe('#aabbcc')
  })

  it('formats ratios the French way, rounded down', () => {
    expect(formatRatio(4.499)).toBe('4,49:1')
    expect(formatRatio(21)).toBe('21,00:1')
  })
})

describe('charter colour validation', () => {
  it('accepts colours that carry white text at 4.5:1 or more', () => {
    expect(colourProblem('#1f4e8c')).toBeNull()
    expect(colourProblem('#767676')).toBeNull()
    expect(colourProblem('#000')).toBeNull()
  })

  it('refuses light colours with a French message giving the ratio', () => {
    const message = colourProblem('#ffcc00')
    expect(message).toMatch(/^Contraste insuffisant/)
    expect(message).toContain('#ffcc00')
    expect(message).toContain('4,5:1')
    expect(colourProblem('#777777')).toMatch(/Contraste insuffisant/) // 4.48:1, just under
  })

  it('refuses malformed and missing values', () => {
    expect(colourProblem('bleu')).toMatch(/format hexadécimal/)
    expect(colourProblem('')).toMatch(/obligatoire/)
    expect(colourProblem('#1f4e8c;} body{display:none')).toMatch(/format hexadécimal/)
  })
})
