import type { Endpoint } from 'payload'

import { communeLabel, findCommunes } from '../lib/communes'

/**
 * GET /api/communes?q=lor — suggestions for the commune field (blocks/fields/commune): at most
 * 10 communes of the official list, as { code, label: "Lorient (56100)" }. Public data; no
 * personal data in or out. A missing, short or over-long query gets an empty list, never an error.
 */
export const communesEndpoint: Endpoint = {
  path: '/communes',
  method: 'get',
  handler: async (req) => {
    const query = typeof req.query?.q === 'string' ? req.query.q.slice(0, 120) : ''
    const found = query.trim().length >= 2 ? await findCommunes(query, 10, { suggest: true }) : []
    const suggestions = found.flatMap((commune) =>
      (commune.codesPostaux.length ? commune.codesPostaux.slice(0, 3) : [undefined]).map((postalCode) => ({ code: commune.code, label: communeLabel(commune, postalCode) })),
    )
    return Response.json(suggestions.slice(0, 10), { headers: { 'Cache-Control': 'public, max-age=86400' } })
  },
}
