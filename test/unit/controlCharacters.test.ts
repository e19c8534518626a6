import { hasInvalidUtf8, stripControlCharacters } from '../../src/lib/controlCharacters'
import { csvCell, csvRow } from '../../src/submissions/csv'
import { exportText } from '../../src/submissions/exportRows'

const C0_EXCEPT_TAB_LF_CR = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).filter((c) => !'\t\n\r'.includes(c))
const C1 = Array.from({ length: 32 }, (_, i) => String.fromCharCode(0x80 + i))
const BIDI = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069']
/** Any control or bidi character left in a text (what an export must never hold). */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/

describe('stripControlCharacters (decision 0024)', () => {
  it('removes every C0 control but tab and line breaks, DEL, every C1 control and the bidi overrides and isolates', () => {
    for (const c of [...C0_EXCEPT_TAB_LF_CR, '\u007f', ...C1, ...BIDI]) {
      expect([c.charCodeAt(0).toString(16), stripControlCharacters(`a${c}b`, { multiline: true })]).toEqual([c.charCodeAt(0).toString(16), 'ab'])
      expect(stripControlCharacters(`a${c}b`, { multiline: false })).toBe('ab')
    }
  })
  it('"Mar\\u0000tin" becomes "Martin"; a terminal escape loses its ESC', () => {
    expect(stripControlCharacters('Mar\u0000tin', { multiline: false })).toBe('Martin')
    expect(stripControlCharacters('\u001b[31malerte\u0007', { multiline: true })).toBe('[31malerte')
  })
  it('long text keeps tab, LF and CR; one-line text turns each run of them into one space', () => {
    expect(stripControlCharacters('a\tb\r\nc\nd', { multiline: true })).toBe('a\tb\r\nc\nd')
    expect(stripControlCharacters('a\tb\r\nc\nd', { multiline: false })).toBe('a b c d')
  })
  it('keeps ordinary text: accents, other scripts, emoji, LRM/RLM, non-breaking and narrow spaces, U+FFFD', () => {
    const text = 'Éloïse Ø’Brien — 李 محمد שלום 😀 a\u200e\u200fb 10\u00a0€ «\u202fok\u202f» \uFFFD'
    expect(stripControlCharacters(text, { multiline: false })).toBe(text)
  })
})

describe('hasInvalidUtf8', () => {
  it('is true when a replacement character or a lone surrogate is in the text', () => {
    expect(hasInvalidUtf8('Caf\uFFFD')).toBe(true)
    expect(hasInvalidUtf8('a\ud800b')).toBe(true)
    expect(hasInvalidUtf8('a\udc00')).toBe(true)
  })
  it('is false for valid text, astral characters included', () => {
    expect(hasInvalidUtf8('Café 😀 𝔘')).toBe(false)
    expect(hasInvalidUtf8('')).toBe(false)
  })
  it('matches what decoding invalid bytes with replacement gives, as multipart parsing does', () => {
    const decoded = new TextDecoder('utf-8').decode(Buffer.from([0x43, 0x61, 0x66, 0xc3, 0x28, 0xff]))
    expect(hasInvalidUtf8(decoded)).toBe(true)
  })
})

describe('exports never carry control characters', () => {
  it('a CSV cell holds no control or bidi character, line breaks kept inside quotes', () => {
    const cell = csvCell(`Mar\u0000tin\u0007\u001b[31m\u202e\u0085`)
    expect(cell).toBe('Martin[31m')
    expect(CONTROL.test(csvRow(['a\u0000', 'b\u0001\nc', null, ['x\u007f', 'y']]))).toBe(false)
    expect(csvCell('ligne 1\nligne 2')).toBe('"ligne 1\nligne 2"')
  })
  it('formula injection is neutralised, also when a control character hid the "="', () => {
    // Cells holding a line break are quoted: the apostrophe then comes right after the quote.
    for (const start of ['=', '+', '-', '@', '\t', '\r', '\n']) expect(csvCell(`${start}1+1`)).toMatch(/^"?'/)
    expect(csvCell('\u0000=1+1')).toBe("'=1+1")
    expect(csvCell('\u202e@SUM(A1)')).toBe("'@SUM(A1)")
    expect(csvCell('Martin')).toBe('Martin')
  })
  it('an XLSX cell (exportText) has no control character, so a NUL no longer cuts "Camille Mar\\u0000tin" short', () => {
    expect(exportText('Camille Mar\u0000tin')).toBe('Camille Martin')
    expect(exportText('a\ud800b')).toBe('a\uFFFDb')
    expect(exportText('l1\nl2\tx')).toBe('l1\nl2\tx')
  })
})
