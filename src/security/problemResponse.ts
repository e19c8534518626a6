import { currentRequestId } from '../ops/logging/requestContext'
import { problemPageHtml, type ProblemPageProps } from './problemPage'

/**
 * A refusal outside the site's pages: the French problem page (every value escaped) with the
 * request's id as its "référence d'erreur", or JSON for the API. Never cached: the next try may
 * succeed.
 */
export function problemResponse(
  status: number,
  title: string,
  message: string,
  options: { json?: boolean; headers?: HeadersInit; back?: ProblemPageProps['back'] } = {},
): Response {
  const headers = new Headers(options.headers)
  headers.set('Cache-Control', 'no-store')
  if (options.json) {
    headers.set('Content-Type', 'application/json; charset=utf-8')
    return new Response(JSON.stringify({ errors: [{ message }] }), { status, headers })
  }
  headers.set('Content-Type', 'text/html; charset=utf-8')
  return new Response(problemPageHtml({ title, message, back: options.back, reference: currentRequestId() }), { status, headers })
}
