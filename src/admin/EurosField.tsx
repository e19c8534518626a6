import type { FieldServerComponent } from 'payload'

import { formatAmountFr } from '../lib/formatAmountFr'

/** An amount in cents written by the server only, shown read-only in the edit view as "36,00 €". */
export const EurosField: FieldServerComponent = ({ data, field }) => {
  const name = 'name' in field ? field.name : ''
  const value = data?.[name]
  const label = 'label' in field && typeof field.label === 'string' ? field.label : name
  return (
    <div className="field-type" style={{ marginBottom: 'var(--spacing-field, 1.5rem)' }}>
      <span className="field-label" id={`libelle-${name}`}>
        {label}
      </span>
      <p aria-labelledby={`libelle-${name}`} style={{ margin: '0.25rem 0 0', fontSize: '1.1em', fontVariantNumeric: 'tabular-nums' }}>
        {typeof value === 'number' ? formatAmountFr(value) : '—'}
      </p>
    </div>
  )
}
