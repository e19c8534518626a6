import { type NextRequest, NextResponse } from 'next/server'

import { allowFollowUpLookup, clientIp } from './forms/antiAbuse'
import { findByFollowUpToken } from './submissions/followUp'
import { documentPathExists, formPathExists, procedurePathExists } from './site/publicPathExists'
import { sitePayload } from './site/payload'

/**
 * Unknown slugs and tokens are rewritten to an address no route matches, so Next.js answers 404
 * with src/app/global-not-found.tsx rendered on the server. (A notFound() thrown inside a page
 * would send an empty shell that only JavaScript fills, with two root layouts: decision 0003.)
 */
export async function proxy(request: NextRequest) {
  if (request.method !== 'GET' && request.method !== 'HEAD') return NextResponse.next()
  const path = request.nextUrl.pathname
  const decode = (part: string | undefined) => (part ? decodeURIComponent(part) : part)
  let exists = true
  let match: RegExpExecArray | null
  if ((match = /^\/demarches\/([^/]+)(?:\/([^/]+))?\/?$/.exec(path))) {
    exists = await procedurePathExists(decode(match[1])!, decode(match[2]))
  } else if ((match = /^\/documents\/([^/]+)\/?$/.exec(path))) {
    exists = await documentPathExists(decode(match[1])!)
  } else if ((match = /^\/formulaires\/([^/]+)(?:\/verification)?\/?$/.exec(path))) {
    exists = await formPathExists(decode(match[1])!)
  } else if ((match = /^\/suivi\/([^/]+)\/?$/.exec(path))) {
    if (!(await allowFollowUpLookup(clientIp(request.headers)))) {
      return new NextResponse('Trop de tentatives : patientez une minute avant de réessayer.', {
        status: 429,
        headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': '60' },
      })
    }
    exists = (await findByFollowUpToken(await sitePayload(), decode(match[1])!)) !== null
  }
  return exists ? NextResponse.next() : NextResponse.rewrite(new URL('/introuvable', request.url))
}

// Only the GET pages that name something by slug or token; form posts (…/etape, …/message) skip it.
export const config = { matcher: ['/demarches/:path+', '/documents/:slug', '/formulaires/:slug', '/formulaires/:slug/verification', '/suivi/:token'] }
