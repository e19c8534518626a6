import type { Metadata } from 'next'
import Link from 'next/link'

import { Breadcrumbs } from '@/components/Breadcrumbs'
import { DocumentLink } from '@/components/DocumentLink'
import { SearchForm } from '@/components/SearchForm'
import { plural } from '@/lib/plural'
import { paths } from '@/site/paths'
import { domainSlugsById, search } from '@/site/queries'

type Props = { searchParams: Promise<{ q?: string | string[] }> }

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const q = (await searchParams).q
  return { title: typeof q === 'string' && q.trim() ? `Recherche « ${q.trim().slice(0, 80)} »` : 'Rechercher' }
}

export default async function SearchPage({ searchParams }: Props) {
  const raw = (await searchParams).q
  const query = (typeof raw === 'string' ? raw : '').slice(0, 200)
  const [results, domainSlugs] = await Promise.all([search(query), domainSlugsById()])
  const total = results.procedures.length + results.documents.length
  return (
    <>
      <Breadcrumbs items={[{ label: 'Recherche' }]} />
      <h1>Rechercher</h1>
      <SearchForm id="recherche-page" defaultValue={query} />
      {query.trim() ? (
        <p role="status" className="search-summary">
          {results.words.length === 0
            ? 'Saisissez au moins un mot de deux lettres.'
            : `${plural(total, 'résultat', 'résultats')} pour « ${query.trim()} »`}
        </p>
      ) : null}
      {results.procedures.length ? (
        <section aria-labelledby="resultats-demarches">
          <h2 id="resultats-demarches">Démarches</h2>
          <ul className="cards">
            {results.procedures.map((p) => {
              const domainSlug = domainSlugs.get(typeof p.domain === 'object' ? p.domain.id : p.domain)
              return (
                <li key={p.id} className="card">
                  <h3>{domainSlug ? <Link href={paths.procedure(domainSlug, p.slug!)}>{p.title}</Link> : p.title}</h3>
                  <p>{p.summary}</p>
                </li>
              )
            })}
          </ul>
        </section>
      ) : null}
      {results.documents.length ? (
        <section aria-labelledby="resultats-imprimes">
          <h2 id="resultats-imprimes">Imprimés</h2>
          <ul className="documents">
            {results.documents.map((doc) => (
              <li key={doc.id}>
                <DocumentLink doc={doc} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {query.trim() && results.words.length > 0 && total === 0 ? (
        <p>
          Aucun résultat. Essayez un autre mot, ou parcourez <Link href={paths.procedures()}>toutes les démarches</Link>.
        </p>
      ) : null}
    </>
  )
}
