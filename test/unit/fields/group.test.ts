import { createElement } from 'react'

// The engine shows a group's children (group.display gets it as displayChild).
import { displayAnswer, parseFields } from '../../../src/forms/engine'
import { group, type GroupFieldConfig, ITEMS_SUFFIX } from '../../../blocks/fields/group'
import type { SelectFieldConfig } from '../../../blocks/fields/select'
import type { BaseFieldConfig } from '../../../src/forms/types'
import { attr, parseContext, rawInput, renderInput } from './rawInput'

const field: GroupFieldConfig = {
  blockType: 'group',
  name: 'enfants',
  label: 'Vos enfants',
  itemLabel: 'Enfant',
  minItems: 1,
  maxItems: 3,
  fields: [
    { blockType: 'text', name: 'prenom', label: 'Prénom', required: true },
    { blockType: 'select', name: 'lien', label: 'Lien', options: [{ label: 'Fils', value: 'fils' }, { label: 'Fille', value: 'fille' }] } as SelectFieldConfig,
  ],
}

type Item = { prenom?: string; lien?: string }
/** A post of the group as the page sends it: the count, then each item's inputs (empty ones too). */
const post = (items: Item[], count: number | string = items.length) => {
  const data: Record<string, string> = { [`enfants.${ITEMS_SUFFIX}`]: String(count) }
  items.forEach((item, i) => {
    data[`enfants.${i}.prenom`] = item.prenom ?? ''
    data[`enfants.${i}.lien`] = item.lien ?? ''
  })
  return data
}
/** Through the engine, which gives the group its parseChildren (required children, conditions). */
const parse = (data: Record<string, string>, f: GroupFieldConfig = field, previous: Record<string, unknown> = {}) =>
  parseFields([f], rawInput(data), '', parseContext(), previous, {})

const FOUR: Item[] = [{ prenom: 'Léa', lien: 'fille' }, { prenom: 'Tom', lien: 'fils' }, { prenom: 'Inès' }, { prenom: 'Noé', lien: 'fils' }]

