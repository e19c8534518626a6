import { formPaths } from '../../forms/paths'
import { SECURE_TOKEN_PATTERN } from '../../lib/secureToken'

/**
 * The form session a post came from, read from addresses only (its body may be unread: 429, 413,
 * unreadable): the post's own address, else the page it was sent from (Referer, same form). Only
 * a well-formed token and a step number are taken, so the way back keeps the answers stored on
 * the server.
 */
export function sessionHint(request: Request, slug: string): { token: string; step: number } | null {
  const candidates: Array<{ address: string | null; samePage: boolean }> = [
    { address: request.url, samePage: false },
    { address: request.headers.get('referer'), samePage: true },
  ]
  for (const { address, samePage } of candidates) {
    if (!address) continue
    try {
      const url = new URL(address, 'http://localhost')
      if (samePage && url.pathname !== formPaths.step(slug)) continue
      const token = url.searchParams.get('session') ?? ''
      if (!SECURE_TOKEN_PATTERN.test(token)) continue
      const step = Number.parseInt(url.searchParams.get('etape') ?? '1', 10)
      return { token, step: Number.isInteger(step) && step >= 1 && step <= 100 ? step - 1 : 0 }
    } catch {
      // not an address: no hint
    }
  }
  return null
}

