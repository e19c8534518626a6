import { headers } from 'next/headers'

import { isRequestId, REQUEST_ID_HEADER } from './requestId'

/**
 * The id the web server gave the request being rendered (src/scripts/server.mjs), for a problem
 * page to show; none outside it. Only pages that are never cached may show it (decision 0071).
 */
export async function pageReference(): Promise<string | null> {
  const given = (await headers()).get(REQUEST_ID_HEADER)
  return isRequestId(given) ? given : null
}
