import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

import { STATIC_SECURITY_HEADERS } from './src/security/headers'

const nextConfig: NextConfig = {
  // Uploads are served by Payload's access-checked routes, not by the image optimiser.
  images: { unoptimized: true },
  poweredByHeader: false,
  // Full-site French 404 although the app has two root layouts (see src/app/global-not-found.tsx).
  experimental: { globalNotFound: true },
  // The same on every response; the CSP with its nonce is set per page by src/proxy.ts.
  headers: async () => [{ source: '/:path*', headers: STATIC_SECURITY_HEADERS }],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
