/**
 * The line of a request Next.js could not serve (its `onRequestError` hook, src/instrumentation.ts):
 * the request's id, the error's digest — the "référence d'erreur" the citizen reads on the error
 * page — the route and the error itself, redacted like every line (decision 0071).
 */
import { portalLogger } from './logger.ts'
import { loggedAddress } from './requestPath.ts'
import { isRequestId, REQUEST_ID_HEADER } from './requestId.ts'

export interface FailedRequest {
  path: string
  method: string
  headers: Record<string, string | string[] | undefined>
}

export interface FailureContext {
  routePath?: string
  routeType?: string
}

export function logRequestError(error: unknown, request: FailedRequest, context: FailureContext, logger = portalLogger()): void {
  const given = request.headers[REQUEST_ID_HEADER]
  const digest = error && typeof error === 'object' && 'digest' in error ? String(error.digest) : undefined
  logger.error(
    {
      ...(isRequestId(given) ? { reqId: given } : {}),
      ...(digest ? { digest } : {}),
      method: request.method,
      ...loggedAddress(request.path),
      route: context.routePath,
      routeType: context.routeType,
      err: error,
    },
    'erreur serveur',
  )
}
