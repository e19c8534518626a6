import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  // Uploads are served by Payload's access-checked routes, not by the image optimiser.
  images: { unoptimized: true },
  poweredByHeader: false,
  // Full-site French 404 although the app has two root layouts (see src/app/global-not-found.tsx).
  experimental: { globalNotFound: true },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
