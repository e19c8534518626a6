import type { Block } from 'payload'

import type { BaseFieldConfig, FieldType, RawInput } from '../../../src/forms/types'
import { conditionField, machineNameField } from '../shared/baseFields'
import { cleanText } from '../shared/cleanText'

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
    interfaceName: 'GroupFieldBlock',
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

export const maxItemsOf = (field: GroupFieldConfig): number => Math.max(field.maxItems ?? 10, 1)

export function itemCount(field: GroupFieldConfig, posted: string | undefined, previous: unknown): number {
  const min = Math.max(field.minItems ?? 0, 0)
  const max = maxItemsOf(field)
  const fromPost = posted !== undefined ? Number.parseInt(posted, 10) : Number.NaN
  const base = Number.isFinite(fromPost) ? fromPost : Array.isArray(previous) ? previous.length : min
  return Math.min(Math.max(base, min, field.required ? 1 : 0), max)
}

/** At most this many items beyond the maximum are read back: a forged count or index cannot make the server loop. */
const OVER_MAX_READ_LIMIT = 100

/**
 * The number of items to read from a post. Up to the maximum, the posted count (itemCount). Above
 * it, every item the citizen actually sent (inputs named "<name>.<i>.…"), so that none is dropped
 * silently: parse() refuses them with a message and shows them back. A count above the maximum
 * with no input for the extra items holds nothing typed: it is brought back to the maximum.
 */
export function postedItemCount(field: GroupFieldConfig, input: RawInput, name: string, previous: unknown): number {
  const posted = input.get(`${name}.${ITEMS_SUFFIX}`)
  const count = itemCount(field, posted, previous)
  const max = maxItemsOf(field)
  const requested = posted !== undefined ? Number.parseInt(posted, 10) : Number.NaN
  if (!(requested > max)) return count
  const prefix = `${name}.`
  let sent = 0
  for (const key of input.keys()) {
    const index = key.startsWith(prefix) ? /^(\d+)\./.exec(key.slice(prefix.length)) : null
    if (index) sent = Math.max(sent, Number(index[1]) + 1)
  }
  return Math.max(count, Math.min(requested, sent, max + OVER_MAX_READ_LIMIT))
}

const itemNoun = (field: GroupFieldConfig, count: number): string =>
  `${(field.itemLabel ?? 'élément').toLowerCase()}${count > 1 ? 's' : ''}`

export const group: FieldType<GroupFieldConfig, GroupValue> = cleanText({
  type: 'group',
  block: makeBlock([]),
  kind: 'input',
  fieldset: true,
  container: true,
  async parse(field, input, name, ctx) {
    const count = postedItemCount(field, input, name, ctx.previous)
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
    const max = maxItemsOf(field)
    const hasErrors = Object.keys(errors).length > 0
    // More items than allowed: refused and shown back, never dropped (the citizen chooses which to remove).
    if (count > max) {
      return {
        ok: false,
        error: `Vous ne pouvez pas ajouter plus de ${max} ${itemNoun(field, max)} : retirez-en ${count - max}.`,
        value: shown,
        ...(hasErrors ? { errors } : {}),
      }
    }
    if (hasErrors) {
      return { ok: false, error: `Corrigez les informations de « ${field.label} ».`, value: shown, errors }
    }
    if (items.length < min) {
      return { ok: false, error: `Ajoutez au moins ${min} ${itemNoun(field, min)}.`, value: shown }
    }
    return { ok: true, value: items.length ? items : null }
  },
  async prepare(field, name, ctx) {
    const input = ctx.input
    const count = postedItemCount(field, input, name, ctx.previous)
    const previous = Array.isArray(ctx.previous) ? (ctx.previous as GroupValue) : []
    for (let i = 0; i < count; i += 1) await ctx.prepareChildren(field.fields ?? [], `${name}.${i}`, previous[i])
  },
  /** Items move when one is removed: a child's answer is freed only when no remaining item still holds it. */
  async release(field, dropped, kept, ctx) {
    const remaining = Array.isArray(kept) ? kept : []
    const keptByChild: Record<string, unknown> = {}
    for (const child of field.fields ?? []) {
      if (child.name) keptByChild[child.name] = remaining.flatMap((item) => (item[child.name!] === undefined ? [] : [item[child.name!]]).flat())
    }
    for (const item of dropped) await ctx.releaseChildren(field.fields ?? [], item, keptByChild)
  },
  display(field, value, displayChild) {
    return value.map((item, i) => {
      const parts = (field.fields ?? [])
        .filter((child) => child.name && item[child.name] !== undefined)
        .map((child) => `${child.label} : ${displayChild(child, item[child.name!]).join(', ')}`)
      return `${field.itemLabel ?? 'Élément'} ${i + 1} — ${parts.join(' ; ')}`
    })
  },
  Input: ({ field, name, value, errors, renderFields }) => {
    const items = Array.isArray(value) ? (value as GroupValue) : []
    // Items shown back beyond the maximum (refused by parse) stay on the page until the citizen removes them.
    const count = Math.max(itemCount(field, undefined, items.length ? items : undefined), items.length)
    const max = maxItemsOf(field)
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
})
