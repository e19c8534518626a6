import { type CollectionBeforeValidateHook, ValidationError } from 'payload'

import { assertKnownFieldTypes } from '../../../src/forms/engine'
import { UnknownFieldTypeError } from '../../../src/forms/errors'
import type { BaseFieldConfig } from '../../../src/forms/types'

/** Machine names must be unique in a form (they key the answers); condition rules must name a field. */
export const checkFieldNames: CollectionBeforeValidateHook = ({ data }) => {
  const steps = (data?.steps ?? []) as Array<{ fields?: BaseFieldConfig[] }>
  const seen = new Map<string, string>()
  const errors: Array<{ path: string; message: string }> = []
  steps.forEach((step, s) => {
    const fields = step.fields ?? []
    try {
      assertKnownFieldTypes(fields)
    } catch (error) {
      if (!(error instanceof UnknownFieldTypeError)) throw error
      errors.push({ path: `steps.${s}.fields`, message: `Type de champ inconnu : ${error.message}` })
      return
    }
    fields.forEach((field, f) => {
      if (!field.name) return
      if (seen.has(field.name)) {
        errors.push({
          path: `steps.${s}.fields.${f}.name`,
          message: `Le nom technique « ${field.name} » est déjà utilisé par le champ « ${seen.get(field.name)} ». Chaque champ doit avoir un nom unique.`,
        })
      } else seen.set(field.name, String(field.label ?? field.name))
    })
  })
  steps.forEach((step, s) =>
    (step.fields ?? []).forEach((field, f) =>
      (field.condition?.enabled ? field.condition.rules ?? [] : []).forEach((rule, r) => {
        if (rule.field && !seen.has(rule.field)) {
          errors.push({
            path: `steps.${s}.fields.${f}.condition.rules.${r}.field`,
            message: `La condition porte sur « ${rule.field} », qui n'est le nom technique d'aucun champ de ce formulaire.`,
          })
        }
      }),
    ),
  )
  // A repeatable group keys its items' answers by its own fields' names: unique within the group;
  // their conditions may name a field of the item or of the form.
  steps.forEach((step, s) =>
    (step.fields ?? []).forEach((group, f) => {
      const children = group.fields
      if (!children) return
      const own = new Map<string, string>()
      children.forEach((child, c) => {
        if (!child.name) return
        if (own.has(child.name)) {
          errors.push({
            path: `steps.${s}.fields.${f}.fields.${c}.name`,
            message: `Le nom technique « ${child.name} » est déjà utilisé dans le groupe « ${group.label ?? group.name} » par le champ « ${own.get(child.name)} ». Chaque champ du groupe doit avoir un nom unique.`,
          })
        } else own.set(child.name, String(child.label ?? child.name))
      })
      children.forEach((child, c) =>
        (child.condition?.enabled ? child.condition.rules ?? [] : []).forEach((rule, r) => {
          if (rule.field && !own.has(rule.field) && !seen.has(rule.field)) {
            errors.push({
              path: `steps.${s}.fields.${f}.fields.${c}.condition.rules.${r}.field`,
              message: `La condition porte sur « ${rule.field} », qui n'est le nom technique d'aucun champ de ce groupe ni de ce formulaire.`,
            })
          }
        }),
      )
    }),
  )
  if (errors.length) throw new ValidationError({ collection: 'forms', errors })
  return data
}
