import type { Metadata } from 'next'
import type { ReactNode } from 'react'

import { SiteDocument } from '@/components/SiteDocument'
import { getSiteSettings, mediaUrl } from '@/site/queries'
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

export default function SiteLayout({ children }: { children: ReactNode }) {
  return <SiteDocument>{children}</SiteDocument>
}
