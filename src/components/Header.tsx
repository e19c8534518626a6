import Link from 'next/link'

import type { Charter, Site } from '../payload-types'
import { mediaUrl } from '../site/queries'

export function Header({ site, charter }: { site: Site; charter: Charter }) {
  const logo = mediaUrl(charter.logo)
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link href="/" className="site-header__brand">
          {/* The town's name follows as text, so the logo itself is decorative. */}
          {logo ? <img src={logo} alt="" width="48" height="48" /> : null}
          <span>
            <span className="site-header__town">Ville de {site.townName}</span>
            <span className="site-header__tagline">Portail citoyen</span>
          </span>
        </Link>
        {site.navigation?.length ? (
          <nav aria-label="Menu principal" className="site-nav">
            <ul>
              {site.navigation.map((item) => (
                <li key={item.id ?? item.href}>
                  <Link href={item.href}>{item.label}</Link>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </div>
    </header>
  )
}
