import { displayAnswer } from '../../../src/forms/engine'
import { identity } from '../../../blocks/fields/identity'
import { attr, parseWith, renderInput, tagWithId } from './rawInput'

const field = { blockType: 'identity', name: 'demandeur', label: 'Identité du demandeur' }
type Parts = Partial<Record<'civilite' | 'nom' | 'prenoms' | 'dateNaissance' | 'lieuNaissance', string>>
const post = (parts: Parts) => Object.fromEntries(Object.entries(parts).map(([k, v]) => [`demandeur.${k}`, v!]))
const parse = (parts: Parts) => parseWith(identity, field, post(parts))
const full = { civilite: 'madame', nom: 'Le Goff', prenoms: 'Anne Marie', dateNaissance: '1980-03-12', lieuNaissance: 'Vannes' }

describe('identity', () => {
  it('accepts a full identity', async () => {
    expect(await parse(full)).toEqual({ ok: true, value: full })
  })
  it('civility is optional, "Ne se prononce pas" is a choice', async () => {
    const { civilite: _, ...rest } = full
    expect(await parse(rest)).toEqual({ ok: true, value: rest })
    expect(await parse({ ...full, civilite: 'non_precise' })).toMatchObject({ ok: true, value: { civilite: 'non_precise' } })
  })
  it('returns null when every part is empty', async () => {
    expect(await parse({ nom: ' ', prenoms: '' })).toEqual({ ok: true, value: null })
  })
  it('flags missing parts of a partial identity', async () => {
    const result = await parse({ civilite: 'monsieur', nom: 'Le Goff' })
    expect(result).toMatchObject({
      ok: false,
      error: "Vérifiez l'identité : les prénoms, la date de naissance et le lieu de naissance.",
      errors: {
        'demandeur.prenoms': 'Indiquez le ou les prénoms.',
        'demandeur.dateNaissance': 'Indiquez la date de naissance.',
        'demandeur.lieuNaissance': 'Indiquez le lieu de naissance.',
      },
      value: { civilite: 'monsieur', nom: 'Le Goff' },
    })
  })
  it('refuses a birth date in the future or impossible, and an unknown civility', async () => {
    expect(await parse({ ...full, dateNaissance: '2026-03-13' })).toMatchObject({
      ok: false,
      errors: { 'demandeur.dateNaissance': "Saisissez une date antérieure ou égale à aujourd'hui." },
    })
    expect(await parse({ ...full, dateNaissance: '1980-02-30' })).toMatchObject({ ok: false, errors: { 'demandeur.dateNaissance': expect.stringContaining("n'existe pas") } })
    expect(await parse({ ...full, civilite: 'docteur' })).toMatchObject({ ok: false, errors: { 'demandeur.civilite': 'Choisissez une des civilités proposées.' } })
  })
  it('displays one line, with agreement', () => {
    expect(identity.display(field, full as never, displayAnswer)).toEqual(['Madame Anne Marie Le Goff, née le 12/03/1980 à Vannes'])
    expect(identity.display(field, { ...full, civilite: 'monsieur' } as never, displayAnswer)).toEqual(['Monsieur Anne Marie Le Goff, né le 12/03/1980 à Vannes'])
    expect(identity.display(field, { ...full, civilite: undefined } as never, displayAnswer)).toEqual(['Anne Marie Le Goff, né(e) le 12/03/1980 à Vannes'])
  })
  it('renders civility radios and labelled inputs with autocomplete', () => {
    expect(identity.fieldset).toBe(true)
    const html = renderInput(identity, {
      field: { ...field, required: true },
      name: 'demandeur',
      id: 'demandeur',
      value: { nom: 'Le Goff', civilite: 'madame' },
      error: "Vérifiez l'identité : les prénoms.",
      errors: { 'demandeur.prenoms': 'Indiquez le ou les prénoms.' },
    })
    expect(html).toContain('<div class="field__parts" id="demandeur">')
    expect(html).toContain('<legend class="field__label">Civilité (facultatif)</legend>')
    expect(html.match(/name="demandeur\.civilite"/g)).toHaveLength(3)
    const madame = tagWithId(html, 'demandeur-civilite')
    expect([attr(madame, 'type'), attr(madame, 'value'), attr(madame, 'checked')]).toEqual(['radio', 'madame', ''])
    expect(html).toContain('<label for="demandeur-civilite-3">Ne se prononce pas</label>')
    const nom = tagWithId(html, 'demandeur-nom')
    expect([attr(nom, 'name'), attr(nom, 'value'), attr(nom, 'autocomplete')]).toEqual(['demandeur.nom', 'Le Goff', 'family-name'])
    const prenoms = tagWithId(html, 'demandeur-prenoms')
    expect(attr(prenoms, 'autocomplete')).toBe('given-name')
    expect(attr(prenoms, 'aria-invalid')).toBe('true')
    expect(attr(prenoms, 'aria-describedby')).toBe('demandeur-prenoms-aide demandeur-prenoms-erreur')
    const naissance = tagWithId(html, 'demandeur-dateNaissance')
    expect([attr(naissance, 'type'), attr(naissance, 'name'), attr(naissance, 'autocomplete')]).toEqual(['date', 'demandeur.dateNaissance', 'bday'])
    expect(html).toContain('<label class="field__label" for="demandeur-lieuNaissance">Lieu de naissance</label>')
    expect(html.match(/aria-invalid/g)).toHaveLength(1)
    expect(html.match(/aria-required="true"/g)).toHaveLength(4)
  })
})
