import type { ReactNode } from 'react'

import { charterCss } from '../charter/charterCss'
import { charterFont } from '../charter/fonts'
import { getSiteSettings } from '../site/queries'
import { AlertBanner } from './AlertBanner'
import { Footer } from './Footer'
import { Header } from './Header'

/**
 * The whole citizen page: <html lang="fr">, charter styles, skip link, alert, header, main, footer.
 * Shared by the site layout and the global 404 page, so a 404 looks like the site (even without JS).
 */
export async function SiteDocument({ children }: { children: ReactNode }) {
  const { site, charter } = await getSiteSettings()
  return (
    <html lang="fr">
      <head>
        {/* The charter's font files, fetched with the page rather than after the CSS: the text does not jump when they arrive. */}
        {charterFont(charter.font).files.map(({ file }) => (
          <link key={file} rel="preload" href={file} as="font" type="font/woff2" crossOrigin="" />
        ))}
        <style id="charte-graphique" dangerouslySetInnerHTML={{ __html: charterCss(charter) }} />
      </head>
      <body>
        <a className="skip-link" href="#contenu">
          Aller au contenu
        </a>
        <AlertBanner alert={site.alert} />
        <Header site={site} charter={charter} />
        <main id="contenu" tabIndex={-1} className="container">
          {children}
        </main>
        <Footer site={site} charter={charter} />
      </body>
    </html>
  )
}
