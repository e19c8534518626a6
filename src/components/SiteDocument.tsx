import type { ReactNode } from 'react'

import { charterCss } from '../charter/charterCss'
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
