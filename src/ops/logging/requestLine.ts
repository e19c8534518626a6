/**
 * One line per request, written by the web server (src/scripts/server.mjs) when the response is
 * done: its id, method, address (secrets replaced: requestPath.ts), status, duration, bytes sent,
 * the kind of client and its network, never its full address (decision 0071).
 */
import type { IncomingMessage, ServerResponse } from 'node:http'

import type { Logger } from 'pino'

import { loggedAddress } from './requestPath.ts'
import { isRequestId, newRequestId, REQUEST_ID_HEADER } from './requestId.ts'

/** The kind of client, from its User-Agent: enough to tell robots from citizens, nothing more. */
export function clientKind(userAgent: string | undefined): 'navigateur' | 'robot' | 'outil' | 'inconnu' {
  if (!userAgent) return 'inconnu'
  if (/bot\b|crawl|spider|slurp|facebookexternalhit|bingpreview|lighthouse|headless/i.test(userAgent)) return 'robot'
  if (/^(curl|wget|python|node|undici|go-http|java|okhttp|libwww|httpie|axios|autocannon|postman)/i.test(userAgent)) return 'outil'
  if (/^Mozilla\//.test(userAgent)) return 'navigateur'
  return 'inconnu'
}

/**
 * The client's network, not its address (RGPD: an address is personal data): IPv4 cut to /24,
 * IPv6 to /48 — enough to see that many requests come from one place.
 */
export function clientNetwork(address: string | undefined): string | undefined {
  if (!address) return undefined
  const ip = address.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '')
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.\d{1,3}$/.exec(ip)
  if (v4) return `${v4[1]}.${v4[2]}.${v4[3]}.0/24`
  if (!/^[0-9a-f:]+$/i.test(ip) || !ip.includes(':')) return undefined
  const [head, tail = ''] = ip.split('::')
  const left = head ? head.split(':') : []
  const right = tail ? tail.split(':') : []
  const groups = ip.includes('::') ? [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right] : left
  return `${groups.slice(0, 3).map((group) => (group || '0').replace(/^0+(?=.)/, '').toLowerCase()).join(':')}::/48`
}

export interface RequestLineOptions {
  /** A render the proxy asked of the server itself (page cache): it keeps the visitor's request id. */
  internal: boolean
}

/**
 * Gives the request its id — a new one, whatever the client sent, unless it is the proxy's own
 * render of the visitor's request — in `X-Request-Id` of the request (read by Next.js and Payload)
 * and of the response, and writes its line when the response is done or the client went away.
 */
export function trackRequest(req: IncomingMessage, res: ServerResponse, logger: Logger, { internal }: RequestLineOptions): string {
  const given = req.headers[REQUEST_ID_HEADER]
  const reqId = internal && isRequestId(given) ? given : newRequestId()
  req.headers[REQUEST_ID_HEADER] = reqId
  res.setHeader('X-Request-Id', reqId)
  const started = performance.now()

  let bytes = 0
  const count = (chunk: unknown, encoding?: unknown) => {
    if (typeof chunk === 'string') bytes += Buffer.byteLength(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
    else if (chunk instanceof Uint8Array) bytes += chunk.byteLength
  }
  const write = res.write
  const end = res.end
  res.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
    count(chunk, rest[0])
    return write.apply(this, [chunk, ...rest] as unknown as Parameters<typeof write>)
  } as typeof res.write
  res.end = function (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
    if (typeof chunk !== 'function') count(chunk, rest[0])
    return end.apply(this, [chunk, ...rest] as unknown as Parameters<typeof end>)
  } as typeof res.end

  res.once('close', () => {
    const status = res.statusCode
    const line = {
      reqId,
      method: req.method,
      ...loggedAddress(req.url ?? '/'),
      status,
      ms: Math.round((performance.now() - started) * 10) / 10,
      bytes,
      ua: clientKind(req.headers['user-agent']),
      net: clientNetwork(String(req.headers['x-forwarded-for'] ?? req.socket.remoteAddress ?? '')),
      ...(internal ? { internal: true } : {}),
      ...(res.writableFinished ? {} : { aborted: true }),
    }
    if (status >= 500) logger.error(line, 'requête')
    else logger.info(line, 'requête')
  })
  return reqId
}
