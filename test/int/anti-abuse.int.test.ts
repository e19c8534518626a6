/**
 * Anti-abuse limits that a client must not escape (decision 0017): the per-address rate limit
 * counts the address our reverse proxy saw, not one the client wrote in X-Forwarded-For; the
 * request-size limit holds for bodies sent without Content-Length (chunked) too.
 */
import sharp from 'sharp'

import { clientIp, signedTimestamp } from '../../src/intake/antiAbuse'
import { handleFormStep } from '../../src/intake/formStep'
import { handleFollowUpMessage } from '../../src/intake/followUpMessage'
import { bootPayload, type BootedPayload } from '../helpers/bootPayload'
import { formClient } from '../helpers/formClient'
import { skipSuiteOnTestServer } from '../helpers/testServerGaps'

// Adapter-neutral: run on SQLite and a real MongoDB, not on the npm MongoDB test server (decision 0037).
skipSuiteOnTestServer()

let booted: BootedPayload

beforeAll(async () => {
  booted = await bootPayload({ demo: true })
  process.env.FORM_MIN_FILL_SECONDS = '3'
  process.env.FORM_RATE_LIMIT_PER_MINUTE = '100000'
}, 120_000)

afterAll(async () => booted?.shutdown())

const count = (collection: 'submissions' | 'submission-files') =>
  booted.payload.count({ collection, overrideAccess: true }).then((r) => r.totalDocs)

/** Runs `test` with some environment variables set, restoring them afterwards. */
async function withEnv(values: Record<string, string>, test: () => Promise<void>) {
  const saved = Object.fromEntries(Object.keys(values).map((key) => [key, process.env[key]]))
  Object.assign(process.env, values)
  try {
    await test()
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key]
      else process.env[key] = value
    }
  }
}

describe('the client address the web server decided (src/scripts/server.mjs; counting: test/unit/clientAddress.test.ts)', () => {
  const headers = (values: Record<string, string>) => new Headers(values)

  it('is the last entry of X-Forwarded-For, then X-Real-IP, then "local"', async () => {
    expect(clientIp(headers({ 'x-forwarded-for': '203.0.113.9' }))).toBe('203.0.113.9')
    expect(clientIp(headers({ 'x-forwarded-for': '6.6.6.6, 203.0.113.9' }))).toBe('203.0.113.9')
    expect(clientIp(headers({ 'x-forwarded-for': '6.6.6.6,203.0.113.9 ' }))).toBe('203.0.113.9')
    expect(clientIp(headers({ 'x-real-ip': '203.0.113.8' }))).toBe('203.0.113.8')
    expect(clientIp(headers({}))).toBe('local')
  })

  it('limits each address on its own: one over the limit gets 429, another still gets through', async () => {
    await withEnv({ FORM_RATE_LIMIT_PER_MINUTE: '3' }, async () => {
      const flood = formClient(booted.payload, '192.0.2.44, 203.0.113.21')
      const statuses: number[] = []
      for (let i = 0; i < 4; i += 1) statuses.push((await flood.post('contacter-la-mairie', { action: 'suivant', nom: 'x' })).status)
      expect(statuses).toEqual([303, 303, 303, 429])
      const other = formClient(booted.payload, '192.0.2.44, 203.0.113.22')
      expect((await other.post('contacter-la-mairie', { action: 'suivant', nom: 'x' })).status).toBe(303)
      expect((await flood.post('contacter-la-mairie', { action: 'suivant', nom: 'x' })).status).toBe(429)
    })
  })

  it('cannot be escaped by forging the leftmost X-Forwarded-For entry', async () => {
    await withEnv({ FORM_RATE_LIMIT_PER_MINUTE: '3' }, async () => {
      const statuses: number[] = []
      for (let i = 0; i < 6; i += 1) {
        const forged = `${10 + i}.${Math.floor(Math.random() * 250)}.${i}.${Math.floor(Math.random() * 250)}`
        const client = formClient(booted.payload, `${forged}, 203.0.113.7`)
        statuses.push((await client.post('contacter-la-mairie', { action: 'suivant', nom: 'x' })).status)
      }
      expect(statuses).toEqual([303, 303, 303, 429, 429, 429])
    })
  })
})

