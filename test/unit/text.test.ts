import { formatFileSize } from '../../src/lib/formatFileSize'
import { lexicalToPlainText } from '../../src/lib/lexicalText'
import { plural } from '../../src/lib/plural'
import { normaliseForSearch, searchWords } from '../../src/lib/searchText'
import { slugify, SLUG_PATTERN } from '../../src/lib/slugify'
import { plainBodyToLexical } from '../../src/seed/lexical'

describe('slugify', () => {
  it('makes readable ascii slugs', () => {
    expect(slugify('Acte de naissance (copie intégrale)')).toBe('acte-de-naissance-copie-integrale')
    expect(slugify('  Œuvres  sociales — CCAS ')).toBe('oeuvres-sociales-ccas')
    expect(SLUG_PATTERN.test(slugify('État civil'))).toBe(true)
  })
})

describe('search normalisation', () => {
  it('ignores case and accents', () => {
    expect(normaliseForSearch('État CIVIL, décès')).toBe('etat civil deces')
  })
  it('keeps distinct words of two letters or more, at most eight', () => {
    expect(searchWords("l'acte de  décès")).toEqual(['acte', 'de', 'deces'])
    expect(searchWords('a b c')).toEqual([])
    expect(searchWords('un deux trois quatre cinq six sept huit neuf dix')).toHaveLength(8)
  })
})

describe('French formats', () => {
  it('formats file sizes', () => {
    expect(formatFileSize(850)).toBe('850 octets')
    expect(formatFileSize(45_300)).toBe('45 Ko')
    expect(formatFileSize(1_234_567)).toBe('1,2 Mo')
    expect(formatFileSize(undefined)).toBe('taille inconnue')
  })
  it('uses the French singular for 0 and 1', () => {
    expect(plural(0, 'démarche', 'démarches')).toBe('0 démarche')
    expect(plural(1, 'démarche', 'démarches')).toBe('1 démarche')
    expect(plural(2, 'démarche', 'démarches')).toBe('2 démarches')
  })
})

describe('seed rich text', () => {
  it('turns seed paragraphs into Lexical headings, lists, paragraphs and callouts', () => {
    const value = plainBodyToLexical(['## Titre', 'Un paragraphe.', '- un', '- deux', '! Attention'])
    const types = (value.root.children as Array<{ type: string }>).map((n) => n.type)
    expect(types).toEqual(['heading', 'paragraph', 'list', 'block'])
    expect(lexicalToPlainText(value)).toContain('Un paragraphe.')
    expect(lexicalToPlainText(value)).toContain('deux')
    expect(lexicalToPlainText(value)).toContain('Attention')
  })
})
