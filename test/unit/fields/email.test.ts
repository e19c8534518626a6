import { displayAnswer } from '../../../src/forms/engine'
import { email } from '../../../blocks/fields/email'
import { attr, parseWith, renderInput } from './rawInput'

const field = { blockType: 'email', name: 'courriel', label: 'Adresse électronique' }
const parse = (value: string) => parseWith(email, field, { courriel: value })

describe('email', () => {
  it('accepts valid addresses, trimmed, domain in lower case', async () => {
    expect(await parse('  Jean.Dupont@Exemple.FR ')).toEqual({ ok: true, value: 'Jean.Dupont@exemple.fr' })
    expect(await parse('marie+mairie@sous.domaine.bzh')).toEqual({ ok: true, value: 'marie+mairie@sous.domaine.bzh' })
    expect(await parse("o'neil@exemple.co.uk")).toEqual({ ok: true, value: "o'neil@exemple.co.uk" })
  })
  it('returns null when empty', async () => {
    expect(await parse('   ')).toEqual({ ok: true, value: null })
  })
  it.each(['jean', 'jean@', '@exemple.fr', 'jean@exemple', 'jean@@exemple.fr', 'jean dupont@exemple.fr', 'jean.@exemple.fr', 'jean@exemple..fr', 'jean@-exemple.fr', 'jean@exemple.f'])(
    'refuses %s with the French message',
    async (value) => {
      expect(await parse(value)).toEqual({ ok: false, error: 'Saisissez une adresse électronique valide, par exemple nom@exemple.fr.', value: value.trim() })
    },
  )
  it('refuses addresses over 254 characters', async () => {
    const long = `${'a'.repeat(60)}@${'b'.repeat(60)}.${'c'.repeat(60)}.${'d'.repeat(60)}.${'e'.repeat(10)}.fr`
    expect(long.length).toBeGreaterThan(254)
    expect((await parse(long)).ok).toBe(false)
  })
  it('displays the address', () => {
    expect(email.display(field, 'nom@exemple.fr', displayAnswer)).toEqual(['nom@exemple.fr'])
  })
  it('renders type="email" with autocomplete and aria attributes', () => {
    const html = renderInput(email, { field, name: 'courriel', id: 'courriel', value: 'x', error: 'Erreur' })
    expect(html).toContain('type="email"')
    expect(attr(html, 'autocomplete')).toBe('email')
    expect(html).toContain('aria-invalid="true"')
    expect(html).toContain('aria-describedby="courriel-erreur"')
  })
})
