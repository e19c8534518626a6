import type { HTMLInputAutoCompleteAttribute, HTMLInputTypeAttribute } from 'react'

/**
 * One labelled input of a compound field (address, identity), with its own hint and error. Its id
 * is `${fieldId}-${part}`: the same derivation as the field id from "name.part", so an error
 * summary built from the full input name can link to it.
 */
export function SubInput({
  fieldId,
  name,
  part,
  label,
  hint,
  value,
  error,
  required,
  autoComplete,
  type = 'text',
  inputMode,
  maxLength,
  className,
}: {
  fieldId: string
  name: string
  part: string
  label: string
  hint?: string
  value: unknown
  error?: string
  required?: boolean
  autoComplete?: HTMLInputAutoCompleteAttribute
  type?: HTMLInputTypeAttribute
  inputMode?: 'numeric' | 'text'
  maxLength?: number
  className?: string
}) {
  const id = `${fieldId}-${part}`
  const hintId = `${id}-aide`
  const errorId = `${id}-erreur`
  const described = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined
  return (
    <div className={`field__part${className ? ` ${className}` : ''}${error ? ' field__part--invalid' : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field__error" id={errorId}>
          <span className="visually-hidden">Erreur : </span>
          {error}
        </p>
      ) : null}
      <input
        type={type}
        id={id}
        name={`${name}.${part}`}
        defaultValue={typeof value === 'string' ? value : ''}
        autoComplete={autoComplete}
        inputMode={inputMode}
        maxLength={maxLength}
        aria-invalid={error ? true : undefined}
        aria-describedby={described}
        aria-required={required ? true : undefined}
      />
    </div>
  )
}

/** A compound value's part as posted: whitespace collapsed, trimmed. */
export const readPart = (value: string | undefined): string => (value ?? '').replace(/\s+/g, ' ').trim()
