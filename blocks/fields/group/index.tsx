import type { Block } from 'payload'

import { displayAnswer } from '../../../src/forms/engine'
import type { BaseFieldConfig, FieldType } from '../../../src/forms/types'
import { conditionField, machineNameField } from '../shared/baseFields'

/**
 * Repeatable group (e.g. the children of a household): child fields repeated min..max times.
 * Without JavaScript, "Ajouter" and "Retirer" are submit buttons handled by the step route; the
 * number of items travels in the hidden input "<name>.__items".
 */
export interface GroupFieldConfig extends BaseFieldConfig {
  itemLabel?: string | null
  minItems?: number | null
  maxItems?: number | null
  fields?: BaseFieldConfig[]
}

export type GroupValue = Array<Record<string, unknown>>

export const ITEMS_SUFFIX = '__items'

/** Child blocks are set in blocks/fields/index.ts (they are the other field types). */
export function makeBlock(childBlocks: Block[]): Block {
  return {
    slug: 'group',
    labels: { singular: 'Groupe répétable', plural: 'Groupes répétables' },
    fields: [
      { name: 'label', type: 'text', label: 'Libellé du groupe', required: true },
      machineNameField,
      { name: 'hint', type: 'text', label: "Texte d'aide" },
      { name: 'itemLabel', type: 'text', label: "Nom d'un élément", defaultValue: 'Élément', admin: { description: 'Ex. : Enfant, Membre du foyer.' } },
      {
        type: 'row',
        fields: [
          { name: 'minItems', type: 'number', label: "Nombre minimum d'éléments", min: 0, defaultValue: 0 },
          { name: 'maxItems', type: 'number', label: "Nombre maximum d'éléments", min: 1, defaultValue: 10 },
        ],
      },
      {
        name: 'fields',
        type: 'blocks',
        label: 'Champs de chaque élément',
        labels: { singular: 'Champ', plural: 'Champs' },
        blocks: childBlocks,
        minRows: 1,
      },
      conditionField,
    ],
  }
}

export function itemCount(field: GroupFieldConfig, posted: string | undefined, previous: unknown): number {
  const min = Math.max(field.minItems ?? 0, 0)
  const max = Math.max(field.maxItems ?? 10, 1)
  const fromPost = posted !== undefined ? Number.parseInt(posted, 10) : Number.NaN
  const base = Number.isFinite(fromPost) ? fromPost : Array.isArray(previous) ? previous.length : min
  return Math.min(Math.max(base, min, field.required ? 1 : 0), max)
}

export const group: FieldType<GroupFieldConfig, GroupValue> = {
  type: 'group',
  block: makeBlock([]),
  kind: 'input',
  fieldset: true,
  async parse(field, input, name, ctx) {
    const count = itemCount(field, input.get(`${name}.${ITEMS_SUFFIX}`), ctx.previous)
    const previous = Array.isArray(ctx.previous) ? (ctx.previous as GroupValue) : []
    const items: GroupValue = []
    const shown: GroupValue = []
    const errors: Record<string, string> = {}
    for (let i = 0; i < count; i += 1) {
      const result = await ctx.parseChildren!(field.fields ?? [], `${name}.${i}`, previous[i])
      Object.assign(errors, result.errors)
      shown.push(result.shown)
      if (Object.keys(result.values).length) items.push(result.values)
    }
    const min = field.minItems ?? 0
    if (Object.keys(errors).length) {
      return { ok: false, error: `Corrigez les informations de « ${field.label} ».`, value: shown, errors }
    }
    if (items.length < min) {
      return { ok: false, error: `Ajoutez au moins ${min} ${(field.itemLabel ?? 'élément').toLowerCase()}${min > 1 ? 's' : ''}.`, value: shown }
    }
    return { ok: true, value: items.length ? items : null }
  },
  display(field, value) {
    return value.map((item, i) => {
      const parts = (field.fields ?? [])
        .filter((child) => child.name && item[child.name] !== undefined)
        .map((child) => `${child.label} : ${displayAnswer(child, item[child.name!]).join(', ')}`)
      return `${field.itemLabel ?? 'Élément'} ${i + 1} — ${parts.join(' ; ')}`
    })
  },
  Input: ({ field, name, value, errors, renderFields }) => {
    const items = Array.isArray(value) ? (value as GroupValue) : []
    const count = itemCount(field, undefined, items.length ? items : undefined)
    const max = field.maxItems ?? 10
    return (
      <div className="repeatable">
        <input type="hidden" name={`${name}.${ITEMS_SUFFIX}`} value={count} />
        {Array.from({ length: count }, (_, i) => (
          <fieldset key={i} className="repeatable__item">
            <legend>
              {field.itemLabel ?? 'Élément'} {i + 1}
            </legend>
            {renderFields?.(field.fields ?? [], `${name}.${i}`, items[i] ?? {}, errors ?? {})}
            {count > (field.minItems ?? 0) ? (
              <button type="submit" name="action" value={`retirer:${name}:${i}`} className="button--secondary" formNoValidate>
                Retirer {(field.itemLabel ?? 'cet élément').toLowerCase()} {i + 1}
              </button>
            ) : null}
          </fieldset>
        ))}
        {count < max ? (
          <button type="submit" name="action" value={`ajouter:${name}`} className="button--secondary" formNoValidate>
            Ajouter {(field.itemLabel ?? 'un élément').toLowerCase()}
          </button>
        ) : null}
      </div>
    )
  },
}
