import type { RawInput } from './types'

/** A RawInput over a posted FormData (text values only; files are handled by the upload step). */
export function rawInputFromFormData(data: FormData): RawInput {
  return {
    get: (key) => {
      const value = data.get(key)
      return typeof value === 'string' ? value : undefined
    },
    getAll: (key) => data.getAll(key).filter((v): v is string => typeof v === 'string'),
    keys: () => [...new Set(data.keys())],
  }
}

/** A RawInput over plain values (tests, stored answers). */
export function rawInputFromObject(values: Record<string, string | string[] | undefined>): RawInput {
  return {
    get: (key) => {
      const v = values[key]
      return Array.isArray(v) ? v[0] : v
    },
    getAll: (key) => {
      const v = values[key]
      return v === undefined ? [] : Array.isArray(v) ? v : [v]
    },
    keys: () => Object.keys(values),
  }
}
