import { type NextRequest, NextResponse } from 'next/server'

import { procedurePathExists } from './site/publicPathExists'

/**
 * Unknown procedure or domain slugs are rewritten to an address no route matches, so Next.js
 * answers 404 with src/app/global-not-found.tsx rendered on the server. (A notFound() thrown
 * inside a page would send an empty shell that only JavaScript fills, with two root layouts.)
 */
export async function proxy(request: NextRequest) {
  const match = /^\/demarches\/([^/]+)(?:\/([^/]+))?\/?$/.exec(request.nextUrl.pathname)
  if (!match) return NextResponse.next()
  const [, domainSlug, procedureSlug] = match.map((part) => (part ? decodeURIComponent(part) : part))
  if (await procedurePathExists(domainSlug, procedureSlug)) return NextResponse.next()
  return NextResponse.rewrite(new URL('/introuvable', request.url))
}

export const config = { matcher: ['/demarches/:path+'] }
