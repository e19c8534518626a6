import Link from 'next/link'

import { DomainIcon } from '@/components/DomainIcon'
import { SearchForm } from '@/components/SearchForm'
import type { Procedure } from '@/payload-types'
import { paths } from '@/site/paths'
import { domainSlugsById, getSiteSettings, listDomainsWithCounts } from '@/site/queries'
import { plural } from '@/lib/plural'

export default async function HomePage() {
  const [{ site }, domains, domainSlugs] = await Promise.all([getSiteSettings(), listDomainsWithCounts(), domainSlugsById()])
  const mostRequested = (site.mostRequested ?? []).filter((p): p is Procedure => typeof p === 'object' && p !== null)
  return (
    <>
      <section className="hero" aria-labelledby="hero-title">
        <h1 id="hero-title">{site.heroTitle}</h1>
        {site.heroText ? <p className="lead">{site.heroText}</p> : null}
        <SearchForm id="recherche-accueil" large />
      </section>

      <section aria-labelledby="domaines-title">
        <h2 id="domaines-title">Les démarches par thème</h2>
        <ul className="tiles">
          {domains.map((domain) => (
            <li key={domain.id} className="tile">
              <DomainIcon name={domain.icon} />
              <h3>
                <Link href={paths.domain(domain.slug!)} className="tile__link">
                  {domain.title}
                </Link>
              </h3>
              <p>{domain.description}</p>
              <p className="tile__count">{plural(domain.procedureCount, 'démarche', 'démarches')}</p>
            </li>
          ))}
        </ul>
      </section>

      {mostRequested.length ? (
        <section aria-labelledby="populaires-title">
          <h2 id="populaires-title">Les démarches les plus demandées</h2>
          <ul className="link-list">
            {mostRequested.map((p) => {
              const domainId = typeof p.domain === 'object' ? p.domain.id : p.domain
              const domainSlug = domainSlugs.get(domainId)
              return domainSlug ? (
                <li key={p.id}>
                  <Link href={paths.procedure(domainSlug, p.slug!)}>{p.title}</Link>
                  <span className="muted"> — {p.summary}</span>
                </li>
              ) : null
            })}
          </ul>
        </section>
      ) : null}
    </>
  )
}
