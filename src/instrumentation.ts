import type { Instrumentation } from 'next'

/**
 * A request Next.js could not serve (a page, a route handler, the proxy): one log line with the
 * request's id and the error's digest, the "référence d'erreur" its error page shows (decision 0071).
 */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { logRequestError } = await import('./ops/logging/requestError')
  logRequestError(error, request, context)
}
