import type { Metadata } from 'next'
import Link from 'next/link'

import { Breadcrumbs } from '@/components/Breadcrumbs'
import { DocumentDownload } from '@/components/DocumentDownload'
import { plural } from '@/lib/plural'
import { firstParam } from '@/lib/searchParam'
import { searchWords } from '@/lib/searchText'
import { paths } from '@/site/paths'
import { listDocuments, listDomains } from '@/site/queries'

type Props = { searchParams: Promise<{ domaine?: string | string[]; q?: string | string[] }> }

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const q = firstParam((await searchParams).q).trim()
  return { title: q ? `Imprimés « ${q.slice(0, 80)} »` : 'Imprimés à télécharger' }
}

/** The imprimés library: search (accents ignored) and domain filter as plain GET parameters. */
export default async function DocumentsPage({ searchParams }: Props) {
  const params = await searchParams
  const selected = firstParam(params.domaine)
  const query = firstParam(params.q).slice(0, 200)
  const words = searchWords(query)
  const domains = await listDomains()
  const domain = domains.find((d) => d.slug === selected)
  const documents = await listDocuments({ domainId: domain?.id, words })
  const domainTitles = new Map(domains.map((d) => [d.id, d.title]))
  const filtered = Boolean(domain || words.length)
  return (
    <>
      <Breadcrumbs items={[{ label: 'Imprimés' }]} />
      <h1>Imprimés à télécharger</h1>
      <p className="lead">Formulaires et notices à imprimer, remplir et déposer en mairie ou joindre à votre demande.</p>
      <form method="get" action="/documents" className="filter" role="search" aria-label="Rechercher un imprimé">
        <div className="filter__field">
          <label htmlFor="filtre-recherche">Mot-clé</label>
          <input id="filtre-recherche" name="q" type="search" defaultValue={query} autoComplete="off" placeholder="Ex. : salle, eau, état civil" />
        </div>
        <div className="filter__field">
          <label htmlFor="filtre-domaine">Thème</label>
          <select id="filtre-domaine" name="domaine" defaultValue={domain?.slug ?? ''}>
            <option value="">Tous les thèmes</option>
            {domains.map((d) => (
              <option key={d.id} value={d.slug!}>
                {d.title}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">Filtrer</button>
      </form>
      {selected && !domain ? <p role="status">Thème inconnu : les imprimés de tous les thèmes sont affichés.</p> : null}
      {query.trim() && words.length === 0 ? <p role="status">Saisissez au moins un mot de deux lettres.</p> : null}
      <p role="status" className="search-summary">
        {plural(documents.length, 'imprimé', 'imprimés')}
        {words.length ? ` pour « ${query.trim()} »` : ''}
        {domain ? ` dans le thème « ${domain.title} »` : ''}
      </p>
      {documents.length ? (
        <ul className="documents documents--library">
          {documents.map((doc) => {
            const domainId = doc.domain && typeof doc.domain === 'object' ? doc.domain.id : doc.domain
            return (
              <li key={doc.id} className="document-item">
                <h2 className="document-item__title">
                  <Link href={paths.document(doc.slug!)}>{doc.title}</Link>
                </h2>
                {domainId ? <p className="muted document-item__domain">Thème : {domainTitles.get(domainId)}</p> : null}
                {doc.description ? <p className="document-link__description">{doc.description}</p> : null}
                <DocumentDownload doc={doc} />
              </li>
            )
          })}
        </ul>
      ) : (
        <p>
          Aucun imprimé ne correspond à votre recherche.
          {filtered ? (
            <>
              {' '}
              <Link href={paths.documents()}>Voir tous les imprimés</Link> ou{' '}
            </>
          ) : ' '}
          <Link href={paths.procedures()}>parcourir les démarches</Link>.
        </p>
      )}
    </>
  )
}
