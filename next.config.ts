import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

import { NON_PAGE_CONTENT_SECURITY_POLICY, STATIC_SECURITY_HEADERS } from './src/security/headers'

/**
 * Responses src/proxy.ts never sees (build files, public/, router prefetches) get a policy here.
 * Not the form posts: their waiting page sets its own (it runs the site's retry script, decision
 * 0075), and src/scripts/server.mjs gives every other answer of theirs this same policy.
 */
const nonPagePolicy = [{ key: 'Content-Security-Policy', value: NON_PAGE_CONTENT_SECURITY_POLICY }]
const OUTSIDE_PROXY = [
  '/_next/static/:path*',
  '/_next/image',
  '/fonts/:path*',
  '/leaflet/:path*',
  '/scripts/:path*',
  '/favicon.ico',
  '/api/:path*',
  '/suivi/:token/message',
  '/suivi/:token/annulation',
  '/suivi/:token/paiement',
  '/suivi/:token/paiement/retour',
  '/paiement/notification',
  '/simulateur-payfip/:path*',
]

const nextConfig: NextConfig = {
  // Uploads are served by Payload's access-checked routes, not by the image optimiser.
  images: { unoptimized: true },
  poweredByHeader: false,
  // `npm test` type-checks the project in its unit suite (test/unit/typecheck.test.ts), beside the
  // other tests, and sets this: the build then does not check the same files again alone.
  typescript: { ignoreBuildErrors: process.env.NEXT_TYPECHECKED === '1' },
  // Full-site French 404 although the app has two root layouts (see src/app/global-not-found.tsx).
  experimental: {
    globalNotFound: true,
    // The build cache (Turbopack, on by default) costs ~35 s to write and only speeds up a later
    // build of the same tree: `npm test` builds a fresh clone once, so it turns it off.
    turbopackFileSystemCacheForBuild: process.env.NEXT_BUILD_CACHE !== 'off',
  },
  // The same on every response; the CSP with its nonce is set per page by src/proxy.ts.
  headers: async () => [
    { source: '/:path*', headers: STATIC_SECURITY_HEADERS },
    ...OUTSIDE_PROXY.map((source) => ({ source, headers: nonPagePolicy })),
    { source: '/:path*', has: [{ type: 'header' as const, key: 'next-router-prefetch' }], headers: nonPagePolicy },
  ],
}

const withPayloadConfig = withPayload(nextConfig, { devBundleServerPackages: false })
const payloadHeaders = withPayloadConfig.headers!

/**
 * Payload asks every response for the colour-scheme client hint as a *critical* hint (for the
 * admin's theme): Chromium then restarts the first navigation to the citizen site to send it — a
 * whole extra round trip (0.7 s on a slow phone connection). Keep that rule to the admin.
 */
export default {
  ...withPayloadConfig,
  headers: async () =>
    (await payloadHeaders()).map((rule) => (rule.headers.some((h) => h.key === 'Critical-CH') ? { ...rule, source: '/admin/:path*' } : rule)),
} satisfies NextConfig