/**
 * A post sent as a stream of 64 kB chunks, without Content-Length (as with Transfer-Encoding:
 * chunked). The chunks come from our own stream, which stops when the reader cancels (undici's
 * own FormData stream keeps pushing after a cancel and fails the test with an unhandled error).
 */
async function streamedRequest(url: string, data: FormData, ip: string, progress = { sent: 0, total: 0 }): Promise<Request> {
  const encoded = new Response(data)
  const contentType = encoded.headers.get('content-type')!
  const bytes = new Uint8Array(await encoded.arrayBuffer())
  progress.total = bytes.length
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (progress.sent >= bytes.length) return controller.close()
      const chunk = bytes.slice(progress.sent, progress.sent + 65536)
      controller.enqueue(chunk)
      progress.sent += chunk.length
    },
  })
  const request = new Request(url, {
    method: 'POST',
    body,
    headers: { 'content-type': contentType, 'x-forwarded-for': ip },
    duplex: 'half',
  } as RequestInit & { duplex: 'half' })
  expect(request.headers.get('content-length')).toBeNull()
  return request
}

/** A PNG of noise, about `width × height × 3` bytes (barely compressible). */
async function noisePng(width: number, height: number): Promise<File> {
  const pixels = Buffer.alloc(width * height * 3)
  for (let i = 0; i < pixels.length; i += 1) pixels[i] = Math.floor(Math.random() * 256)
  const png = await sharp(pixels, { raw: { width, height, channels: 3 } }).png({ compressionLevel: 0 }).toBuffer()
  return new File([new Uint8Array(png)], 'photo.png', { type: 'image/png' })
}

/** The road report form, every step sent in one post (the JavaScript path) with a photo. */
async function roadReport(photo: File, email: string): Promise<FormData> {
  const data = new FormData()
  data.set('t', signedTimestamp(await formClient(booted.payload).formId('signalement-voirie'), Date.now() - 60_000))
  data.set('action', 'envoyer-tout')
  data.set('etape', '1')
  data.set('type_probleme', 'eclairage_public')
  data.set('lieu.rue', '1 rue de la Gare')
  data.set('lieu.codePostal', '56890')
  data.set('lieu.commune', 'Kerlann')
  data.set('description', 'Lampadaire éteint')
  data.set('courriel', email)
  data.set('photo', photo)
  return data
}

