/**
 * Parsing and validation of a form from its stored definition: one code path for every step, the
 * final check and the property-based tests. Values of hidden fields are dropped, whatever was sent.
 */
import { fieldTypes } from '../../blocks/fields'
import { isFieldVisible } from './conditions'
import { CommitRefusal, UnknownFieldTypeError } from './errors'
import type { Payload } from 'payload'

import type { BaseFieldConfig, CommitContext, FieldsResult, FieldType, LiveContext, ParseContext, ParseResult, Prepared, RawInput, StepPost } from './types'

export interface FormStep {
  title: string
  fields: BaseFieldConfig[]
}

export interface FormDefinition {
  steps: FormStep[]
}

export type Answers = Record<string, unknown>

export function getFieldType(type: string): FieldType {
  const found = (fieldTypes as Record<string, FieldType>)[type]
  if (!found) throw new UnknownFieldTypeError(type)
  return found
}

/** Every field (and group child) must have a known type: checked when a form is saved and read. */
export function assertKnownFieldTypes(fields: BaseFieldConfig[]): void {
  for (const field of fields) {
    getFieldType(field.blockType)
    if (field.fields) assertKnownFieldTypes(field.fields)
  }
}

export const isEmpty = (value: unknown): boolean =>
  value === null ||
  value === undefined ||
  value === '' ||
  value === false ||
  (Array.isArray(value) && value.length === 0)

export function requiredMessage(field: BaseFieldConfig): string {
  const type = getFieldType(field.blockType)
  if (type.requiredMessage) return type.requiredMessage(field)
  return type.fieldset
    ? `Choisissez une réponse pour « ${field.label} ».`
    : `Renseignez le champ « ${field.label} ».`
}

type EngineContext = Omit<ParseContext, 'previous' | 'parseChildren'>

/**
 * A refused value is shown back, and kept in the form session, with each text cut to this many
 * characters (or the field's own maximum when larger): a 10 MB value refused for its length must
 * not be stored and sent back (decision 0022).
 */
export const REFUSED_TEXT_MAX_CHARS = 2000
/** No message is longer (messages quote file names and limits, never whole values). */
const MESSAGE_MAX_CHARS = 1000

/** `value` with every string cut to `max` characters; `cut` tells whether anything was cut. */
export function boundedValue(value: unknown, max: number): { value: unknown; cut: boolean } {
  if (typeof value === 'string') {
    if (value.length <= max) return { value, cut: false }
    const head = value.slice(0, max)
    return { value: /[\uD800-\uDBFF]$/.test(head) ? head.slice(0, -1) : head, cut: true }
  }
  if (Array.isArray(value)) {
    let cut = false
    const items = value.map((item) => {
      const bounded = boundedValue(item, max)
      cut ||= bounded.cut
      return bounded.value
    })
    return { value: items, cut }
  }
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    let cut = false
    const out: Record<string, unknown> = {}
    for (const [key, item] of Object.entries(value)) {
      const bounded = boundedValue(item, max)
      cut ||= bounded.cut
      out[key] = bounded.value
    }
    return { value: out, cut }
  }
  return { value, cut: false }
}

const boundedMessage = (message: string) => (message.length > MESSAGE_MAX_CHARS ? `${message.slice(0, MESSAGE_MAX_CHARS - 1)}…` : message)

/**
 * Parses and validates a list of fields (one step, or the children of a group item).
 * `context` holds the answers of the rest of the form, for conditions.
 */
