// The web server: Next.js behind a plain Node HTTP server, so that the address counted by the
// per-address limits comes from the connection and not from headers a client can forge
// (decision 0025), and so that every request gets its id and its log line (decision 0071).
// Started by src/scripts/start.mjs; `--dev` for hot reload.
import http from 'node:http'

import next from 'next'

import { routeConsoleToLogger } from '../ops/logging/console.ts'
import { portalLogger } from '../ops/logging/logger.ts'
import { requestContext } from '../ops/logging/requestContext.ts'
import { trackRequest } from '../ops/logging/requestLine.ts'
import { withServerErrorPage } from '../ops/logging/serverErrorPage.ts'
import { clientAddress, describeCountedAddress, trustedProxyCount } from '../security/clientAddress.mjs'
import { HSTS, NON_PAGE_CONTENT_SECURITY_POLICY, STATIC_SECURITY_HEADERS } from '../security/headers.ts'
import { problemPageHtml } from '../security/problemPage.ts'
import { isFillRequest } from '../site/pageCache.ts'

/**
 * The security headers of every response, including those Next.js writes before any of our code
 * runs (its trailing-slash redirects): set only when the response has not set its own, so a page's
 * policy with its nonce always wins (headers given to writeHead take precedence in Node).
 */
function withDefaultHeaders(req, res) {
  const defaults = [...STATIC_SECURITY_HEADERS, { key: 'Content-Security-Policy', value: NON_PAGE_CONTENT_SECURITY_POLICY }]
  if (req.headers['x-forwarded-proto'] === 'https') defaults.push({ key: 'Strict-Transport-Security', value: HSTS })
  const writeHead = res.writeHead
  res.writeHead = function (...args) {
    for (const { key, value } of defaults) if (!this.hasHeader(key)) this.setHeader(key, value)
    return writeHead.apply(this, args)
  }
}

const args = process.argv.slice(2)
const dev = args.includes('--dev')
const port = Number(process.env.PORT || 3000)
const hostname = process.env.HOSTNAME_BIND || undefined
const proxies = trustedProxyCount()
const logger = portalLogger()
// In production every line on stdout is JSON and redacted, what Next.js prints included.
if (!dev) routeConsoleToLogger(logger)

const app = next({ dev, port, hostname: 'localhost' })
const handle = app.getRequestHandler()
await app.prepare()

/**
 * Refusals made before Next.js, for what src/proxy.ts does not see: methods no route serves
 * (TRACE answered 500 inside Next.js), and malformed escapes in the API's and the form posts'
 * addresses (Payload and Next.js would throw while decoding them). French, never a 5xx.
 */
function refuseEarly(req, res, reqId) {
  const send = (status, message, headers = {}) => {
    const json = /^\/api(\/|$)/.test(req.url ?? '')
    res.writeHead(status, { 'Content-Type': json ? 'application/json; charset=utf-8' : 'text/html; charset=utf-8', 'Cache-Control': 'no-store', ...headers })
    res.end(json ? JSON.stringify({ errors: [{ message }] }) : problemPageHtml({ title: 'Demande refusée', message, reference: reqId }))
    return true
  }
  if (['TRACE', 'TRACK', 'CONNECT'].includes(req.method ?? '')) return send(405, 'Méthode non permise.', { Allow: 'GET, HEAD, POST' })
  const path = (req.url ?? '/').split('?')[0]
  try {
    decodeURIComponent(path)
  } catch {
    return send(400, "L'adresse demandée contient des caractères mal codés. Vérifiez le lien ou revenez à l'accueil.")
  }
  return false
}

const server = http.createServer((req, res) => {
  // From here on X-Forwarded-For holds one trusted entry: the client as counted.
  req.headers['x-forwarded-for'] = clientAddress(req.headers['x-forwarded-for'], req.socket.remoteAddress, proxies)
  // A render the proxy asks of this server for a visitor's page keeps that visitor's request id.
  const internal = isFillRequest({ get: (name) => req.headers[name] ?? null })
  const reqId = trackRequest(req, res, logger, { internal })
  withDefaultHeaders(req, res)
  // A page that fails on the server: the French problem page with this id, not Next's empty shell.
  withServerErrorPage(req, res, reqId)
  // Page loads with a bad escape get the French 404 page from the proxy; the rest is refused here.
  const pageLoad = (req.method === 'GET' || req.method === 'HEAD') && !/^\/(api\/|formulaires\/[^/]+\/etape|suivi\/[^/]+\/(?:message|annulation|paiement)|paiement\/notification|controle\/scan|simulateur-payfip\/)/.test(req.url ?? '')
  if (!pageLoad && refuseEarly(req, res, reqId)) return
  // Whatever Next.js and Payload log while serving it carries the request's id.
  requestContext.run({ reqId }, () =>
    handle(req, res).catch((error) => {
      logger.error({ err: error }, 'erreur serveur')
      if (!res.headersSent) {
        res.statusCode = 500
        res.end()
      }
    }),
  )
})
if (dev) server.on('upgrade', app.getUpgradeHandler())
server.listen(port, hostname, () => {
  logger.info(describeCountedAddress(proxies))
  logger.info(`Serveur prêt sur le port ${port}.`)
})
const stop = () => server.close(() => process.exit(0))
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
