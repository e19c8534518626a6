import type { ReactNode } from 'react'

import type { BaseFieldConfig } from '../types'

/**
 * Label (or legend), hint and error of one field, wired for assistive technologies
 * (DSFR/GOV.UK pattern): the error is prefixed "Erreur :", linked by aria-describedby, and the
 * control gets aria-invalid. Field types render only their control(s).
 */
export function fieldIds(id: string) {
  return { hint: `${id}-aide`, error: `${id}-erreur` }
}

export function describedBy(id: string, field: BaseFieldConfig, error?: string): string | undefined {
  const ids = fieldIds(id)
  const parts = [field.hint ? ids.hint : null, error ? ids.error : null].filter(Boolean)
  return parts.length ? parts.join(' ') : undefined
}

export function FieldShell({
  field,
  id,
  error,
  fieldset,
  children,
}: {
  field: BaseFieldConfig
  id: string
  error?: string
  fieldset?: boolean
  children: ReactNode
}) {
  const ids = fieldIds(id)
  const requiredMark = field.required ? <span className="field__required"> (obligatoire)</span> : null
  const hint = field.hint ? (
    <p className="field__hint" id={ids.hint}>
      {field.hint}
    </p>
  ) : null
  const message = error ? (
    <p className="field__error" id={ids.error}>
      <span className="visually-hidden">Erreur : </span>
      {error}
    </p>
  ) : null
  const className = `field field--${field.width === 'half' ? 'half' : 'full'}${error ? ' field--invalid' : ''}`
  if (fieldset) {
    return (
      <fieldset className={className} id={`${id}-groupe`} aria-describedby={describedBy(id, field, error)}>
        <legend className="field__label">
          {field.label}
          {requiredMark}
        </legend>
        {hint}
        {message}
        {children}
      </fieldset>
    )
  }
  return (
    <div className={className}>
      <label className="field__label" htmlFor={id}>
        {field.label}
        {requiredMark}
      </label>
      {hint}
      {message}
      {children}
    </div>
  )
}
