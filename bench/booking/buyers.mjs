// The buyers of bench/booking: each one posts the billets step (one ticket: the hold), then
// "Envoyer" (the tickets), as a browser without JavaScript does, and follows the waiting room as
// its page does with JavaScript: back after Retry-After with the pass cookie, same answers.
import http from 'node:http'

const TIMEOUT_MS = 10_000

/**
 * Runs `buyers` buyers, `connections` at a time over keep-alive connections. Returns every
 * request's latency, what each answer was, and when each purchase was acknowledged.
 */
export async function runBuyers({ baseURL, path, buyers, connections, stepBody, sendBody }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections })
  const url = new URL(path, baseURL)
  const latencies = []
  const counts = { waiting: 0, timeouts: 0, errors: 0, refusedAtStep: 0, refusedAtSend: 0, purchases: 0, other: 0 }
  const purchasedAt = []
  let maxPosition = 0
  const started = performance.now()

  const post = (body, cookie) =>
    new Promise((resolve) => {
      const at = performance.now()
      const request = http.request(url, { method: 'POST', agent, timeout: TIMEOUT_MS, headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': Buffer.byteLength(body), ...(cookie ? { cookie } : {}) } }, (response) => {
        const chunks = []
        response.on('data', (chunk) => chunks.push(chunk))
        response.on('end', () => {
          latencies.push(performance.now() - at)
          resolve({ status: response.statusCode, headers: response.headers, text: Buffer.concat(chunks).toString('utf8') })
        })
      })
      request.on('timeout', () => request.destroy(new Error('timeout')))
      request.on('error', (error) => {
        latencies.push(performance.now() - at)
        if (error.message === 'timeout') counts.timeouts += 1
        else counts.errors += 1
        resolve(null)
      })
      request.end(body)
    })

  /** A post, again after each waiting-room answer; null when the request failed. */
  const postThroughLine = async (body, buyer) => {
    for (;;) {
      const answer = await post(body, buyer.cookie)
      if (!answer) return null
      const retryAfter = Number(answer.headers['retry-after'])
      if (answer.status !== 200 || !retryAfter) return answer
      counts.waiting += 1
      const place = Number(/data-place="">(\d+)</.exec(answer.text)?.[1] ?? 0)
      if (place > maxPosition) maxPosition = place
      const pass = [answer.headers['set-cookie'] ?? []].flat().find((c) => c.startsWith('file_attente='))
      if (pass) buyer.cookie = pass.split(';')[0]
      await new Promise((resolve) => setTimeout(resolve, retryAfter * 1000))
    }
  }

  let next = 0
  const oneBuyer = async (index) => {
    const buyer = { cookie: '' }
    const step = await postThroughLine(stepBody(index), buyer)
    if (!step) return
    const location = String(step.headers.location ?? '')
    const session = /\/verification\?session=([A-Za-z0-9_-]+)/.exec(location)?.[1]
    if (!session) {
      if (step.status === 303) counts.refusedAtStep += 1
      else counts.other += 1
      return
    }
    const sent = await postThroughLine(sendBody(session), buyer)
    if (!sent) return
    if (sent.status === 303 && /^\/suivi\//.test(String(sent.headers.location))) {
      counts.purchases += 1
      purchasedAt.push((performance.now() - started) / 1000)
    } else if (sent.status === 303) counts.refusedAtSend += 1
    else counts.other += 1
  }
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (next < buyers) await oneBuyer((next += 1))
    }),
  )
  agent.destroy()
  const sorted = [...latencies].sort((a, b) => a - b)
  const percentile = (p) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0)
  return {
    seconds: (performance.now() - started) / 1000,
    requests: latencies.length,
    p50: percentile(50),
    p99: percentile(99),
    max: Math.round(sorted.at(-1) ?? 0),
    counts,
    maxPosition,
    purchasedAt,
  }
}
