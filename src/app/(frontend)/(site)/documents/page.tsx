import type { Metadata } from 'next'

import { Breadcrumbs } from '@/components/Breadcrumbs'
import { DocumentLink } from '@/components/DocumentLink'
import { plural } from '@/lib/plural'
import { listDocuments, listDomains } from '@/site/queries'

export const metadata: Metadata = { title: 'Imprimés à télécharger' }

type Props = { searchParams: Promise<{ domaine?: string | string[] }> }

export default async function DocumentsPage({ searchParams }: Props) {
  const raw = (await searchParams).domaine
  const selected = typeof raw === 'string' ? raw : ''
  const domains = await listDomains()
  const domain = domains.find((d) => d.slug === selected)
  const documents = await listDocuments(domain?.id)
  return (
    <>
      <Breadcrumbs items={[{ label: 'Imprimés' }]} />
      <h1>Imprimés à télécharger</h1>
      <p className="lead">Formulaires et notices à imprimer, remplir et déposer en mairie ou joindre à votre demande.</p>
      <form method="get" action="/documents" className="filter">
        <label htmlFor="filtre-domaine">Thème</label>
        <select id="filtre-domaine" name="domaine" defaultValue={domain?.slug ?? ''}>
          <option value="">Tous les thèmes</option>
          {domains.map((d) => (
            <option key={d.id} value={d.slug!}>
              {d.title}
            </option>
          ))}
        </select>
        <button type="submit">Filtrer</button>
      </form>
      {selected && !domain ? <p role="status">Thème inconnu : tous les imprimés sont affichés.</p> : null}
      <p role="status">
        {plural(documents.length, 'imprimé', 'imprimés')}
        {domain ? ` dans le thème « ${domain.title} »` : ''}
      </p>
      <ul className="documents">
        {documents.map((doc) => (
          <li key={doc.id}>
            <DocumentLink doc={doc} />
          </li>
        ))}
      </ul>
    </>
  )
}
