import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { Breadcrumbs } from '@/components/Breadcrumbs'
import { DocumentDownload } from '@/components/DocumentDownload'
import { formatDateFr } from '@/lib/formatDateFr'
import { plural } from '@/lib/plural'
import { paths } from '@/site/paths'
import { domainSlugsById, getDocumentBySlug, listProceduresUsingDocument } from '@/site/queries'
import type { Domain } from '@/payload-types'

type Props = { params: Promise<{ slug: string }> }

async function load(params: Props['params']) {
  const { slug } = await params
  return getDocumentBySlug(slug)
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const doc = await load(params)
  return doc ? { title: doc.title, description: doc.description ?? undefined } : { title: 'Page introuvable' }
}

/** One imprimé: what it is, its download (format, size, pages) and the procedures that use it. */
export default async function DocumentPage({ params }: Props) {
  const doc = await load(params)
  if (!doc) notFound() // safety net: src/proxy.ts already answers the French 404 (decision 0003)
  const [procedures, domainSlugs] = await Promise.all([listProceduresUsingDocument(doc.id), domainSlugsById()])
  const domain = doc.domain && typeof doc.domain === 'object' ? (doc.domain as Domain) : null
  return (
    <article className="document-page">
      <Breadcrumbs items={[{ label: 'Imprimés', href: paths.documents() }, { label: doc.title }]} />
      <h1>{doc.title}</h1>
      {doc.description ? <p className="lead">{doc.description}</p> : null}
      <div className="cta">
        <DocumentDownload doc={doc} />
        <p className="muted">
          À imprimer et remplir à la main.
          {doc.updatedAt ? ` Version du ${formatDateFr(doc.updatedAt)}.` : ''}
        </p>
      </div>
      {domain ? (
        <p>
          Thème : <Link href={paths.documents(domain.slug!)}>{domain.title}</Link>
        </p>
      ) : null}
      <section aria-labelledby="demarches-liees">
        <h2 id="demarches-liees">Démarches qui utilisent cet imprimé</h2>
        {procedures.length ? (
          <>
            <p className="muted">{plural(procedures.length, 'démarche', 'démarches')}</p>
            <ul className="link-list">
              {procedures.map((p) => {
                const domainSlug = domainSlugs.get(typeof p.domain === 'object' ? p.domain.id : p.domain)
                return <li key={p.id}>{domainSlug ? <Link href={paths.procedure(domainSlug, p.slug!)}>{p.title}</Link> : p.title}</li>
              })}
            </ul>
          </>
        ) : (
          <p>Cet imprimé n’est rattaché à aucune démarche en ligne. Renseignez-vous auprès de l’accueil de la mairie.</p>
        )}
      </section>
      <p>
        <Link href={paths.documents()}>Tous les imprimés</Link>
      </p>
    </article>
  )
}
