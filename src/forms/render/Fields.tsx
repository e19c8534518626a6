import type { ReactElement } from 'react'

import { getFieldType, requiredMessage } from '../engine'
import { isFieldVisible } from '../conditions'
import { inputId } from '../paths'
import type { BaseFieldConfig } from '../types'
import { FieldShell } from './FieldShell'

/**
 * Renders fields from their definition through the registry. Fields hidden by a condition are
 * rendered with the `hidden` attribute and their rules in data attributes, so the enhancement
 * script can show them live; without JavaScript they appear after the step is posted.
 */
export function Fields({
  fields,
  prefix,
  values,
  errors,
  context,
  live = {},
}: {
  fields: BaseFieldConfig[]
  prefix: string
  values: Record<string, unknown>
  errors: Record<string, string>
  context: Record<string, unknown>
  /** What field types read live for this page (availability), by field name */
  live?: Record<string, unknown>
}): ReactElement {
  const answers = { ...context, ...values }
  return (
    <>
      {fields.map((field, index) => {
        const type = getFieldType(field.blockType)
        const name = field.name ? (prefix ? `${prefix}.${field.name}` : field.name) : `${prefix}affichage-${index}`
        const id = inputId(name)
        const visible = isFieldVisible(field, answers)
        const condition = field.condition?.enabled ? JSON.stringify(field.condition) : undefined
        const error = errors[name]
        const input = (
          <type.Input
            field={field as never}
            name={name}
            id={id}
            value={field.name ? values[field.name] ?? field.defaultValue ?? undefined : undefined}
            error={error}
            errors={errors}
            live={field.name && !prefix ? live[field.name] : undefined}
            renderFields={(children, childPrefix, childValues, childErrors) => (
              <Fields fields={children} prefix={childPrefix} values={childValues} errors={childErrors} context={answers} />
            )}
          />
        )
        return (
          <div
            key={field.id ?? name}
            className="form-field"
            hidden={!visible || undefined}
            data-condition={condition}
            data-required={field.required && type.kind === 'input' && !type.container ? requiredMessage(field) : undefined}
            data-input-id={id}
            data-type={field.blockType}
            id={field.name && !prefix ? field.name : undefined}
          >
            {type.kind === 'display' || type.bare ? (
              input
            ) : (
              <FieldShell field={field} id={id} error={error} fieldset={type.fieldset}>
                {input}
              </FieldShell>
            )}
          </div>
        )
      })}
    </>
  )
}
