/**
 * One document per line in canonical Extended JSON (v2): every BSON type keeps its exact type —
 * a double 1.0 stays a double, an int32 an int32, dates, ObjectIds, Decimal128 and binaries
 * included — and a line never holds a raw line break.
 */
import fs from 'node:fs'
import path from 'node:path'
import readline from 'node:readline'

import { BSON, type Document } from 'mongodb'

import { BackupError } from './backupError.ts'

/**
 * Read options that keep every value as its BSON type (Int32, Double, Long, BSONRegExp…) instead
 * of a JavaScript number or RegExp: canonical EJSON then writes the type the server holds.
 */
export const EXACT_BSON_READ = { promoteValues: false, promoteLongs: false, promoteBuffers: false, bsonRegExp: true } as const

/**
 * JSON leaves U+2028 and U+2029 raw inside strings, and Node's readline ends a line at them:
 * written as the escapes \u2028 and \u2029 (the same string to any JSON reader), a line stays whole.
 */
const escapeLineSeparators = (json: string) => json.replace(/[\u2028\u2029]/g, (c) => (c === '\u2028' ? '\\u2028' : '\\u2029'))

export const toEjsonLine = (doc: Document): string => `${escapeLineSeparators(BSON.EJSON.stringify(doc, { relaxed: false }))}\n`

/** Canonical EJSON of anything (index lists): exact, indented for a reader. */
export const toEjsonText = (value: unknown): string => `${BSON.EJSON.stringify(value, undefined, 2, { relaxed: false })}\n`

export const fromEjsonText = <T>(text: string): T => BSON.EJSON.parse(text, { relaxed: false }) as T

/** Lines of a file, streamed (never the whole file in memory), with their 1-based numbers. */
async function* lines(file: string): AsyncGenerator<[line: string, number: number]> {
  const input = readline.createInterface({ input: fs.createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity })
  let number = 0
  for await (const line of input) {
    number++
    if (line.trim() !== '') yield [line, number]
  }
}

/** How many documents a .jsonl file holds (one streamed pass). */
export async function countDocumentLines(file: string): Promise<number> {
  let count = 0
  for await (const _ of lines(file)) count++
  return count
}

/**
 * The documents of a .jsonl file in batches (at most `maxDocuments`, or about `maxChars` of
 * text): the memory a restore needs does not grow with the collection.
 */
export async function* documentBatches(file: string, { maxDocuments = 1000, maxChars = 8_000_000 } = {}): AsyncGenerator<Document[]> {
  let batch: Document[] = []
  let chars = 0
  for await (const [line, number] of lines(file)) {
    try {
      batch.push(BSON.EJSON.parse(line, { relaxed: false }) as Document)
    } catch (error) {
      throw new BackupError(`Ligne ${number} illisible dans ${path.basename(file)} : ${(error as Error).message}`)
    }
    chars += line.length
    if (batch.length >= maxDocuments || chars >= maxChars) {
      yield batch
      batch = []
      chars = 0
    }
  }
  if (batch.length > 0) yield batch
}
