/**
 * Visibility conditions, evaluated by this one function on the server (validation, storage) and
 * in the browser (live show/hide). Pure, no imports: safe to bundle for the client.
 */
import type { BaseFieldConfig, ConditionRule } from './types'

/** Flattened answers: top-level field name → value (string, string[], object, …). */
export type AnswersForConditions = Record<string, unknown>

function asStrings(value: unknown): string[] {
  if (value === null || value === undefined) return []
  if (Array.isArray(value)) return value.flatMap(asStrings)
  if (typeof value === 'boolean') return value ? ['oui'] : [] // a ticked checkbox reads as "oui"
  if (typeof value === 'object') return Object.values(value as Record<string, unknown>).flatMap(asStrings)
  const text = String(value).trim()
  return text ? [text] : []
}

const norm = (s: string) => s.trim().toLowerCase()

export function ruleHolds(rule: ConditionRule, answers: AnswersForConditions): boolean {
  const values = asStrings(answers[rule.field]).map(norm)
  const raw = norm(rule.value ?? '')
  const expected = raw === 'true' || raw === 'vrai' ? 'oui' : raw
  switch (rule.operator) {
    case 'filled':
      return values.length > 0
    case 'empty':
      return values.length === 0
    case 'equals':
      return values.length === 1 && values[0] === expected
    case 'notEquals':
      return !(values.length === 1 && values[0] === expected)
    case 'contains':
      return values.some((v) => v === expected || v.includes(expected))
    default:
      return false
  }
}

export function isFieldVisible(field: Pick<BaseFieldConfig, 'condition'>, answers: AnswersForConditions): boolean {
  const condition = field.condition
  if (!condition?.enabled || !condition.rules?.length) return true
  const results = condition.rules.map((rule) => ruleHolds(rule, answers))
  return condition.match === 'any' ? results.some(Boolean) : results.every(Boolean)
}