export async function parseFields(
  fields: BaseFieldConfig[],
  input: RawInput,
  prefix: string,
  ctx: EngineContext,
  previous: Answers,
  context: Answers,
): Promise<FieldsResult> {
  const parsed: Array<{ field: BaseFieldConfig; name: string; key: string; result: ParseResult<unknown> }> = []
  for (const field of fields) {
    const type = getFieldType(field.blockType)
    if (type.kind !== 'input' || !field.name) continue
    const key = field.name
    const name = prefix ? `${prefix}.${key}` : key
    const result = await type.parse(field as never, input, name, {
      ...ctx,
      previous: previous[key],
      parseChildren: (children, childPrefix, childPrevious) =>
        parseFields(children, input, childPrefix, ctx, childPrevious ?? {}, { ...context, ...previous }),
    })
    parsed.push({ field, name, key, result })
  }
  // Visibility settled until stable: a field shown only by a hidden field's value is hidden too.
  let hidden = new Set<string>()
  for (let round = 0; round < 10; round += 1) {
    const answersForConditions: Answers = { ...context }
    for (const { key, result } of parsed) answersForConditions[key] = hidden.has(key) || !result.ok ? null : result.value
    const next = new Set(parsed.filter(({ field }) => !isFieldVisible(field, answersForConditions)).map(({ key }) => key))
    const stable = next.size === hidden.size && [...next].every((k) => hidden.has(k))
    hidden = next
    if (stable) break
  }

  const out: FieldsResult = { values: {}, shown: {}, errors: {}, kept: {} }
  for (const { field, name, key, result } of parsed) {
    if (hidden.has(key)) continue
    if (!result.ok) {
      if (result.keep !== undefined) out.kept[key] = result.keep
      // Group items were bounded field by field when parsed (their children's own maximums).
      const max = Math.max(REFUSED_TEXT_MAX_CHARS, typeof field.maxLength === 'number' ? field.maxLength : 0)
      const shown = Array.isArray(field.fields) ? { value: result.value, cut: false } : boundedValue(result.value, max)
      out.shown[key] = shown.value
      out.errors[name] = boundedMessage(
        shown.cut ? `${result.error} Le texte envoyé était beaucoup trop long : seuls ses ${max} premiers caractères ont été gardés.` : result.error,
      )
      if (result.errors) for (const [input, message] of Object.entries(result.errors)) out.errors[input] = boundedMessage(message)
      continue
    }
    out.shown[key] = result.value
    if (isEmpty(result.value)) {
      if (field.required) out.errors[name] = requiredMessage(field)
      continue
    }
    out.values[key] = result.value
  }
  return out
}

/**
 * The `prepare` pass of a step post, before parsing: each field type that takes something for its
 * answer (files stored, a hold placed) does it now; parse reads the result (ctx.prepared).
 * `onlyReads`: a read that is not kept (the JavaScript check step): only the types whose prepare
 * takes nothing (`prepareOnlyReads`: a parcel looked up) run, and containers (groups) for their children.
 */
export async function prepareFields(
  fields: BaseFieldConfig[],
  post: StepPost,
  previous: Answers = {},
  prefix = '',
  prepared: Prepared = { values: {}, errors: {} },
  onlyReads = false,
): Promise<Prepared> {
  for (const field of fields) {
    const type = getFieldType(field.blockType)
    if (!type.prepare || !field.name) continue
    if (onlyReads && !type.prepareOnlyReads && !type.container) continue
    const name = prefix ? `${prefix}.${field.name}` : field.name
    await type.prepare(field as never, name, {
      ...post,
      prepared,
      previous: previous[field.name],
      prepareChildren: async (children, childPrefix, childPrevious) => {
        await prepareFields(children, post, childPrevious ?? {}, childPrefix, prepared, onlyReads)
      },
    })
  }
  return prepared
}

/**
 * Answers a form session drops (replaced, removed, hidden): each field type frees what its
 * `prepare` took and the answer kept no longer refers to (files deleted, a hold released).
 */
export async function releaseDropped(payload: Payload, fields: BaseFieldConfig[], dropped: Answers, kept: Answers): Promise<void> {
  for (const field of fields) {
    const type = getFieldType(field.blockType)
    if (!type.release || !field.name) continue
    const before = dropped[field.name]
    const after = kept[field.name] ?? null
    if (isEmpty(before) || before === after) continue
    await type.release(field as never, before as never, after as never, {
      payload,
      releaseChildren: (children, childDropped, childKept) => releaseDropped(payload, children, childDropped, childKept),
    })
  }
}

