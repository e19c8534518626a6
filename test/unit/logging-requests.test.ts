/**
 * Decision 0071: the request line. Addresses with their secrets replaced (every route that carries
 * one, and hostile addresses), the client's network and kind, the request id, and the line itself
 * written by a real HTTP server through the portal's logger; the job line; the error hook's line.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { Writable } from 'node:stream'

import type { TaskConfig } from 'payload'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'

import SiteError from '../../src/app/(frontend)/(site)/error'
import GlobalError from '../../src/app/global-error'

import { newSecureToken } from '../../src/lib/secureToken'
import { withJobLog } from '../../src/ops/logging/jobLog'
import { createPortalLogger } from '../../src/ops/logging/logger'
import { logRequestError } from '../../src/ops/logging/requestError'
import { isRequestId, newRequestId } from '../../src/ops/logging/requestId'
import { clientKind, clientNetwork, trackRequest } from '../../src/ops/logging/requestLine'
import { loggedAddress } from '../../src/ops/logging/requestPath'
import { withServerErrorPage } from '../../src/ops/logging/serverErrorPage'
import { problemPageHtml } from '../../src/security/problemPage'
import { newTicketCode, signedTicketCode } from '../../src/ticketing/ticketCode'

function capturedLogger() {
  const lines: Array<Record<string, unknown>> = []
  const destination = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line))
      done()
    },
  })
  return { logger: createPortalLogger({ json: true, destination }), lines }
}

describe('loggedAddress: the path without its secrets, the query without its values', () => {
  const token = newSecureToken()

  it.each([
    [`/suivi/${token}`, '/suivi/[jeton]'],
    [`/suivi/${token}/`, '/suivi/[jeton]/'],
    [`/suivi/${token}/recepisse.pdf`, '/suivi/[jeton]/recepisse.pdf'],
    [`/suivi/${token}/billets.pdf`, '/suivi/[jeton]/billets.pdf'],
    [`/suivi/${token}/message`, '/suivi/[jeton]/message'],
    [`/suivi/${token}/paiement/retour`, '/suivi/[jeton]/paiement/retour'],
    [`/suivi/${token}/paiement/recu/2026CCAS000123PAB12CD`, '/suivi/[jeton]/paiement/recu/[jeton]'], // a refdet ends in random letters
    ['/suivi/jeton-invente-3', '/suivi/[jeton]'],
    ['/admin/reset/9f86d081884c7d659a2feaa0c55ad015a3bf4f1b', '/admin/reset/[jeton]'],
    ['/admin/users/verify/9f86d081884c7d659a2feaa0c55ad015a3bf4f1b', '/admin/users/verify/[jeton]'],
    ['/api/users/verify/9f86d081884c7d659a2feaa0c55ad015a3bf4f1b', '/api/users/verify/[jeton]'],
    ['/api/submission-files/file/CNI-Jean-Dupont.pdf', '/api/submission-files/file/[fichier]'],
    ['/api/media/file/affiche-fete.webp', '/api/media/file/[fichier]'],
  ])('%s → %s', (url, expected) => {
    expect(loggedAddress(url).path).toBe(expected)
  })

  it('keeps the public addresses as they are', () => {
    for (const path of ['/', '/demarches/etat-civil/acte-de-naissance', '/formulaires/contacter-la-mairie/etape', '/api/submissions/65f1c2a9e4b0a1b2c3d4e5f6', '/admin/collections/submissions/42', '/reservations/salle-des-fetes.ics', '/_next/static/chunks/0a1b2c3d4e5f6a7b.js', '/%ZZ', '/paiement/notification']) {
      expect(loggedAddress(path)).toEqual({ path })
    }
  })

  it('never logs a query value, only the parameter names', () => {
    const ticket = signedTicketCode(newTicketCode())
    const logged = loggedAddress(`/controle?code=${ticket}&seance=12&q=jean%40exemple.fr&session=${token}&session=2&=x&a+b=1`)
    expect(logged).toEqual({ path: '/controle', query: ['code', 'seance', 'q', 'session', 'a b'] })
    expect(JSON.stringify(logged)).not.toMatch(/exemple|12|x/)
  })

  it.each([
    ['an e-mail address as a segment', '/annuaire/associations/jean.dupont@exemple.fr', '/annuaire/associations/[masqué]'],
    ['an encoded e-mail address', '/demarches/jean%40exemple.fr/x', '/demarches/[masqué]/x'],
    ['a telephone number', '/recherche/0612345678', '/recherche/[masqué]'],
    ['a token under an unknown route', `/api/forms/${token}/x`, '/api/forms/[jeton]/x'],
    ['a signed ticket code', `/billet/${signedTicketCode(newTicketCode())}`, '/billet/[masqué]'],
    ['a placeholder look-alike', '/[jean@exemple.fr]', '/[masqué]'],
    ['a very long segment', `/demarches/${'a'.repeat(500)}`, '/demarches/[long]'],
    ['an address that is not a path', 'http://evil.example/suivi/x', '/[autre]'],
    ['an e-mail address as a parameter name', '/?jean@exemple.fr', '/'],
  ])('%s', (_what, url, expected) => {
    const logged = loggedAddress(url)
    expect(logged.path).toBe(expected)
    expect(JSON.stringify(logged)).not.toMatch(/jean|0612345678|exemple/)
  })

  it('cuts an address that would flood the line', () => {
    expect(loggedAddress('/a'.repeat(1000)).path.length).toBeLessThanOrEqual(301)
  })
})

describe('the client, as the line records it', () => {
  it.each([
    ['203.0.113.77', '203.0.113.0/24'],
    ['::ffff:198.51.100.9', '198.51.100.0/24'],
    ['2001:db8:85a3:8d3:1319:8a2e:370:7348', '2001:db8:85a3::/48'],
    ['2001:db8::1', '2001:db8:0::/48'],
    ['::1', '0:0:0::/48'],
    ['pas une adresse', undefined],
    ['', undefined],
  ])('network of %s: %s', (address, network) => {
    expect(clientNetwork(address)).toBe(network)
  })

  it.each([
    ['Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/126 Mobile Safari/537.36', 'navigateur'],
    ['Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)', 'robot'],
    ['curl/8.5.0', 'outil'],
    [undefined, 'inconnu'],
    ['jean@exemple.fr', 'inconnu'],
  ])('kind of %s: %s', (userAgent, kind) => {
    expect(clientKind(userAgent)).toBe(kind)
  })
})

describe('request ids', () => {
  it('12 characters of Crockford base32, never twice the same', () => {
    const ids = new Set(Array.from({ length: 10_000 }, newRequestId))
    expect(ids.size).toBe(10_000)
    for (const id of [...ids].slice(0, 100)) expect(isRequestId(id)).toBe(true)
    expect(isRequestId('0123456789AI')).toBe(false) // no I, L, O, U
    expect(isRequestId('<script>')).toBe(false)
  })
})

describe('the request line, written by a real HTTP server', () => {
  async function serve(handler: http.RequestListener, internal = false) {
    const { logger, lines } = capturedLogger()
    const server = http.createServer((req, res) => {
      trackRequest(req, res, logger, { internal })
      handler(req, res)
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    return { base, lines, close: () => new Promise((resolve) => server.close(resolve)) }
  }
  const settle = () => new Promise((resolve) => setTimeout(resolve, 50))

  it('one line per request, its id in the response header and in what the handler reads', async () => {
    const token = newSecureToken()
    const app = await serve((req, res) => {
      res.statusCode = 404
      res.end(`id=${req.headers['x-request-id']}`)
    })
    try {
      const res = await fetch(`${app.base}/suivi/${token}?confirmation=1`, { headers: { 'X-Request-Id': 'FORGED', 'User-Agent': 'curl/8' } })
      const id = res.headers.get('x-request-id')!
      expect(isRequestId(id)).toBe(true)
      expect(await res.text()).toBe(`id=${id}`) // a client's id is never kept
      await settle()
      expect(app.lines).toEqual([
        {
          level: 'info',
          time: expect.any(String),
          reqId: id,
          msg: 'requête',
          method: 'GET',
          path: '/suivi/[jeton]',
          query: ['confirmation'],
          status: 404,
          ms: expect.any(Number),
          bytes: `id=${id}`.length,
          ua: 'outil',
          net: '127.0.0.0/24',
        },
      ])
    } finally {
      await app.close()
    }
  })

  it('a 5xx is an error line; a client gone before the end is marked', async () => {
    const app = await serve((req, res) => {
      if (req.url === '/panne') {
        res.statusCode = 500
        res.end()
      } else {
        res.write('début')
        req.socket.destroy()
      }
    })
    try {
      await fetch(`${app.base}/panne`)
      await fetch(`${app.base}/coupe`).then((res) => res.text()).catch(() => null)
      await settle()
      expect(app.lines.find((line) => line.path === '/panne')).toMatchObject({ level: 'error', status: 500 })
      expect(app.lines.find((line) => line.path === '/coupe')).toMatchObject({ aborted: true, bytes: 'début'.length + 1 })
    } finally {
      await app.close()
    }
  })

  it("the proxy's own render of a page keeps the visitor's id and says it is internal", async () => {
    const app = await serve((_req, res) => res.end(), true)
    try {
      const res = await fetch(app.base + '/introuvable', { headers: { 'X-Request-Id': '0123456789AB' } })
      expect(res.headers.get('x-request-id')).toBe('0123456789AB')
      await settle()
      expect(app.lines[0]).toMatchObject({ reqId: '0123456789AB', internal: true })
    } finally {
      await app.close()
    }
  })
})

describe('the job line', () => {
  const job = { id: 7, queue: 'nightly' }
  const run = (task: TaskConfig<any>, logger: ReturnType<typeof capturedLogger>['logger']) =>
    (withJobLog(task).handler as (args: unknown) => Promise<unknown>)({ input: {}, job, req: { payload: { logger } } })

  it('a run that succeeded: task, queue, outcome, duration, the counts it returned', async () => {
    const { logger, lines } = capturedLogger()
    await run({ slug: 'purge', handler: async () => ({ output: { files: 3, label: 'jean@exemple.fr' } }) }, logger)
    expect(lines).toEqual([{ level: 'info', time: expect.any(String), msg: 'tâche', job: 'purge', queue: 'nightly', jobId: 7, outcome: 'succeeded', ms: expect.any(Number), output: { files: 3 } }])
  })

  it('a run that threw: an error line, redacted, and the error still reaches Payload', async () => {
    const { logger, lines } = capturedLogger()
    const failing = { slug: 'relance', handler: async () => Promise.reject(new Error('SMTP refused jean@exemple.fr')) }
    await expect(run(failing, logger)).rejects.toThrow('SMTP refused')
    expect(lines[0]).toMatchObject({ level: 'error', job: 'relance', outcome: 'failed', err: { message: 'SMTP refused [courriel]' } })
  })
})

describe('the error hook of Next.js', () => {
  it('one line with the request id and the digest the error page shows', () => {
    const { logger, lines } = capturedLogger()
    const error = Object.assign(new Error('Failed query: select\nparams: jean@exemple.fr'), { digest: '2648531073' })
    logRequestError(error, { path: `/suivi/${newSecureToken()}`, method: 'GET', headers: { 'x-request-id': '0123456789AB' } }, { routePath: '/suivi/[token]', routeType: 'render' }, logger)
    expect(lines[0]).toMatchObject({ level: 'error', reqId: '0123456789AB', digest: '2648531073', path: '/suivi/[jeton]', route: '/suivi/[token]', msg: 'erreur serveur' })
    expect(JSON.stringify(lines)).not.toContain('jean')
  })
})

describe('a page that failed on the server, through a real HTTP server', () => {
  async function serve(handler: http.RequestListener) {
    const server = http.createServer((req, res) => {
      withServerErrorPage(req, res, '0123456789AB')
      handler(req, res)
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    return { base, close: () => new Promise((resolve) => server.close(resolve)) }
  }

  it("Next's empty error shell becomes the French problem page with the request's id", async () => {
    const shell = '<!DOCTYPE html><html id="__next_error__"><body><div hidden=""></div></body></html>'
    const app = await serve((req, res) => {
      if (req.url === '/route') {
        res.statusCode = 500 // a route handler that threw: no type, no body
        res.end()
        return
      }
      res.writeHead(500, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': String(shell.length) })
      res.write(shell.slice(0, 20))
      res.end(shell.slice(20))
    })
    try {
      for (const path of ['/page', '/route']) {
        const res = await fetch(app.base + path)
        expect(res.status).toBe(500)
        expect(res.headers.get('cache-control')).toBe('no-store')
        const body = await res.text()
        expect(body).not.toContain('__next_error__')
        expect(body).toContain('<html lang="fr">')
        expect(body).toContain('Référence d’erreur : <code>0123456789AB</code>')
      }
    } finally {
      await app.close()
    }
  })

  it('leaves API errors, other statuses and HEAD alone', async () => {
    const app = await serve((req, res) => {
      const status = req.url === '/404' ? 404 : 500
      res.writeHead(status, { 'Content-Type': req.url?.startsWith('/api') ? 'application/json' : 'text/html' })
      res.end(req.url?.startsWith('/api') ? '{"errors":[]}' : 'corps')
    })
    try {
      expect(await (await fetch(app.base + '/api/x')).text()).toBe('{"errors":[]}')
      expect(await (await fetch(app.base + '/404')).text()).toBe('corps')
      expect((await fetch(app.base + '/page', { method: 'HEAD' })).status).toBe(500)
    } finally {
      await app.close()
    }
  })
})

describe('the error pages Next.js renders in the browser (a failed client navigation)', () => {
  it.each([
    ['the site', SiteError],
    ['a root layout', GlobalError],
  ])('%s: French, with the digest the error line carries', (_where, Page) => {
    const html = renderToStaticMarkup(createElement(Page, { error: Object.assign(new Error('x'), { digest: '1970095032' }) }))
    expect(html).toContain('Référence d’erreur : <code>1970095032</code>')
    expect(html).not.toContain('x</')
  })
})

describe('the problem page', () => {
  it("shows the request's id as the reference to quote", () => {
    const page = problemPageHtml({ title: 'Demande refusée', message: 'x', reference: '0123456789AB' })
    expect(page).toContain('Référence d’erreur : <code>0123456789AB</code>')
    expect(problemPageHtml({ title: 'Demande refusée', message: 'x' })).not.toContain('Référence')
  })
})
