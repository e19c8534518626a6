import type { Block } from 'payload'

import type { BaseFieldConfig, FieldType } from '../../../src/forms/types'
import { DEPARTEMENTS, departementLabel, readDepartement } from '../../../src/lib/departements'
import { inputBaseFields } from '../shared/baseFields'
import { cleanText } from '../shared/cleanText'
import { ListSelect } from '../shared/ListSelect'

/** A French département, from the official list ("56 — Morbihan"). Stores its code ("56", "2A", "971"). */
export type DepartementFieldConfig = BaseFieldConfig

const ENTRIES = DEPARTEMENTS.map((d) => ({ value: d.code, label: `${d.code} — ${d.nom}` }))

export const block: Block = {
  slug: 'departement',
  interfaceName: 'DepartementFieldBlock',
  labels: { singular: 'Département', plural: 'Départements' },
  fields: [...inputBaseFields()],
}

export const departement: FieldType<DepartementFieldConfig, string> = cleanText({
  type: 'departement',
  block,
  kind: 'input',
  closedValue: true,
  sample: () => '56',
  parse(_field, input, name) {
    const typed = (input.get(name) ?? '').trim()
    if (!typed) return { ok: true, value: null }
    const value = readDepartement(typed)
    if (!value) return { ok: false, error: 'Choisissez un département dans la liste.', value: '' }
    return { ok: true, value }
  },
  display: (_field, value) => [departementLabel(value)],
  Input: ({ field, name, id, value, error }) => (
    <ListSelect field={field} name={name} id={id} value={value} error={error} entries={ENTRIES} placeholder="Sélectionnez un département" />
  ),
})
