import { randomBytes } from 'node:crypto'

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'

/**
 * A payment's refdet: PayFiP wants 1 to 30 letters or digits, unique per payment. The request's
 * reference without its separators (the régie reads it back), then a random tail: unique in the
 * database too (the collection's unique key), each attempt its own.
 */
export function newRefdet(reference: string): string {
  const head = reference.replace(/[^A-Za-z0-9]/g, '').toUpperCase().slice(0, 22)
  const tail = Array.from(randomBytes(6), (b) => ALPHABET[b % ALPHABET.length]).join('')
  return `${head}P${tail}`.slice(0, 30)
}
