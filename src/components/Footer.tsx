import type { Charter, Site } from '../payload-types'

const NETWORK_LABELS: Record<string, string> = {
  facebook: 'Facebook',
  instagram: 'Instagram',
  linkedin: 'LinkedIn',
  youtube: 'YouTube',
  mastodon: 'Mastodon',
  x: 'X (Twitter)',
}

export function Footer({ site, charter }: { site: Site; charter: Charter }) {
  return (
    <footer className="site-footer">
      <div className="container site-footer__grid">
        <section aria-labelledby="footer-contact">
          <h2 id="footer-contact">Mairie de {site.townName}</h2>
          {site.address ? <address className="pre-line">{site.address}</address> : null}
          {site.phone ? (
            <p>
              Téléphone : <a href={`tel:${site.phone.replace(/\s/g, '')}`}>{site.phone}</a>
            </p>
          ) : null}
          {site.contactEmail ? (
            <p>
              Courriel : <a href={`mailto:${site.contactEmail}`}>{site.contactEmail}</a>
            </p>
          ) : null}
        </section>
        {site.openingHours ? (
          <section aria-labelledby="footer-hours">
            <h2 id="footer-hours">Horaires d&apos;ouverture</h2>
            <p className="pre-line">{site.openingHours}</p>
          </section>
        ) : null}
        {charter.socialLinks?.length ? (
          <section aria-labelledby="footer-social">
            <h2 id="footer-social">Suivez-nous</h2>
            <ul>
              {charter.socialLinks.map((link) => (
                <li key={link.id ?? link.url}>
                  <a href={link.url} rel="noopener">
                    {NETWORK_LABELS[link.network] ?? link.network}
                    <span className="visually-hidden"> (site externe)</span>
                  </a>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </div>
      {charter.footerText ? (
        <div className="container">
          <p className="site-footer__text">{charter.footerText}</p>
        </div>
      ) : null}
    </footer>
  )
}
