/**
 * The form engine's contract. One form definition (stored in Payload) drives three things: the
 * HTML the citizen sees, the server-side validation, and the display of stored answers. Each
 * field type lives in blocks/fields/<type>/ and implements FieldType; blocks/fields/index.ts
 * registers them. An unknown type fails loudly (UnknownFieldTypeError).
 */
import type { Block, Payload, PayloadRequest } from 'payload'
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

/**
 * What every stored field block carries (input blocks; display blocks use a subset). No index
 * signature: each type's config (its folder) declares its own settings, and the blocks Payload
 * stores (payload-types.ts, named by each block's interfaceName) are assignable to it.
 */
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
  /** A container type's children (a repeatable group): the engine walks them generically. */
  fields?: BaseFieldConfig[] | null
  /** A text type's maximum length: bounds what is shown back with a refusal. */
  maxLength?: number | null
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

/**
 * A step post as the engine's `prepare` pass sees it: the raw post, and where what a field type
 * takes (stored files, holds) belongs.
 */
export interface StepPost {
  payload: Payload
  formData: FormData
  input: RawInput
  /** The organisation the form (and so its stored files) belongs to */
  organisationId: number | string
  /** The address the per-address budgets count (antiAbuse clientIp); none from trusted callers */
  clientIp?: string
}

/** What `prepare` produced for a post, by full input name: values for parse, or French messages. */
export interface Prepared {
  values: Record<string, unknown>
  errors: Record<string, string>
}

export interface PrepareContext extends StepPost {
  /** Where the hook writes its results (by full input name) */
  prepared: Prepared
  /** The field's previous value (the form session), e.g. a group's items */
  previous: unknown
  /** Runs `prepare` on the children of a group item, set by the engine. */
  prepareChildren: (fields: BaseFieldConfig[], prefix: string, previous: Record<string, unknown> | undefined) => Promise<void>
}

/** The request being stored, as `commit` sees it. */
export interface CommitContext {
  payload: Payload
  /** The insert's transaction, where the database has one: writes passing it commit or roll back with the request */
  req: PayloadRequest
  submission: { id: number | string; reference: string }
  organisationId: number | string
  requester: { name?: string | null; email?: string | null }
  now: Date
  /**
   * Set when the form asks to pay online (decision 0045): a priced order or booking is stored
   * awaiting payment, its places kept until this time unless paid.
   */
  paymentDueBy?: Date | null
}

/** What a field type's `live` hook reads when its input is shown (availability…). */
export interface LiveContext {
  payload: Payload
  now: Date
}

export interface ReleaseContext {
  payload: Payload
  /** Releases the children of a compound value, set by the engine. */
  releaseChildren: (fields: BaseFieldConfig[], dropped: Record<string, unknown>, kept: Record<string, unknown>) => Promise<void>
}

export interface ParseContext {
  /** What this post's `prepare` pass produced (stored files…), by full input name. */
  prepared: Record<string, unknown>
  /** Problems `prepare` found (a refused file…), by full input name, in French. */
  prepareErrors: Record<string, string>
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
  /** Values that stay stored although this post was refused for them (files accepted earlier), by field name */
  kept: Record<string, unknown>
}

export type ParseResult<V> =
  | { ok: true; value: V | null } // null = left empty
  // value: shown back; errors: per sub-input; keep: the stored value stays (a refused upload keeps the files accepted earlier)
  | { ok: false; error: string; value?: unknown; errors?: Record<string, string>; keep?: unknown }

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
  /** What the type's `live` hook read for this page (availability…) */
  live?: unknown
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
  /** Rendered bare, without label, hint or wrapper (a hidden value) */
  bare?: boolean
  /** Holds other fields (a repeatable group): "required" means items, not a value typed in it */
  container?: boolean
  /** Its answers are the staff's own choices, safe to quote in an e-mail ({{field}} tokens); free text is not */
  closedValue?: boolean
  /** Its answer is a plain number a price rule may multiply ("12 € per m²", decision 0047) */
  quantity?: boolean
  /** Its commit stores something with a price (tickets, a booking): a form with it may ask to pay online with no price of its own (decision 0045) */
  priced?: boolean
  /** A value taken from the form page's address (?param=…), e.g. where a job application came from */
  prefill?(field: C, searchParams: URLSearchParams): V | undefined
  /** What the answer tells about the person making the request (the agents' list, the acknowledgement) */
  requester?(field: C, value: V): { name?: string | null; email?: string | null }
  /** A plausible answer for the demo town's requests (nothing: left empty) */
  sample?(field: C, person: { first: string; last: string; index: number }): V | null

  // Lifecycle (decision 0033): what a type takes outside the answer itself.
  /**
   * On a step post, before parse: takes what the answer will refer to — stores uploads, places
   * a hold — and writes it (or a French message) into ctx.prepared under the input name.
   */
  prepare?(field: C, name: string, ctx: PrepareContext): Promise<void>
  /** `prepare` only reads (the database) and takes nothing: it also runs for a preview (the JavaScript check step). */
  prepareOnlyReads?: boolean
  /**
   * An answer the form session no longer holds (replaced, removed, hidden by a condition): frees
   * what prepare took and `kept` (the answer that replaces it, or null) no longer refers to.
   * Must tolerate what is already gone.
   */
  release?(field: C, dropped: V, kept: V | null, ctx: ReleaseContext): Promise<void>
  /**
   * Inside the request's creation, after its insert, in the insert's transaction where the database
   * has one (`ctx.req`): turns what prepare took into what the request keeps (a hold becomes a
   * booking). Throws CommitRefusal (a French message for the field) to refuse the request: it is
   * then rolled back, or deleted where there is no transaction, and the citizen sent back to the step.
   */
  commit?(field: C, value: V, ctx: CommitContext): Promise<void>
  /** Reads live data for the input when the form page is shown (availability); passed as `live` */
  live?(field: C, ctx: LiveContext): Promise<unknown>
  /**
   * The answer takes something scarce at the step post (a hold with a countdown): the form page
   * posts each step to the server, even with JavaScript, so the hold is placed when it is chosen.
   */
  holds?: boolean
}