describe('group (repeatable)', () => {
  it('accepts items between minItems and maxItems, each parsed by its own field types', async () => {
    const one = await parse(post([{ prenom: '  Léa ', lien: 'fille' }]))
    expect(one).toEqual({ values: { enfants: [{ prenom: 'Léa', lien: 'fille' }] }, shown: { enfants: [{ prenom: 'Léa', lien: 'fille' }] }, errors: {}, kept: {} })
    const three = await parse(post(FOUR.slice(0, 3)))
    expect(three.errors).toEqual({})
    expect(three.values.enfants).toEqual([{ prenom: 'Léa', lien: 'fille' }, { prenom: 'Tom', lien: 'fils' }, { prenom: 'Inès' }])
  })

  it('refuses fewer items than minItems', async () => {
    const f = { ...field, minItems: 2, fields: [{ ...field.fields![0], required: false }] }
    const result = await parse(post([{ prenom: 'Léa' }, {}], 2), f)
    expect(result.values).toEqual({})
    expect(result.errors).toEqual({ enfants: 'Ajoutez au moins 2 enfants.' })
    expect(result.shown.enfants).toEqual([{ prenom: 'Léa' }, { prenom: null }])
    expect((await parse(post([], 0), { ...f, minItems: 1 })).errors).toEqual({ enfants: 'Ajoutez au moins 1 enfant.' })
  })

  it('refuses an item with a wrong child, the message on the child’s full input name', async () => {
    const result = await parse(post([{ prenom: 'Léa', lien: 'fille' }, { prenom: '', lien: 'cousin' }]))
    expect(result.values).toEqual({})
    expect(result.errors).toEqual({
      enfants: 'Corrigez les informations de « Vos enfants ».',
      'enfants.1.prenom': 'Renseignez le champ « Prénom ».',
      'enfants.1.lien': 'Choisissez une valeur dans la liste.',
    })
  })

  it('refuses more items than maxItems with a French message, keeping every typed value', async () => {
    const result = await parse(post(FOUR))
    expect(result.values).toEqual({})
    expect(result.errors).toEqual({ enfants: 'Vous ne pouvez pas ajouter plus de 3 enfants : retirez-en 1.' })
    expect(result.shown.enfants).toEqual([
      { prenom: 'Léa', lien: 'fille' },
      { prenom: 'Tom', lien: 'fils' },
      { prenom: 'Inès', lien: null },
      { prenom: 'Noé', lien: 'fils' },
    ])
    // maxItems 1: singular, and two to remove
    const single = await parse(post(FOUR.slice(0, 3)), { ...field, maxItems: 1 })
    expect(single.errors).toEqual({ enfants: 'Vous ne pouvez pas ajouter plus de 1 enfant : retirez-en 2.' })
    expect(single.shown.enfants).toHaveLength(3)
  })

  it('also flags the wrong children of items over the maximum', async () => {
    const result = await parse(post([...FOUR.slice(0, 3), { prenom: 'Noé', lien: 'cousin' }]))
    expect(result.errors).toEqual({
      enfants: 'Vous ne pouvez pas ajouter plus de 3 enfants : retirez-en 1.',
      'enfants.3.lien': 'Choisissez une valeur dans la liste.',
    })
  })

  it('brings a count over the maximum back to it when the extra items hold nothing (nothing typed is lost)', async () => {
    const result = await parse(post(FOUR.slice(0, 3), 99_999_999_999_999))
    expect(result.errors).toEqual({})
    expect(result.values.enfants).toHaveLength(3)
  })

  it('reads a bounded number of items whatever the forged count and indexes', async () => {
    const data = { ...post(FOUR.slice(0, 3), 99_999_999_999_999), 'enfants.99999999.prenom': 'Zoé' }
    const result = await parse(data)
    expect(result.errors.enfants).toBe('Vous ne pouvez pas ajouter plus de 3 enfants : retirez-en 100.')
    expect(result.shown.enfants).toHaveLength(103)
  })

  it('without a count, uses the previous answer’s length, else the minimum; never above the maximum', async () => {
    const previous = { enfants: [{ prenom: 'Léa' }, { prenom: 'Tom' }] }
    const kept = await parse({ 'enfants.0.prenom': 'Léa', 'enfants.1.prenom': 'Tom', 'enfants.2.prenom': 'Inès' }, field, previous)
    expect(kept.values.enfants).toEqual([{ prenom: 'Léa' }, { prenom: 'Tom' }])
    const first = await parse({ 'enfants.0.prenom': 'Léa' })
    expect(first.values.enfants).toEqual([{ prenom: 'Léa' }])
  })

  it('displays one line per item with the children’s displayed answers', () => {
    expect(group.display(field, [{ prenom: 'Léa', lien: 'fille' }, { prenom: 'Tom' }], displayAnswer)).toEqual(['Enfant 1 — Prénom : Léa ; Lien : Fille', 'Enfant 2 — Prénom : Tom'])
  })

  const renderFields = (_fields: BaseFieldConfig[], prefix: string, values: Record<string, unknown>) =>
    createElement('span', { 'data-item': prefix }, String(values.prenom ?? ''))

  it('renders items with the hidden count, "Retirer" above the minimum and "Ajouter" below the maximum', () => {
    const html = renderInput(group, { field, name: 'enfants', id: 'enfants', value: [{ prenom: 'Léa' }, { prenom: 'Tom' }], renderFields })
    expect(attr(/<input type="hidden"[^>]*>/.exec(html)![0], 'value')).toBe('2')
    expect(html.match(/<legend>/g)).toHaveLength(2)
    expect(html).toContain('value="retirer:enfants:1"')
    expect(html).toContain('value="ajouter:enfants"')
    const full = renderInput(group, { field, name: 'enfants', id: 'enfants', value: FOUR.slice(0, 3), renderFields })
    expect(full).not.toContain('ajouter:enfants')
    const single = renderInput(group, { field, name: 'enfants', id: 'enfants', value: [{ prenom: 'Léa' }], renderFields })
    expect(single).not.toContain('retirer:')
  })

  it('shows back every item refused over the maximum, so the citizen chooses which to remove', () => {
    const html = renderInput(group, { field, name: 'enfants', id: 'enfants', value: FOUR, renderFields, error: 'Vous ne pouvez pas ajouter plus de 3 enfants : retirez-en 1.' })
    expect(attr(/<input type="hidden"[^>]*>/.exec(html)![0], 'value')).toBe('4')
    expect(html).toContain('<span data-item="enfants.3">Noé</span>')
    expect(html).toContain('value="retirer:enfants:3"')
    expect(html).not.toContain('ajouter:enfants')
  })
})
