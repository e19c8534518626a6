/**
 * Issue 11, seen from outside on the built app started as `npm start` does: every response carries
 * the security headers (pages, cached pages, API JSON, route handlers, static files, redirects);
 * malformed addresses never answer 5xx; markup in a form's address is never reflected; the
 * password-reset e-mail has an absolute link; forged X-Forwarded-For headers do not pick the
 * address the rate limit counts; HEAD lookups of follow-up links are limited like GET. Pages are
 * fetched as a browser asks for them (Accept: text/html), so cached and proxy-rendered pages count.
 * Issue 18: the server's logs — one JSON line per request with the id of its X-Request-Id header,
 * that id on problem pages, nothing personal in the output (decision 0071).
 */
import http from 'node:http'

import { isRequestId } from '../../src/ops/logging/requestId'
import { readOutbox } from '../helpers/mail'
import { useRunningApp } from '../helpers/e2eSuite'

const suite = useRunningApp({ browser: false })

const HTML = { Accept: 'text/html,application/xhtml+xml' }

function expectSecurityHeaders(res: Response, what: string) {
  const csp = res.headers.get('content-security-policy') ?? ''
  try {
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).toMatch(/default-src '(self|none)'/)
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/)
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('x-frame-options')).toBe('DENY')
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
    expect(res.headers.get('permissions-policy')).toContain('camera=()')
    expect(res.headers.get('x-powered-by')).toBeNull()
  } catch (error) {
    throw new Error(`${what} (${res.status}): ${(error as Error).message}`)
  }
}

const get = (path: string, init: RequestInit = {}) => fetch(suite.app.baseURL + path, { redirect: 'manual', ...init })

describe('security headers on every response type', () => {
  it('pages (fresh, cached, rendered through the server, 404) and the admin', async () => {
    for (const path of ['/', '/', '/demarches/etat-civil', '/recherche?q=acte', '/page-inconnue', '/suivi/inconnu', '/admin/login', '/formulaires/aide-ccas']) {
      const res = await get(path, { headers: HTML })
      expectSecurityHeaders(res, path)
      expect(res.headers.get('content-security-policy')).toMatch(/'nonce-/)
    }
    // The second load of the home page came from the page cache.
    const cached = await get('/', { headers: HTML })
    expect(cached.headers.get('x-page-cache')).toBe('hit')
    expectSecurityHeaders(cached, 'cached page')
  })

  it('API JSON (list, 404, 403, GraphQL, malformed), route handlers, static files, redirects and HEAD', async () => {
    const html = await (await get('/formulaires/aide-ccas', { headers: HTML })).text() // a page that keeps its scripts
    const script = /\/_next\/static\/[^"]+\.js/.exec(html)?.[0]
    expect(script).toBeTruthy()
    const cases: Array<[string, RequestInit?]> = [
      ['/api/domains?limit=1'],
      ['/api/forms/999999'],
      ['/api/submissions'], // 403 to a visitor
      ['/api/graphql', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ query: '{ Domains { totalDocs } }' }) }],
      ['/api/graphql', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: 'pas du json' }],
      ['/api/forms/%ZZ'],
      ['/formulaires/aide-ccas/etape', { method: 'POST', body: new URLSearchParams({ action: 'suivant' }) }],
      ['/formulaires/inconnu/etape', { method: 'POST', body: new URLSearchParams({ action: 'suivant' }) }],
      ['/suivi/inconnu/message', { method: 'POST', body: new URLSearchParams({ message: 'Bonjour' }) }],
      [script!],
      ['/fonts/atkinson-hyperlegible-400.woff2'],
      ['/demarches/'], // Next's trailing-slash redirect
      ['/', { method: 'HEAD' }],
      ['/api/domains', { method: 'HEAD' }],
    ]
    for (const [path, init] of cases) {
      const res = await get(path, init)
      expect(res.status).toBeLessThan(500)
      expectSecurityHeaders(res, `${init?.method ?? 'GET'} ${path}`)
    }
  })
})

