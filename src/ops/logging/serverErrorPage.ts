/**
 * A page load Next.js could not render gets the French problem page with the request's id as its
 * "référence d'erreur", instead of Next's empty error shell — a shell that only JavaScript fills,
 * blank without it and blank after the proxy drops unused scripts (decision 0014). The same id is
 * on the request's line and on the error's line (src/instrumentation.ts): decision 0071.
 */
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http'

// With its extension: src/scripts/server.mjs imports this file with Node's own TypeScript support.
import { problemPageHtml } from '../../security/problemPage.ts'

const MESSAGE = 'Le service a rencontré une erreur et n’a pas pu afficher cette page. Réessayez dans quelques instants.'

/** An HTML answer, or one with no type (a route handler that threw): what a browser shows as a page. */
function isPageAnswer(res: ServerResponse, headers: OutgoingHttpHeaders | undefined): boolean {
  const fromArgs = headers && Object.entries(headers).find(([name]) => name.toLowerCase() === 'content-type')?.[1]
  const type = String(fromArgs ?? res.getHeader('content-type') ?? '')
  return type === '' || type.startsWith('text/html')
}

/**
 * Watches the response's status: from a 5xx page on, whatever Next.js writes is dropped and the
 * problem page is sent instead. Not for the API (JSON errors), nor HEAD (no body).
 */
export function withServerErrorPage(req: IncomingMessage, res: ServerResponse, reqId: string): void {
  if (req.method === 'HEAD' || /^\/api(\/|$)/.test(req.url ?? '')) return
  const writeHead = res.writeHead
  const write = res.write
  const end = res.end
  let replacing = false

  res.writeHead = function (this: ServerResponse, status: number, ...rest: unknown[]) {
    const headersArg = rest.find((arg): arg is OutgoingHttpHeaders => typeof arg === 'object' && arg !== null && !Array.isArray(arg))
    const rawHeaders = rest.some((arg) => Array.isArray(arg))
    if (status >= 500 && !rawHeaders && isPageAnswer(this, headersArg)) {
      replacing = true
      if (headersArg) for (const name of Object.keys(headersArg)) if (/^content-(type|length|encoding)$/i.test(name)) delete headersArg[name]
      this.removeHeader('content-length')
      this.removeHeader('content-encoding')
      this.setHeader('Content-Type', 'text/html; charset=utf-8')
      this.setHeader('Cache-Control', 'no-store')
    }
    return writeHead.apply(this, [status, ...rest] as unknown as Parameters<typeof writeHead>)
  } as typeof res.writeHead

  res.write = function (this: ServerResponse, ...args: unknown[]) {
    if (!this.headersSent) this.writeHead(this.statusCode) // as Node would, through the check above
    if (!replacing) return write.apply(this, args as Parameters<typeof write>)
    const callback = args.find((arg) => typeof arg === 'function') as (() => void) | undefined
    if (callback) process.nextTick(callback)
    return true
  } as typeof res.write

  res.end = function (this: ServerResponse, ...args: unknown[]) {
    if (!this.headersSent) this.writeHead(this.statusCode)
    if (!replacing) return end.apply(this, args as Parameters<typeof end>)
    const callback = args.find((arg) => typeof arg === 'function') as (() => void) | undefined
    const page = problemPageHtml({ title: 'Erreur du service', message: MESSAGE, reference: reqId })
    return callback ? end.call(this, page, 'utf8', callback) : end.call(this, page, 'utf8')
  } as typeof res.end
}