/** Visible input fields of a list, given all answers (check-answers page, final check, display). */
export function visibleInputFields(fields: BaseFieldConfig[], answers: Answers): BaseFieldConfig[] {
  return fields.filter((f) => getFieldType(f.blockType).kind === 'input' && f.name && isFieldVisible(f, answers))
}

/**
 * The final check before storing: every visible required field answered, every hidden field's
 * value dropped. Returns the step index of the first problem, or null when complete.
 */
export function finalCheck(definition: FormDefinition, answers: Answers): { clean: Answers; firstIncompleteStep: number | null; errors: Record<string, string> } {
  // Visibility is settled until stable: a field hidden by a hidden field's stale value is hidden too.
  let current: Answers = { ...answers }
  for (let round = 0; round < 10; round += 1) {
    const next: Answers = {}
    for (const step of definition.steps) {
      for (const field of visibleInputFields(step.fields, current)) {
        if (!isEmpty(answers[field.name!])) next[field.name!] = answers[field.name!]
      }
    }
    const stable = Object.keys(next).length === Object.keys(current).length
    current = next
    if (stable) break
  }
  const errors: Record<string, string> = {}
  let firstIncompleteStep: number | null = null
  definition.steps.forEach((step, index) => {
    for (const field of visibleInputFields(step.fields, current)) {
      if (field.required && isEmpty(current[field.name!])) {
        errors[field.name!] = requiredMessage(field)
        if (firstIncompleteStep === null) firstIncompleteStep = index
      }
    }
  })
  return { clean: current, firstIncompleteStep, errors }
}

/** Human-readable lines of an answer, through its field type. */
export function displayAnswer(field: BaseFieldConfig, value: unknown): string[] {
  if (isEmpty(value)) return []
  return getFieldType(field.blockType).display(field as never, value as never, displayAnswer)
}

/** Whether storing a request from this form runs field types' `commit` (holds to confirm). */
export const hasCommits = (definition: FormDefinition): boolean =>
  definition.steps.some((step) => step.fields.some((field) => Boolean(getFieldType(field.blockType).commit)))

/** Whether a form takes something scarce at a step post (the page then posts each step). */
export const hasHolds = (definition: FormDefinition): boolean =>
  definition.steps.some((step) => step.fields.some((field) => Boolean(getFieldType(field.blockType).holds)))

/** A refused commit, with where the citizen goes back to: the field's step and its message. */
export class RefusedCommit extends Error {
  constructor(
    readonly step: number,
    readonly errors: Record<string, string>,
  ) {
    super('A field refused the request')
    this.name = 'RefusedCommit'
  }
}

/**
 * The `commit` pass of a request's creation: each answered field whose type takes something
 * (a hold) confirms it, in the order of the form. Top-level fields only: holding types are not
 * offered inside repeatable groups.
 */
export async function commitFields(definition: FormDefinition, answers: Answers, ctx: CommitContext): Promise<void> {
  for (const [index, step] of definition.steps.entries()) {
    for (const field of step.fields) {
      const type = getFieldType(field.blockType)
      if (!type.commit || !field.name || isEmpty(answers[field.name])) continue
      try {
        await type.commit(field as never, answers[field.name] as never, ctx)
      } catch (error) {
        if (error instanceof CommitRefusal) throw new RefusedCommit(index, { [field.name]: error.citizenMessage })
        throw error
      }
    }
  }
}

/** What the fields of a form read live for its page (availability), by field name. */
export async function loadLive(definition: FormDefinition, ctx: LiveContext): Promise<Record<string, unknown>> {
  const live: Record<string, unknown> = {}
  for (const step of definition.steps) {
    for (const field of step.fields) {
      const type = getFieldType(field.blockType)
      if (type.live && field.name) live[field.name] = await type.live(field as never, ctx)
    }
  }
  return live
}
