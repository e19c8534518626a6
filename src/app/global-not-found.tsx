/*
 * With two root layouts (site and admin) Next.js has no root layout to render a 404 inside, and
 * would send an empty shell filled by JavaScript. This page renders the full site instead, so the
 * French 404 works without JavaScript.
 */
import type { Metadata } from 'next'
import { connection } from 'next/server'

import { ErrorReference } from '@/components/ErrorReference'
import { NotFoundContent } from '@/components/NotFoundContent'
import { SiteDocument } from '@/components/SiteDocument'
import { pageReference } from '@/ops/logging/pageReference'
import './(frontend)/site.css'

export const metadata: Metadata = { title: 'Page introuvable — Portail citoyen' }

// Rendered per request (the charter and site settings come from the database), never at build time.
export const dynamic = 'force-dynamic'

export default async function GlobalNotFound() {
  await connection()
  return (
    <SiteDocument>
      <NotFoundContent />
      {/* Never cached (only 200 pages are): the id is this request's. */}
      <ErrorReference reference={await pageReference()} />
    </SiteDocument>
  )
}
