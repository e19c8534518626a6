// The engine first: it loads the registry, which loads the group (group → engine → registry → group).
import { parseFields } from '../../../src/forms/engine'
import { fieldTypes } from '../../../blocks/fields'
import { address } from '../../../blocks/fields/address'
import { checkbox } from '../../../blocks/fields/checkbox'
import { checkboxes } from '../../../blocks/fields/checkboxes'
import { date } from '../../../blocks/fields/date'
import { email } from '../../../blocks/fields/email'
import { file } from '../../../blocks/fields/file'
import { ITEMS_SUFFIX } from '../../../blocks/fields/group'
import { hidden } from '../../../blocks/fields/hidden'
import { iban } from '../../../blocks/fields/iban'
import { identity } from '../../../blocks/fields/identity'
import { number } from '../../../blocks/fields/number'
import { radio } from '../../../blocks/fields/radio'
import { select } from '../../../blocks/fields/select'
import { isCleanTextType, UNREADABLE_TEXT_ERROR } from '../../../blocks/fields/shared/cleanText'
import { siret } from '../../../blocks/fields/siret'
import { telephone } from '../../../blocks/fields/telephone'
import { text } from '../../../blocks/fields/text'
import { textarea } from '../../../blocks/fields/textarea'
import { rawInputFromFormData, rawInputFromObject } from '../../../src/forms/rawInput'
import type { BaseFieldConfig, FieldType } from '../../../src/forms/types'
import { parseContext, parseWith, rawInput } from './rawInput'

/** NUL, BEL, ESC (terminal colour), DEL, a C1 control and a right-to-left override. */
const NASTY = '\u0000\u0007\u001b\u007f\u0085\u202e'
const NOT_UTF8 = '\uFFFD'
const options = [
  { label: 'Oui', value: 'oui' },
  { label: 'Non', value: 'non' },
]

