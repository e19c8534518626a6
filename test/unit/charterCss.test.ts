import { charterCss } from '../../src/charter/charterCss'
import { CHARTER_FONTS } from '../../src/charter/fonts'
import fs from 'node:fs'
import path from 'node:path'

describe('charterCss', () => {
  it('exposes the charter colours and font as custom properties', () => {
    const css = charterCss({ primaryColor: '#123456', secondaryColor: '#654321', accentColor: '#A00', font: 'lato' })
    expect(css).toContain('--color-primary:#123456')
    expect(css).toContain('--color-secondary:#654321')
    expect(css).toContain('--color-accent:#aa0000')
    expect(css).toContain('--font-body:"Lato"')
    expect(css).toContain('url(/fonts/lato-400.woff2)')
  })

  it('never lets an invalid value into the stylesheet', () => {
    const css = charterCss({ primaryColor: 'red;}*{display:none', font: '"><script>' })
    expect(css).not.toContain('display:none')
    expect(css).not.toContain('<script>')
    expect(css).toContain('--color-primary:#1f4e8c')
  })

  it('ships every font file it offers', () => {
    for (const font of CHARTER_FONTS) {
      for (const { file } of font.files) {
        expect(fs.existsSync(path.join(process.cwd(), 'public', file))).toBe(true)
      }
    }
  })
})
