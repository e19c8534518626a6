import { hasInvalidUtf8, stripControlCharacters } from '../../../src/lib/controlCharacters'
import type { BaseFieldConfig, FieldType, ParseResult, RawInput } from '../../../src/forms/types'

export const UNREADABLE_TEXT_ERROR = 'Ce champ contient des caractères illisibles : retapez-le.'

/** Marks a type whose parse() went through cleanText (the registry test checks every input type). */
const CLEANED = Symbol.for('portail.fields.cleanText')

export const isCleanTextType = (type: FieldType): boolean => Boolean((type as unknown as Record<symbol, unknown>)[CLEANED])

/** The field's own keys: "nom", "adresse.rue", "enfants.__items" — not a group item's children. */
function ownKey(key: string, name: string): boolean {
  return key === name || (key.startsWith(`${name}.`) && !key.slice(name.length + 1).includes('.'))
}

/** Values without control characters (decision 0024) nor the U+FFFD left by invalid UTF-8. */
function cleanInput(input: RawInput, multiline: boolean): RawInput {
  const clean = (value: string) => stripControlCharacters(value, { multiline }).replace(/\uFFFD/g, '')
  return {
    get: (key) => {
      const value = input.get(key)
      return value === undefined ? undefined : clean(value)
    },
    getAll: (key) => input.getAll(key).map(clean),
    keys: () => input.keys(),
  }
}

/**
 * Wraps a field type so its parse() only ever reads clean text: control and bidi characters are
 * removed (tab and line breaks kept only in long text), and a value that was not valid UTF-8 is
 * refused with a French message beside the field (beside the sub-input of a compound field),
 * never stored with U+FFFD in it. Every input type of blocks/fields/ is declared through it.
 */
export function cleanText<C extends BaseFieldConfig, V>(type: FieldType<C, V>, options: { multiline?: boolean } = {}): FieldType<C, V> {
  if (isCleanTextType(type as FieldType)) return type
  const multiline = options.multiline ?? false
  const refuse = (result: ParseResult<V>, unreadable: string[], name: string): ParseResult<V> => {
    const parts = unreadable.filter((key) => key !== name)
    const errors = { ...(result.ok ? {} : result.errors), ...Object.fromEntries(parts.map((key) => [key, UNREADABLE_TEXT_ERROR])) }
    return { ok: false, error: UNREADABLE_TEXT_ERROR, value: result.value, ...(Object.keys(errors).length ? { errors } : {}) }
  }
  const wrapped: FieldType<C, V> = {
    ...type,
    parse(field, input, name, ctx) {
      const unreadable = input.keys().filter((key) => ownKey(key, name) && input.getAll(key).some(hasInvalidUtf8))
      const result = type.parse(field, cleanInput(input, multiline), name, ctx)
      if (!unreadable.length) return result
      return result instanceof Promise ? result.then((r) => refuse(r, unreadable, name)) : refuse(result, unreadable, name)
    },
  }
  Object.defineProperty(wrapped, CLEANED, { value: true, enumerable: true }) // kept by { ...type } copies
  return wrapped
}
