import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'

import type { BaseFieldConfig, FieldInputProps, FieldType, ParseContext, RawInput, StoredFileRef } from '../../../src/forms/types'

/** A RawInput from a plain object, as a form post would give it. */
export function rawInput(data: Record<string, string | string[]> = {}): RawInput {
  const all = (key: string): string[] => {
    const value = data[key]
    return value === undefined ? [] : Array.isArray(value) ? value : [value]
  }
  return {
    get: (key) => all(key)[0],
    getAll: all,
    keys: () => Object.keys(data),
  }
}

/** 12 March 2026, mid-morning in Paris. */
export const TODAY = new Date('2026-03-12T10:00:00Z')

export function parseContext(overrides: Partial<ParseContext> = {}): ParseContext {
  return { prepared: {}, prepareErrors: {}, previous: undefined, today: TODAY, ...overrides }
}

/** Parses one posted value (or several keys) with a field type, outside the engine. */
export function parseWith<C extends BaseFieldConfig, V>(
  type: FieldType<C, V>,
  field: C,
  data: Record<string, string | string[]>,
  ctx: Partial<ParseContext> = {},
  name = field.name ?? 'champ',
) {
  return type.parse(field, rawInput(data), name, parseContext(ctx))
}

/** The HTML of a type's Input, as the server renders it. */
export function renderInput<C extends BaseFieldConfig>(type: FieldType<C, unknown>, props: FieldInputProps<C>): string {
  return renderToStaticMarkup(createElement(type.Input, props))
}

export const storedFile = (over: Partial<StoredFileRef> = {}): StoredFileRef => ({
  id: 1,
  filename: 'justificatif.pdf',
  mimeType: 'application/pdf',
  filesize: 120_000,
  ...over,
})

/** The opening tag of the element with this id in rendered HTML. */
export function tagWithId(html: string, id: string): string {
  const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const match = new RegExp(`<[a-z]+\\s[^>]*\\bid="${escaped}"[^>]*>`).exec(html)
  if (!match) throw new Error(`No element with id="${id}" in ${html}`)
  return match[0]
}

/** An attribute's value in an opening tag (React keeps some names camelCased; HTML ignores case). */
export function attr(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`, 'i').exec(tag)?.[1]
}
