/*
 * The second process of the two-process guarantee tests (test/int/guarantees-two-processes):
 * `payload run test/helpers/sendRequests.ts <slug> <count> <tag>` boots Payload on DATABASE_URL,
 * prints READY, waits for one line on stdin, then sends <count> requests to the form at once
 * and prints `RESULT {"references":[…],"full":n}`.
 */
import readline from 'node:readline'

import { getPayload } from 'payload'

import { loadPublishedForm } from '../../src/forms/loadForm'
import config from '../../src/payload.config'
import { FormFullError } from '../../src/submissions/capacity'
import { submitForm } from '../../src/submissions/submit'

const [slug, countText, tag] = process.argv.slice(2).filter((a) => a !== '--')
const payload = await getPayload({ config })
const form = await loadPublishedForm(payload, slug)
if (!form) throw new Error(`no published form ${slug}`)
console.log('READY')
await new Promise<void>((resolve) => readline.createInterface({ input: process.stdin }).once('line', () => resolve()))
const outcomes = await Promise.all(
  Array.from({ length: Number(countText) }, (_, i) =>
    submitForm(payload, form, { courriel: `${tag}.${i}@example.fr` }, { schedule: () => {} }).then(
      (receipt) => receipt.reference,
      (error) => {
        if (error instanceof FormFullError) return null
        throw error
      },
    ),
  ),
)
console.log(`RESULT ${JSON.stringify({ references: outcomes.filter(Boolean), full: outcomes.filter((o) => o === null).length })}`)
await payload.destroy()
process.exit(0)
