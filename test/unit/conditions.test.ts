import type { RadioFieldConfig } from '../../blocks/fields/radio'
import { isFieldVisible, ruleHolds } from '../../src/forms/conditions'
import { finalCheck, getFieldType, parseFields } from '../../src/forms/engine'
import { UnknownFieldTypeError } from '../../src/forms/errors'
import { rawInputFromObject } from '../../src/forms/rawInput'
import type { BaseFieldConfig } from '../../src/forms/types'

const field = (rules: BaseFieldConfig['condition']) => ({ condition: rules })

describe('condition rules', () => {
  it('equals / notEquals compare one answer, ignoring case and spaces', () => {
    expect(ruleHolds({ field: 'a', operator: 'equals', value: 'Oui' }, { a: ' oui ' })).toBe(true)
    expect(ruleHolds({ field: 'a', operator: 'equals', value: 'oui' }, { a: 'non' })).toBe(false)
    expect(ruleHolds({ field: 'a', operator: 'notEquals', value: 'oui' }, { a: 'non' })).toBe(true)
    expect(ruleHolds({ field: 'a', operator: 'notEquals', value: 'oui' }, {})).toBe(true)
  })
  it('contains looks into lists (checkboxes) and text', () => {
    expect(ruleHolds({ field: 'a', operator: 'contains', value: 'sport' }, { a: ['culture', 'sport'] })).toBe(true)
    expect(ruleHolds({ field: 'a', operator: 'contains', value: 'rue' }, { a: '3 rue des Lilas' })).toBe(true)
    expect(ruleHolds({ field: 'a', operator: 'contains', value: 'eau' }, { a: ['culture'] })).toBe(false)
  })
  it('filled / empty, and a ticked consent box reads as "oui"', () => {
    expect(ruleHolds({ field: 'a', operator: 'filled' }, { a: '' })).toBe(false)
    expect(ruleHolds({ field: 'a', operator: 'filled' }, { a: { rue: 'x' } })).toBe(true)
    expect(ruleHolds({ field: 'a', operator: 'empty' }, { a: [] })).toBe(true)
    expect(ruleHolds({ field: 'a', operator: 'equals', value: 'oui' }, { a: true })).toBe(true)
    expect(ruleHolds({ field: 'a', operator: 'equals', value: 'true' }, { a: true })).toBe(true)
  })
  it('combines rules with all / any; no condition means visible', () => {
    const rules = [
      { field: 'a', operator: 'equals' as const, value: '1' },
      { field: 'b', operator: 'equals' as const, value: '2' },
    ]
    expect(isFieldVisible(field({ enabled: true, match: 'all', rules }), { a: '1', b: '3' })).toBe(false)
    expect(isFieldVisible(field({ enabled: true, match: 'any', rules }), { a: '1', b: '3' })).toBe(true)
    expect(isFieldVisible(field({ enabled: false, rules }), {})).toBe(true)
    expect(isFieldVisible(field(null), {})).toBe(true)
  })
})

const fields: Array<BaseFieldConfig | RadioFieldConfig> = [
  { blockType: 'radio', name: 'pour_qui', label: 'Pour qui', required: true, options: [{ label: 'Moi', value: 'moi' }, { label: 'Autre', value: 'autre' }] },
  { blockType: 'text', name: 'mandant', label: 'Mandant', required: true, condition: { enabled: true, rules: [{ field: 'pour_qui', operator: 'equals', value: 'autre' }] } },
  { blockType: 'text', name: 'precision', label: 'Précision', required: true, condition: { enabled: true, rules: [{ field: 'mandant', operator: 'filled' }] } },
]

describe('engine', () => {
  const ctx = { prepared: {}, prepareErrors: {}, today: new Date('2026-11-29') }

  it('drops a hidden field whatever was sent, and does not require it', async () => {
    const result = await parseFields(fields, rawInputFromObject({ pour_qui: 'moi', mandant: 'X', precision: 'Y' }), '', ctx, {}, {})
    expect(result.values).toEqual({ pour_qui: 'moi' })
    expect(result.errors).toEqual({})
  })

  it('requires a shown conditional field with a French message', async () => {
    const result = await parseFields(fields, rawInputFromObject({ pour_qui: 'autre' }), '', ctx, {}, {})
    expect(result.errors).toEqual({ mandant: 'Renseignez le champ « Mandant ».' })
  })

  it('settles cascades at the final check: a field shown only by a hidden field is dropped too', () => {
    const check = finalCheck({ steps: [{ title: 'x', fields }] }, { pour_qui: 'moi', mandant: 'stale', precision: 'stale' })
    expect(check.clean).toEqual({ pour_qui: 'moi' })
    expect(check.firstIncompleteStep).toBeNull()
  })

  it('reports the first incomplete step', () => {
    const check = finalCheck({ steps: [{ title: 'a', fields: [] }, { title: 'b', fields }] }, {})
    expect(check.firstIncompleteStep).toBe(1)
    expect(check.errors.pour_qui).toMatch(/Choisissez une réponse/)
  })

  it('fails loudly on an unknown field type', () => {
    expect(() => getFieldType('signature-manuscrite')).toThrow(UnknownFieldTypeError)
    expect(() => getFieldType('signature-manuscrite')).toThrow(/blocks\/fields/)
  })
})
