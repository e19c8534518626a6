import { stripControlCharacters } from '../lib/controlCharacters'
import type { RawInput } from './types'

/**
 * First net for every field type, current or future (decision 0024): no control or bidi character
 * gets past the post. Tab and line breaks stay for long text (each one-line type's cleanText removes
 * them); U+FFFD stays, so the field can say its value was not valid UTF-8.
 */
const clean = (value: string) => stripControlCharacters(value, { multiline: true })

/** A RawInput over a posted FormData (text values only; files are handled by the upload step). */
export function rawInputFromFormData(data: FormData): RawInput {
  return {
    get: (key) => {
      const value = data.get(key)
      return typeof value === 'string' ? clean(value) : undefined
    },
    getAll: (key) => data.getAll(key).flatMap((v) => (typeof v === 'string' ? [clean(v)] : [])),
    keys: () => [...new Set(data.keys())],
  }
}

/** A RawInput over plain values (tests, stored answers). */
export function rawInputFromObject(values: Record<string, string | string[] | undefined>): RawInput {
  return {
    get: (key) => {
      const v = values[key]
      const first = Array.isArray(v) ? v[0] : v
      return first === undefined ? undefined : clean(first)
    },
    getAll: (key) => {
      const v = values[key]
      return (v === undefined ? [] : Array.isArray(v) ? v : [v]).map(clean)
    },
    keys: () => Object.keys(values),
  }
}
