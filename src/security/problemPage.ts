import { element as h } from './markup.ts'
import { plainPageHtml } from './plainPage.ts'

export interface ProblemPageProps {
  title: string
  message: string
  /** Where the citizen goes back to (default: the home page) */
  back?: { href: string; label: string }
  /** The request's id, shown as the "référence d'erreur" that finds its log line (decision 0071) */
  reference?: string
}

const HOME = { href: '/', label: 'Revenir à l’accueil' }

/** The words around a "référence d'erreur", here and on the pages React renders (ErrorReference). */
export const REFERENCE_LABEL = 'Référence d’erreur : '
export const REFERENCE_HINT = 'Si vous contactez la mairie à ce sujet, indiquez cette référence.'

/**
 * The short French page of a refusal made outside the site's pages (form posts, malformed
 * addresses, unserved methods), built with `element` so that every value — a slug from the
 * address included — is escaped. Free of Next.js and React, so that the plain Node web server
 * (src/scripts/server.mjs) renders it too.
 */
export function problemPageHtml({ title, message, back = HOME, reference }: ProblemPageProps): string {
  const quoted = reference
    ? [h('p', null, REFERENCE_LABEL, h('code', null, reference), h('br', null), REFERENCE_HINT)]
    : []
  return plainPageHtml(title + ' — Portail citoyen', [], h('h1', null, title), h('p', null, message), h('p', null, h('a', { href: back.href }, back.label)), ...quoted)
}
