import type { ReactNode } from 'react'

/** One labelled list of the linked lists, with its own error (the structure of address/SubInput). */
export function SubSelect({
  id,
  name,
  label,
  value,
  error,
  required,
  children,
}: {
  id: string
  name: string
  label: string
  value: string | undefined
  error?: string
  required?: boolean | null
  children: ReactNode
}) {
  const errorId = `${id}-erreur`
  return (
    <div className={`field__part${error ? ' field__part--invalid' : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {error ? (
        <p className="field__error" id={errorId}>
          <span className="visually-hidden">Erreur : </span>
          {error}
        </p>
      ) : null}
      <select id={id} name={name} defaultValue={value ?? ''} aria-invalid={error ? true : undefined} aria-describedby={error ? errorId : undefined} aria-required={required ? true : undefined}>
        <option value="">Sélectionnez une option</option>
        {children}
      </select>
    </div>
  )
}
