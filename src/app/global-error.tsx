'use client'

import { ErrorReference } from '@/components/ErrorReference'

/**
 * What a visitor sees when even a root layout failed during a navigation in the browser (the
 * site's or the admin's): a bare French page with the error's digest as its reference
 * (src/instrumentation.ts, decision 0071). A failed page load gets the server's problem page.
 */
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="fr">
      <body>
        {/* data-island, as every client component: a page showing it keeps its scripts (decision 0014). */}
        <main data-island="erreur">
          <title>Erreur — Portail citoyen</title>
          <h1>Le service est momentanément indisponible</h1>
          <p>Réessayez dans quelques instants.</p>
          <p>
            <a href="/">Revenir à l’accueil</a>
          </p>
          <ErrorReference reference={error.digest} />
        </main>
      </body>
    </html>
  )
}
