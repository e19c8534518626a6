import { html } from './escapeHtml'

/**
 * A short French answer for refusals outside the site's pages (malformed addresses, limits): JSON
 * for the API, plain HTML otherwise. Every value goes through the escaping helper.
 */
export function problemResponse(status: number, title: string, message: string, options: { json?: boolean; headers?: HeadersInit } = {}): Response {
  const headers = new Headers(options.headers)
  if (options.json) {
    headers.set('Content-Type', 'application/json; charset=utf-8')
    return new Response(JSON.stringify({ errors: [{ message }] }), { status, headers })
  }
  headers.set('Content-Type', 'text/html; charset=utf-8')
  const body = html`<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title} — Portail citoyen</title></head><body><main><h1>${title}</h1><p>${message}</p><p><a href="/">Revenir à l’accueil</a></p></main></body></html>`
  return new Response(body.value, { status, headers })
}
