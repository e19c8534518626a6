/*
 * The second process of the two-process guarantee tests (test/int/guarantees-two-processes):
 * `payload run test/helpers/sendRequests.ts <slug> <count> <tag> [sendKey]` boots Payload on DATABASE_URL,
 * prints READY, waits for one line on stdin, then sends <count> requests to the form at once
 * and prints `RESULT {"references":[…],"full":n}`.
 */
import readline from 'node:readline'

import { getPayload } from 'payload'

import config from '../../src/payload.config'
import { sendAtOnce } from './sendAtOnce'

const [slug, countText, tag, sendKey] = process.argv.slice(2).filter((a) => a !== '--')
const payload = await getPayload({ config })
console.log('READY')
await new Promise<void>((resolve) => readline.createInterface({ input: process.stdin }).once('line', () => resolve()))
console.log(`RESULT ${JSON.stringify(await sendAtOnce(payload, slug, Number(countText), tag, sendKey))}`)
await payload.destroy()
process.exit(0)