describe('malformed addresses and unserved methods: a French 400, 404 or 405, never a 5xx', () => {
  it.each([
    ['GET', '/suivi/%E0%A4%A'],
    ['GET', '/formulaires/%E0%A4%A'],
    ['GET', '/formulaires/%E0%A4%A/verification'],
    ['GET', '/demarches/%ZZ'],
    ['GET', '/demarches/etat-civil/%C3%28'],
    ['GET', '/documents/%ZZ'],
    ['GET', '/annuaire/associations/%ZZ'],
    ['GET', '/annuaire/entreprises/%E0%A4%A'],
    ['GET', '/api/forms/%ZZ'],
    ['GET', '/api/submissions/%ZZ'],
    ['POST', '/formulaires/%ZZ/etape'],
    ['POST', '/suivi/%ZZ/message'],
    ['GET', '/%ZZ'],
    ['GET', '/admin/collections/%ZZ'],
    ['PUT', '/demarches'],
    ['DELETE', '/documents'],
  ])('%s %s', async (method, path) => {
    const res = await get(path, { method, headers: HTML, ...(method === 'POST' || method === 'PUT' ? { body: new URLSearchParams({ action: 'suivant' }) } : {}) })
    expect([400, 404, 405]).toContain(res.status)
    const body = await res.text()
    if (path.startsWith('/api/')) expect(body).toMatch(/mal codés|non permise/)
    else expect(body).toMatch(/lang="fr"/)
    expectSecurityHeaders(res, path)
  })

  it.each(['/', '/api/forms'])('TRACE %s (which fetch cannot send) is refused with 405', async (path) => {
    const { status, headers } = await new Promise<{ status: number; headers: http.IncomingHttpHeaders }>((resolve, reject) => {
      const request = http.request(suite.app.baseURL + path, { method: 'TRACE' }, (response) => {
        response.resume()
        resolve({ status: response.statusCode ?? 0, headers: response.headers })
      })
      request.on('error', reject)
      request.end()
    })
    expect(status).toBe(405)
    expect(headers['content-security-policy']).toContain("default-src 'none'")
  })
})

describe('markup in a form address is never reflected', () => {
  it('the 404 problem page of a form post escapes the slug', async () => {
    const slug = encodeURIComponent('"><img src=x onerror=alert(1)>')
    const res = await get(`/formulaires/${slug}/etape`, { method: 'POST', body: new URLSearchParams({ action: 'suivant' }) })
    expect(res.status).toBe(404)
    const body = await res.text()
    expect(body).not.toContain('<img')
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'")
  })
})

describe('large posts reach their handler whole (the proxy must not buffer and cut them at 10 MB)', () => {
  const twelveMegabytes = () => new File([new Uint8Array(12 * 1024 * 1024).fill(65)], 'cv.pdf', { type: 'application/pdf' })

  it('a 12 MB form post is read whole: refused for what it is, never as unreadable', async () => {
    const data = new FormData()
    data.set('action', 'envoyer-tout')
    data.set('cv', twelveMegabytes())
    const res = await get('/formulaires/candidature-spontanee/etape', { method: 'POST', body: data })
    expect(res.status).toBeLessThan(500)
    expect(await res.text()).not.toContain('illisible')
  })

  it('a 12 MB upload to the API gets an answer, not a 5xx', async () => {
    const data = new FormData()
    data.set('file', twelveMegabytes())
    const res = await get('/api/media', { method: 'POST', body: data })
    expect(res.status).toBeGreaterThanOrEqual(400)
    expect(res.status).toBeLessThan(500)
  })
})

describe('e-mails carry absolute links', () => {
  it('the password-reset e-mail links to this server, absolutely', async () => {
    const res = await get('/api/users/forgot-password', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: 'agent.ccas@kerlann.fr' }) })
    expect(res.status).toBe(200)
    let mail
    for (let i = 0; i < 50 && !mail; i += 1) {
      mail = readOutbox(suite.app.outboxDir).find((m) => m.to.includes('agent.ccas@kerlann.fr') && /reset/.test(m.text))
      if (!mail) await new Promise((r) => setTimeout(r, 100))
    }
    expect(mail).toBeTruthy()
    expect(mail!.text).toContain(`${suite.app.baseURL}/admin/reset/`)
    expect(mail!.text).not.toMatch(/href="\/admin\/reset/)
  })
})

