import Link from 'next/link'

import { SearchForm } from './SearchForm'

export function NotFoundContent() {
  return (
    <>
      <h1>Page introuvable</h1>
      <p className="lead">La page que vous cherchez n&apos;existe pas ou a été déplacée.</p>
      <p>
        Vous pouvez revenir à <Link href="/">l&apos;accueil</Link>, consulter <Link href="/demarches">toutes les démarches</Link> ou
        faire une recherche :
      </p>
      <SearchForm id="recherche-404" />
    </>
  )
}
