/**
 * The form engine's contract. One form definition (stored in Payload) drives three things: the
 * HTML the citizen sees, the server-side validation, and the display of stored answers. Each
 * field type lives in blocks/fields/<type>/ and implements FieldType; blocks/fields/index.ts
 * registers them. An unknown type fails loudly (UnknownFieldTypeError).
 */
import type { Block } from 'payload'
import type { ReactElement } from 'react'

/** A visibility rule: "shown when <field> <operator> <value>". */
export interface ConditionRule {
  field: string
  operator: 'equals' | 'notEquals' | 'contains' | 'filled' | 'empty'
  value?: string | null
}

export interface FieldCondition {
  enabled?: boolean | null
  match?: 'all' | 'any' | null
  rules?: ConditionRule[] | null
}

/** What every stored field block carries (input blocks; display blocks use a subset). */
export interface BaseFieldConfig {
  blockType: string
  id?: string | null
  label?: string | null
  name?: string | null
  hint?: string | null
  required?: boolean | null
  width?: 'full' | 'half' | null
  defaultValue?: string | null
  condition?: FieldCondition | null
  [setting: string]: unknown
}

/**
 * The submitted values, as read from a form post (application/x-www-form-urlencoded or
 * multipart). Keys are full input names: "nom", "adresse.codePostal", "enfants.0.prenom".
 */
export interface RawInput {
  get(key: string): string | undefined
  getAll(key: string): string[]
  /** Keys present in the post that start with prefix (used by repeatable groups). */
  keys(): string[]
}

/** A file after content checks (magic bytes, re-encoding) and storage: a reference only. */
export interface StoredFileRef {
  id: string | number
  filename: string
  mimeType: string
  filesize: number
}

export interface ParseContext {
  /** Uploaded files of this post by input name (already checked and stored by the engine). */
  files: Record<string, StoredFileRef[]>
  /** File-level problems found by the engine, by input name (French messages). */
  fileErrors: Record<string, string>
  /** Previously accepted value (multi-step: a file field keeps its files when nothing new is sent). */
  previous: unknown
  /** "Today" for date rules, injectable for tests. */
  today: Date
  /**
   * Parse the children of a group item with the engine itself (conditions, required, errors),
   * set by the engine. `previous` is the item's previous value.
   */
  parseChildren?: (fields: BaseFieldConfig[], prefix: string, previous: Record<string, unknown> | undefined) => Promise<FieldsResult>
}

export interface FieldsResult {
  /** Valid values of visible fields, by field name */
  values: Record<string, unknown>
  /** What to show back to the citizen (last submitted, valid or not), by field name */
  shown: Record<string, unknown>
  /** French messages by full input name */
  errors: Record<string, string>
}

export type ParseResult<V> =
  | { ok: true; value: V | null } // null = left empty
  | { ok: false; error: string; value?: unknown; errors?: Record<string, string> } // value: shown back; errors: per sub-input

export interface FieldInputProps<C extends BaseFieldConfig = BaseFieldConfig> {
  field: C
  /** HTML name and id base, e.g. "nom" or "enfants.0.prenom" */
  name: string
  id: string
  /** The value to show: last submitted (even if invalid) or stored */
  value: unknown
  /** French message for this field, when invalid */
  error?: string
  /** Per-sub-field errors of compound and group fields, by full input name */
  errors?: Record<string, string>
  /** Renders child fields (repeatable groups), set by the form renderer */
  renderFields?: (fields: BaseFieldConfig[], prefix: string, values: Record<string, unknown>, errors: Record<string, string>) => ReactElement
}

export interface FieldType<C extends BaseFieldConfig = BaseFieldConfig, V = unknown> {
  /** Block slug, stored as blockType */
  type: string
  /** The Payload block staff use in the admin */
  block: Block
  /** 'input' holds an answer; 'display' shows text only (heading/explanation) */
  kind: 'input' | 'display'
  /**
   * Raw post → typed value or a French error. Must not check `required` (the engine does).
   * Declare the type through cleanText (blocks/fields/shared/cleanText.ts): parse then reads no
   * control or bidi character, and unreadable (invalid UTF-8) values are refused (decision 0024).
   */
  parse(field: C, input: RawInput, name: string, ctx: ParseContext): ParseResult<V> | Promise<ParseResult<V>>
  /**
   * Stored value → human text (check-answers page, e-mails, exports). One line per entry.
   * `displayChild` shows a child field (compound types), so no field type imports the engine.
   */
  display(field: C, value: V, displayChild: (child: BaseFieldConfig, value: unknown) => string[]): string[]
  /** The HTML input(s). Server component; plain HTML that works without JavaScript. */
  Input: (props: FieldInputProps<C>) => ReactElement | null
  /** Whether the field renders as a <fieldset> with a legend (radio, checkboxes, compound). */
  fieldset?: boolean
  /** The message when a required field is left empty (default: "Renseignez le champ « … »."). */
  requiredMessage?: (field: C) => string
  /** Whether the form must be posted as multipart/form-data */
  multipart?: boolean
}