describe('logs: one JSON line per request, its id on problem pages, nothing personal (decision 0071)', () => {
  it('a request sent, its follow-up link opened, a 404 and refused addresses: each logged once, redacted', async () => {
    const from = suite.app.output().length
    const email = `gwenola.journal.${Date.now()}@exemple.fr`
    const answers = { nom: 'Kerjournalec', prenom: 'Gwenola', courriel: email, telephone: '06 11 22 33 44', objet: 'autre', message: 'Ma voisine Yvette Lozachmeur fait du bruit la nuit', consentement: 'oui' }
    const asked: Array<{ res: Response; method: string; status: number }> = []
    const ask = async (method: string, path: string, status: number, init: RequestInit = {}) => {
      const res = await get(path, { method, headers: HTML, ...init })
      expect(res.status).toBe(status)
      asked.push({ res, method, status })
      return res
    }

    // The form without JavaScript: its page, the first step, the send, then the follow-up link.
    const form = await (await ask('GET', '/formulaires/contacter-la-mairie', 200)).text()
    const t = /name="t" value="([^"]+)"/.exec(form)![1]
    const step = await ask('POST', '/formulaires/contacter-la-mairie/etape', 303, { body: new URLSearchParams({ ...answers, t, etape: '1', action: 'suivant' }) })
    const session = /session=([A-Za-z0-9_-]+)/.exec(step.headers.get('location') ?? '')![1]
    const sent = await ask('POST', '/formulaires/contacter-la-mairie/etape', 303, { body: new URLSearchParams({ t, etape: '1', session, action: 'envoyer' }) })
    const followUp = sent.headers.get('location')!
    const token = /^\/suivi\/([A-Za-z0-9_-]+)/.exec(followUp)![1]
    expect(await (await ask('GET', followUp, 200)).text()).toContain('Lozachmeur') // the citizen sees their answers
    await ask('GET', `/suivi/${token}/recepisse.pdf`, 200)
    const notFound = await ask('GET', '/page-inconnue-du-journal', 404)
    const refused = await ask('POST', '/formulaires/%ZZ/etape', 400)
    await ask('GET', '/api/forms/%ZZ', 400)

    // Problem pages quote the request's id: the one of the header, which finds the line.
    for (const res of [notFound, refused]) expect(await res.text()).toContain(`Référence d’erreur : <code>${res.headers.get('x-request-id')}</code>`)

    // Lines are written when each response is done — a response's end may come after a later
    // request's (the PDF's body was not read): wait for every one of them.
    const lines = () => {
      const output = suite.app.output()
      const all = output.slice(from).split('\n')
      // A line cut at `from` is not one of ours.
      return (from > 0 && output[from - 1] !== '\n' ? all.slice(1) : all).filter((line) => line.trim() !== '')
    }
    const ids = asked.map(({ res }) => res.headers.get('x-request-id')!)
    const allWritten = () => {
      const written = lines()
      return ids.every((id) => written.some((line) => line.includes(id)))
    }
    for (let i = 0; i < 100 && !allWritten(); i += 1) await new Promise((r) => setTimeout(r, 100))
    const written = lines().map((line) => JSON.parse(line) as Record<string, unknown>) // every line is JSON
    for (const { res, method, status } of asked) {
      const id = res.headers.get('x-request-id')
      expect(isRequestId(id)).toBe(true)
      // One line per request (a page the proxy rendered through the server adds an `internal` one with the same id).
      const own = written.filter((line) => line.reqId === id && line.msg === 'requête' && !line.internal)
      expect(own).toHaveLength(1)
      expect(own[0]).toMatchObject({ level: 'info', method, status, ms: expect.any(Number), bytes: expect.any(Number), net: '127.0.0.0/24' })
    }
    expect(new Set(asked.map(({ res }) => res.headers.get('x-request-id'))).size).toBe(asked.length)
    expect(written.filter((line) => line.path === '/suivi/[jeton]' && line.msg === 'requête').length).toBeGreaterThanOrEqual(1)

    const output = lines().join('\n')
    for (const secret of [email, token, session, 'Kerjournalec', 'Lozachmeur', 'Yvette', '06 11 22 33 44']) expect(output).not.toContain(secret)
    expect(output).not.toMatch(/[\w.+-]+@[\w-]+\.[a-z]{2,}/i) // no e-mail address at all
  })
})

describe('the address the limits count (no proxy by default)', () => {
  it('the start says which address is counted', () => {
    expect(suite.app.output()).toMatch(/Limites par adresse : l'adresse de la connexion est comptée \(TRUSTED_PROXIES=0/)
  })

  it('HEAD lookups of follow-up links are limited like GET', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 70; i += 1) statuses.push((await get(`/suivi/jeton-invente-${i}`, { method: 'HEAD' })).status)
    expect(statuses).toContain(429)
  })

  // Last: it spends this address's posts for the minute.
  it('40 posts each with its own forged X-Forwarded-For are all counted against the connection', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 40; i += 1) {
      const res = await get('/formulaires/inconnu/etape', { method: 'POST', headers: { 'X-Forwarded-For': `198.51.100.${i}` }, body: new URLSearchParams({ action: 'suivant' }) })
      statuses.push(res.status)
    }
    // A few posts of this file came before; with the forged addresses counted, none would be refused.
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(10)
    const first = statuses.indexOf(429)
    expect(statuses.slice(first).every((s) => s === 429)).toBe(true)
  })
})
