/*
 * The second process of the two-process guarantee tests (test/int/guarantees-two-processes):
 * `payload run test/helpers/sendRequests.ts` boots Payload on DATABASE_URL and prints READY; then,
 * for each line `<slug> <count> <tag> [sendKey]` on stdin, sends <count> requests to the form at
 * once and prints `RESULT {"references":[…],"full":n}` (or `ERROR …`); for a line
 * `book <slug> <count> <tag> <ipPrefix> <values as JSON>`, <count> citizens book at once
 * (`RESULT {"booked":[…],"refused":n}`); for a line `burst <slug> <count> <tag> <ipPrefix> <values as JSON>`,
 * the same, each booking printed as soon as it is acknowledged (`BOOKED <follow-up token>`), for a
 * test that kills this process in the middle; for a line `notify <idOp> <count>`, <count> PayFiP
 * notifications of that operation at once through the real handler (`RESULT {"statuses":[…]}`).
 * Ends with stdin.
 */
import readline from 'node:readline'

import { getPayload } from 'payload'

import config from '../../src/payload.config'
import { handlePaymentNotification } from '../../src/intake/paymentNotification'
import { bookAtOnce } from './bookAtOnce'
import { formClient } from './formClient'
import { sendAtOnce } from './sendAtOnce'

const payload = await getPayload({ config })
console.log('READY')
for await (const line of readline.createInterface({ input: process.stdin })) {
  const [slug, countText, tag, sendKey] = line.trim().split(/\s+/)
  if (!slug) continue
  try {
    if (slug === 'burst') {
      const [, burstSlug, burstCount, burstTag, ipPrefix, ...json] = line.trim().split(/\s+/)
      const values = JSON.parse(json.join(' ')) as Record<string, string>
      // One citizen every 300 ms: the test cuts the burst in its middle, some sends in flight.
      for (let i = 0; i < Number(burstCount); i += 1) {
        setTimeout(() => {
          const client = formClient(payload, `${ipPrefix}.${i + 1}`)
          client
            .post(burstSlug, { action: 'suivant', etape: '1', ...values, courriel: `${burstTag}.${i}@example.fr` })
            .then(async (step) => (step.location.includes('/verification') ? (await client.post(burstSlug, { action: 'envoyer', session: step.session! })).followUp : undefined))
            .then((followUp) => followUp && console.log(`BOOKED ${followUp}`))
            .catch(() => {})
        }, i * 300)
      }
      continue
    }
    if (slug === 'notify') {
      const notify = () => handlePaymentNotification(payload, new Request('http://localhost/paiement/notification', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ idOp: countText }) }))
      const statuses = await Promise.all(Array.from({ length: Number(tag) }, async () => (await notify()).status))
      console.log(`RESULT ${JSON.stringify({ statuses })}`)
      continue
    }
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