describe('the request-size limit on bodies without Content-Length', () => {
  const url = 'http://localhost/formulaires/signalement-voirie/etape'
  let followUp = ''

  it('a small streamed post still works (303, request and photo stored)', async () => {
    const [submissions, files] = [await count('submissions'), await count('submission-files')]
    await withEnv({ FORM_MAX_REQUEST_MB: '1' }, async () => {
      const response = await handleFormStep(booted.payload, 'signalement-voirie', await streamedRequest(url, await roadReport(await noisePng(40, 30), 'petit.envoi@example.fr'), '203.0.113.31'))
      expect(response.status).toBe(303)
      const location = response.headers.get('location') ?? ''
      expect(location).toMatch(/^\/suivi\/[A-Za-z0-9_-]{32}\?confirmation=1$/)
      followUp = /^\/suivi\/([A-Za-z0-9_-]+)/.exec(location)![1]
    })
    expect(await count('submissions')).toBe(submissions + 1)
    expect(await count('submission-files')).toBe(files + 1)
  })

  it('refuses a streamed post over the limit with the French 413 page, and stores nothing', async () => {
    const [submissions, files] = [await count('submissions'), await count('submission-files')]
    await withEnv({ FORM_MAX_REQUEST_MB: '1' }, async () => {
      const photo = await noisePng(1000, 700) // ≈ 2 MB, under the field's own 8 MB limit
      expect(photo.size).toBeGreaterThan(2 * 1024 * 1024 - 200_000)
      const progress = { sent: 0, total: 0 }
      const response = await handleFormStep(booted.payload, 'signalement-voirie', await streamedRequest(url, await roadReport(photo, 'gros.envoi@example.fr'), '203.0.113.32', progress))
      expect(response.status).toBe(413)
      // Reading stopped soon after the limit (a chunk or two in flight), not at the end of the body.
      expect(progress.sent).toBeLessThanOrEqual(1024 * 1024 + 3 * 65536)
      expect(progress.total).toBeGreaterThan(progress.sent)
      const html = await response.text()
      expect(html).toContain('Envoi trop volumineux')
      expect(html).toContain('dépassent 1 Mo au total')
    })
    expect(await count('submissions')).toBe(submissions)
    expect(await count('submission-files')).toBe(files)
  })

  it('an unreadable streamed body still gets the 400 page, not a 5xx', async () => {
    const request = new Request(url, {
      method: 'POST',
      body: new Blob(['not a form']).stream(),
      headers: { 'content-type': 'multipart/form-data; boundary=nothing', 'x-forwarded-for': '203.0.113.33' },
      duplex: 'half',
    } as RequestInit & { duplex: 'half' })
    const response = await handleFormStep(booted.payload, 'signalement-voirie', request)
    expect(response.status).toBe(400)
    expect(await response.text()).toContain('Envoi illisible')
  })

  it("holds for the citizen's messages on the follow-up page too", async () => {
    expect(followUp).toBeTruthy()
    const messageUrl = `http://localhost/suivi/${followUp}/message`
    const messages = async () => {
      const { docs } = await booted.payload.find({ collection: 'submissions', where: { followUpToken: { equals: followUp } }, overrideAccess: true, depth: 0 })
      return docs[0].messages?.length ?? 0
    }
    const [before, files] = [await messages(), await count('submission-files')]
    await withEnv({ FORM_MAX_REQUEST_MB: '1' }, async () => {
      const big = new FormData()
      big.set('message', 'Voici la photo demandée.')
      big.set('pieces', await noisePng(1000, 700))
      const refused = await handleFollowUpMessage(booted.payload, followUp, await streamedRequest(messageUrl, big, '203.0.113.34'))
      expect(refused.status).toBe(413)
      // The guard's French page, with the way back to the follow-up page's reply box.
      const page = await refused.text()
      expect(page).toContain('Envoi trop volumineux')
      expect(page).toContain(`href="/suivi/${followUp}#repondre"`)
      expect(await messages()).toBe(before)
      expect(await count('submission-files')).toBe(files)

      const small = new FormData()
      small.set('message', 'Merci pour votre réponse.')
      const sent = await handleFollowUpMessage(booted.payload, followUp, await streamedRequest(messageUrl, small, '203.0.113.34'))
      expect(sent.status).toBe(303)
      expect(sent.headers.get('location')).toContain('?message=envoye')
      expect(await messages()).toBe(before + 1)
    })
  })

  it('the follow-up message guard answers French pages: robot trap (400, back to the reply box), unknown link (404)', async () => {
    const before = (await booted.payload.find({ collection: 'submissions', where: { followUpToken: { equals: followUp } }, overrideAccess: true, depth: 0 })).docs[0].messages?.length ?? 0
    const trapped = new FormData()
    trapped.set('message', 'Bonjour')
    trapped.set('site_web_confirmation', 'http://spam.example')
    const refused = await handleFollowUpMessage(booted.payload, followUp, await streamedRequest(`http://localhost/suivi/${followUp}/message`, trapped, '203.0.113.35'))
    expect(refused.status).toBe(400)
    const page = await refused.text()
    expect(page).toContain('lang="fr"')
    expect(page).toContain('robots')
    expect(page).toContain(`href="/suivi/${followUp}#repondre"`)
    const after = (await booted.payload.find({ collection: 'submissions', where: { followUpToken: { equals: followUp } }, overrideAccess: true, depth: 0 })).docs[0].messages?.length ?? 0
    expect(after).toBe(before)

    const unknown = await handleFollowUpMessage(booted.payload, 'A'.repeat(32), await streamedRequest('http://localhost/suivi/x/message', trapped, '203.0.113.35'))
    expect(unknown.status).toBe(404)
    expect(await unknown.text()).toContain('Demande introuvable')
  })
})
