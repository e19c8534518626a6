import type { ReactElement } from 'react'

import { describedBy } from '../../../src/forms/render/FieldShell'
import type { BaseFieldConfig } from '../../../src/forms/types'

/** A drop-down of fixed entries (countries, départements…): the empty choice first, then each entry. */
export function ListSelect({
  field,
  name,
  id,
  value,
  error,
  entries,
  placeholder = 'Sélectionnez une option',
}: {
  field: BaseFieldConfig
  name: string
  id: string
  value: unknown
  error?: string
  entries: Array<{ value: string; label: string }>
  placeholder?: string
}): ReactElement {
  return (
    <select
      id={id}
      name={name}
      defaultValue={typeof value === 'string' ? value : ''}
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy(id, field, error)}
      aria-required={field.required ? true : undefined}
    >
      <option value="">{placeholder}</option>
      {entries.map((entry) => (
        <option key={entry.value} value={entry.value}>
          {entry.label}
        </option>
      ))}
    </select>
  )
}