describe('control characters in every field type (decision 0024)', () => {
  it('every input type of the registry is declared through cleanText, so a new type cannot forget it', () => {
    const inputs = Object.values(fieldTypes).filter((t) => t.kind === 'input')
    expect(inputs.length).toBeGreaterThan(15)
    for (const type of inputs) expect([type.type, isCleanTextType(type)]).toEqual([type.type, true])
  })

  describe('text', () => {
    const field = { blockType: 'text', name: 'nom', label: 'Nom' }
    it('strips NUL, BEL, ESC, DEL, C1 and bidi controls: "Mar\\u0000tin" is stored as "Martin"', async () => {
      expect(await parseWith(text, field, { nom: 'Mar\u0000tin' })).toEqual({ ok: true, value: 'Martin' })
      expect(await parseWith(text, field, { nom: `Ca${NASTY}mille` })).toEqual({ ok: true, value: 'Camille' })
      expect(await parseWith(text, field, { nom: '\u001b[31mrouge' })).toEqual({ ok: true, value: '[31mrouge' })
    })
    it('a value made only of controls is empty', async () => {
      expect(await parseWith(text, field, { nom: NASTY })).toEqual({ ok: true, value: null })
    })
    it('refuses a value that was not valid UTF-8 with the French message, shown back without U+FFFD', async () => {
      expect(await parseWith(text, field, { nom: `Caf${NOT_UTF8}` })).toEqual({ ok: false, error: UNREADABLE_TEXT_ERROR, value: 'Caf' })
      expect(UNREADABLE_TEXT_ERROR).toBe('Ce champ contient des caractères illisibles : retapez-le.')
    })
    it('keeps letters of every script, emoji and LRM/RLM marks', async () => {
      expect(await parseWith(text, field, { nom: 'Zoë Ø’Brien 李 محمد 😀 a\u200Fb' })).toEqual({ ok: true, value: 'Zoë Ø’Brien 李 محمد 😀 a\u200Fb' })
    })
  })

  describe('textarea (long text)', () => {
    const field = { blockType: 'textarea', name: 'message', label: 'Message' }
    it('keeps tab and line breaks, strips NUL, BEL, ESC and the other controls', async () => {
      expect(await parseWith(textarea, field, { message: `Bonjour,\r\n\tligne${NASTY} 2\n\u001b[31mfin` })).toEqual({
        ok: true,
        value: 'Bonjour,\n\tligne 2\n[31mfin',
      })
    })
    it('refuses invalid UTF-8', async () => {
      expect(await parseWith(textarea, field, { message: `Bonjour\n${NOT_UTF8}` })).toMatchObject({ ok: false, error: UNREADABLE_TEXT_ERROR })
    })
  })

  describe('formatted one-line values: e-mail, telephone, number, date, SIRET, IBAN, hidden', () => {
    const cases: Array<[FieldType<BaseFieldConfig, unknown>, string, unknown]> = [
      [email as never, `jean${NASTY}.martin@exemple.fr`, 'jean.martin@exemple.fr'],
      [telephone as never, `06 12${NASTY} 34 56 78`, '+33612345678'],
      [number as never, `1${NASTY}2`, 12],
      [date as never, `14/07/${NASTY}2024`, '2024-07-14'],
      [siret as never, `732 829 320${NASTY} 00074`, '73282932000074'],
      [iban as never, `FR76 3000 6000 0112 3456 7890 189${NASTY}`, 'FR7630006000011234567890189'],
      [hidden as never, `kerlann${NASTY}-danse`, 'kerlann-danse'],
    ]
    it.each(cases.map(([type, raw, value]) => [type.type, type, raw, value] as const))('%s: controls stripped before validation', async (_, type, raw, value) => {
      expect(await parseWith(type, { blockType: type.type, name: 'v', label: 'V' }, { v: raw })).toEqual({ ok: true, value })
    })
    it.each(cases.map(([type, raw]) => [type.type, type, raw] as const))('%s: invalid UTF-8 refused in French', async (_, type, raw) => {
      expect(await parseWith(type, { blockType: type.type, name: 'v', label: 'V' }, { v: `${raw}${NOT_UTF8}` })).toMatchObject({
        ok: false,
        error: UNREADABLE_TEXT_ERROR,
      })
    })
    it('a tab or line break inside a one-line value is a space, not glue', async () => {
      expect(await parseWith(telephone, { blockType: 'telephone', name: 'v' }, { v: '06\t12\n34\r\n56 78' })).toEqual({ ok: true, value: '+33612345678' })
      expect(await parseWith(hidden, { blockType: 'hidden', name: 'v' }, { v: 'a\tb\nc' })).toEqual({ ok: true, value: 'a b c' })
    })
  })

  describe('choices: select, radio, checkboxes, checkbox', () => {
    it('a value with controls around it matches its option', async () => {
      expect(await parseWith(select, { blockType: 'select', name: 'v', options }, { v: `oui${NASTY}` })).toEqual({ ok: true, value: 'oui' })
      expect(await parseWith(radio, { blockType: 'radio', name: 'v', options }, { v: `\u0000non` })).toEqual({ ok: true, value: 'non' })
      expect(await parseWith(checkboxes, { blockType: 'checkboxes', name: 'v', options }, { v: ['o\u0007ui', 'non\u001b'] })).toEqual({ ok: true, value: ['oui', 'non'] })
      expect(await parseWith(checkbox, { blockType: 'checkbox', name: 'v' }, { v: 'oui\u0000' })).toMatchObject({ ok: true, value: true })
    })
    it('an unreadable value is refused in French', async () => {
      expect(await parseWith(select, { blockType: 'select', name: 'v', options }, { v: `oui${NOT_UTF8}` })).toMatchObject({ ok: false, error: UNREADABLE_TEXT_ERROR })
      expect(await parseWith(checkboxes, { blockType: 'checkboxes', name: 'v', options }, { v: ['oui', NOT_UTF8] })).toMatchObject({
        ok: false,
        error: UNREADABLE_TEXT_ERROR,
      })
    })
  })

  describe('compound: identity, address', () => {
    const identityPost = (nom: string) => ({
      'id.civilite': 'madame',
      'id.nom': nom,
      'id.prenoms': 'Camille',
      'id.dateNaissance': '14/07/1990',
      'id.lieuNaissance': 'Kerlann',
    })
    it('strips controls in each part', async () => {
      expect(await parseWith(identity, { blockType: 'identity', name: 'id' }, identityPost('Mar\u0000tin\u202e'))).toMatchObject({
        ok: true,
        value: { nom: 'Martin', prenoms: 'Camille' },
      })
      expect(
        await parseWith(address, { blockType: 'address', name: 'a' }, { 'a.rue': '12 rue\u0007 des Lilas', 'a.codePostal': '56890\u0000', 'a.commune': 'Kerlann' }),
      ).toEqual({ ok: true, value: { rue: '12 rue des Lilas', codePostal: '56890', commune: 'Kerlann' } })
    })
    it('an unreadable part gets the French message beside it, and the fieldset too', async () => {
      const result = await parseWith(identity, { blockType: 'identity', name: 'id' }, identityPost(`Mar${NOT_UTF8}tin`))
      expect(result).toMatchObject({ ok: false, error: UNREADABLE_TEXT_ERROR, errors: { 'id.nom': UNREADABLE_TEXT_ERROR } })
      const other = await parseWith(address, { blockType: 'address', name: 'a' }, { 'a.rue': 'rue', 'a.codePostal': '5689', 'a.commune': `K${NOT_UTF8}` })
      // The part's own problem stays beside it (postal code), the unreadable one beside the commune.
      expect(other).toMatchObject({ ok: false, error: UNREADABLE_TEXT_ERROR, errors: { 'a.commune': UNREADABLE_TEXT_ERROR, 'a.codePostal': expect.any(String) } })
    })
  })

  describe('repeatable group', () => {
    const group = {
      blockType: 'group',
      name: 'enfants',
      label: 'Vos enfants',
      fields: [{ blockType: 'text', name: 'prenom', label: 'Prénom' }],
    }
    const parse = (data: Record<string, string>) => parseFields([group], rawInput(data), '', parseContext(), {}, {})
    it('strips controls in each item', async () => {
      const result = await parse({ [`enfants.${ITEMS_SUFFIX}`]: '1', 'enfants.0.prenom': 'L\u0000éa\u001b' })
      expect(result.values).toEqual({ enfants: [{ prenom: 'Léa' }] })
    })
    it('an unreadable item value is refused beside that item input', async () => {
      const result = await parse({ [`enfants.${ITEMS_SUFFIX}`]: '1', 'enfants.0.prenom': `L${NOT_UTF8}a` })
      expect(result.values).toEqual({})
      expect(result.errors['enfants.0.prenom']).toBe(UNREADABLE_TEXT_ERROR)
    })
  })

  describe('file', () => {
    it('is declared through cleanText too (its parse reads no text: nothing else changes)', async () => {
      expect(isCleanTextType(file as FieldType)).toBe(true)
      expect(await parseWith(file, { blockType: 'file', name: 'pj' }, {})).toEqual({ ok: true, value: null })
    })
  })

  describe('RawInput (first net for every type)', () => {
    it('a posted FormData loses its controls but keeps tab, line breaks and U+FFFD', () => {
      const data = new FormData()
      data.append('nom', `Mar\u0000tin\t\r\n${NOT_UTF8}\u202e`)
      data.append('choix', 'a\u0007')
      data.append('choix', 'b\u001b')
      const input = rawInputFromFormData(data)
      expect(input.get('nom')).toBe(`Martin\t\r\n${NOT_UTF8}`)
      expect(input.getAll('choix')).toEqual(['a', 'b'])
      expect(rawInputFromObject({ nom: 'Mar\u0000tin', l: ['x\u0085'] }).getAll('l')).toEqual(['x'])
      expect(rawInputFromObject({ nom: 'Mar\u0000tin' }).get('nom')).toBe('Martin')
    })
  })
})
