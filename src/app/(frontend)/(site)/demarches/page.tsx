import type { Metadata } from 'next'
import Link from 'next/link'

import { Breadcrumbs } from '@/components/Breadcrumbs'
import { DomainIcon } from '@/components/DomainIcon'
import { paths } from '@/site/paths'
import { listDomains, listProceduresOfDomain } from '@/site/queries'

export const metadata: Metadata = { title: 'Toutes les démarches' }

export default async function ProceduresPage() {
  const domains = await listDomains()
  const lists = await Promise.all(domains.map((d) => listProceduresOfDomain(d.id)))
  return (
    <>
      <Breadcrumbs items={[{ label: 'Démarches' }]} />
      <h1>Toutes les démarches</h1>
      {domains.map((domain, i) => (
        <section key={domain.id} aria-labelledby={`domaine-${domain.slug}`} className="domain-section">
          <h2 id={`domaine-${domain.slug}`}>
            <DomainIcon name={domain.icon} /> <Link href={paths.domain(domain.slug!)}>{domain.title}</Link>
          </h2>
          <ul className="link-list">
            {lists[i].map((p) => (
              <li key={p.id}>
                <Link href={paths.procedure(domain.slug!, p.slug!)}>{p.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  )
}
