'use client'

import { ErrorReference } from '@/components/ErrorReference'

/**
 * A page of the site that failed during a navigation in the browser (a failed page load gets the
 * server's problem page instead: src/ops/logging/serverErrorPage.ts): French, inside the site's
 * layout, with the error's digest as the reference that finds the server's log line
 * (src/instrumentation.ts, decision 0071).
 */
export default function SiteError({ error }: { error: Error & { digest?: string } }) {
  // data-island, as every client component: a page showing it keeps its scripts (decision 0014).
  return (
    <div data-island="erreur">
      <title>Erreur — Portail citoyen</title>
      <h1>Une erreur est survenue</h1>
      <p className="lead">Cette page n’a pas pu être affichée. Réessayez dans quelques instants.</p>
      <p>
        {/* Plain links: a new page load, which works without JavaScript too. */}
        <a href="">Recharger la page</a> ou revenir à <a href="/">l’accueil</a>.
      </p>
      <ErrorReference reference={error.digest} />
    </div>
  )
}
