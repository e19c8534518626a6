/*
 * The second process of the two-process guarantee tests (test/int/guarantees-two-processes):
 * `payload run test/helpers/sendRequests.ts` boots Payload on DATABASE_URL and prints READY; then,
 * for each line `<slug> <count> <tag> [sendKey]` on stdin, sends <count> requests to the form at
 * once and prints `RESULT {"references":[…],"full":n}` (or `ERROR …`); for a line
 * `book <slug> <count> <tag> <ipPrefix> <values as JSON>`, <count> citizens book at once
 * (`RESULT {"booked":[…],"refused":n}`). Ends with stdin.
 */
import readline from 'node:readline'

import { getPayload } from 'payload'

import config from '../../src/payload.config'
import { bookAtOnce } from './bookAtOnce'
import { sendAtOnce } from './sendAtOnce'

const payload = await getPayload({ config })
console.log('READY')
for await (const line of readline.createInterface({ input: process.stdin })) {
  const [slug, countText, tag, sendKey] = line.trim().split(/\s+/)
  if (!slug) continue
  try {
    if (slug === 'book') {
      const [, bookSlug, bookCount, bookTag, ipPrefix, ...json] = line.trim().split(/\s+/)
      console.log(`RESULT ${JSON.stringify(await bookAtOnce(payload, bookSlug, Number(bookCount), bookTag, JSON.parse(json.join(' ')), ipPrefix))}`)
      continue
    }
    console.log(`RESULT ${JSON.stringify(await sendAtOnce(payload, slug, Number(countText), tag, sendKey))}`)
  } catch (error) {
    console.log(`ERROR ${JSON.stringify(String((error as Error)?.stack ?? error))}`)
  }
}
await payload.destroy()
process.exit(0)
