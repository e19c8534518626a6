import type { Metadata } from 'next'
import type { ReactNode } from 'react'

import { charterCss } from '../../charter/charterCss'
import { AlertBanner } from '../../components/AlertBanner'
import { Footer } from '../../components/Footer'
import { Header } from '../../components/Header'
import { getSiteSettings, mediaUrl } from '../../site/queries'
import './site.css'

// The charter and content are read at request time: an edit in the admin shows on the next load.
export const dynamic = 'force-dynamic'

export async function generateMetadata(): Promise<Metadata> {
  const { site, charter } = await getSiteSettings()
  const favicon = mediaUrl(charter.favicon)
  return {
    title: { template: `%s — Ville de ${site.townName}`, default: `Portail citoyen — Ville de ${site.townName}` },
    description: `Démarches en ligne, imprimés et informations pratiques de la ville de ${site.townName}.`,
    icons: favicon ? [{ url: favicon }] : undefined,
  }
}

export default async function SiteLayout({ children }: { children: ReactNode }) {
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
