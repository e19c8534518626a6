/**
 * Every form field type. Adding a type = one folder under blocks/fields/<type>/ (Payload block,
 * parse/validation, display, HTML input) + one line here. A stored block whose type is not listed
 * raises UnknownFieldTypeError (src/forms/errors.ts) — never silently dropped.
 */
import type { FieldType } from '../../src/forms/types'
import { group, makeBlock } from './group'
import { select } from './select'
import { text } from './text'

/** Types that may also appear inside a repeatable group. */
const leafTypes: Record<string, FieldType> = {
  [text.type]: text as FieldType,
  [select.type]: select as FieldType,
}

export const fieldTypes: Record<string, FieldType> = {
  ...leafTypes,
  [group.type]: { ...(group as FieldType), block: makeBlock(Object.values(leafTypes).map((t) => t.block)) },
}

export const fieldBlocks = Object.values(fieldTypes).map((t) => t.block)
