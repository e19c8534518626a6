import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { Breadcrumbs } from '@/components/Breadcrumbs'
import { isInternalOrHttpsLink } from '@/fields/internalOrHttpsLink'
import { plural } from '@/lib/plural'
import { paths } from '@/site/paths'
import { getDomain, listProceduresOfDomain } from '@/site/queries'

type Props = { params: Promise<{ domaine: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const domain = await getDomain((await params).domaine)
  return domain ? { title: domain.title, description: domain.description } : { title: 'Page introuvable' }
}

export default async function DomainPage({ params }: Props) {
  const domain = await getDomain((await params).domaine)
  if (!domain) notFound()
  const procedures = await listProceduresOfDomain(domain.id)
  // Checked again here: a row written past the admin's validation never links off-site over http.
  const seeAlso = (domain.seeAlso ?? []).filter((l) => l.label && isInternalOrHttpsLink(l.href))
  return (
    <>
      <Breadcrumbs items={[{ label: 'Démarches', href: paths.procedures() }, { label: domain.title }]} />
      <h1>{domain.title}</h1>
      <p className="lead">{domain.description}</p>
      <p>{plural(procedures.length, 'démarche', 'démarches')}</p>
      <ul className="cards">
        {procedures.map((p) => (
          <li key={p.id} className="card">
            <h2>
              <Link href={paths.procedure(domain.slug!, p.slug!)}>{p.title}</Link>
            </h2>
            <p>{p.summary}</p>
          </li>
        ))}
      </ul>
      {seeAlso.length ? (
        <section aria-labelledby="voir-aussi">
          <h2 id="voir-aussi">Voir aussi</h2>
          <ul>
            {seeAlso.map((l) => (
              <li key={l.id ?? l.href}>{l.href.startsWith('/') ? <Link href={l.href}>{l.label}</Link> : <a href={l.href} rel="noopener">{l.label}</a>}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <p>
        <Link href={paths.documents(domain.slug!)}>Imprimés du thème « {domain.title} »</Link>
      </p>
    </>
  )
}
