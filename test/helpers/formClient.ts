import type { Payload } from 'payload'

import { signedTimestamp } from '../../src/forms/antiAbuse'
import { handleStepPost } from '../../src/forms/handleStepPost'

export type PostValues = Record<string, string | string[] | File | File[]>

/**
 * Posts to the real step handler (the function behind POST /formulaires/<slug>/etape) with a real
 * Request and FormData, as a browser without JavaScript would.
 */
export function formClient(payload: Payload, ip = '203.0.113.10') {
  const post = async (slug: string, values: PostValues, options: { signedAt?: number } = {}) => {
    const data = new FormData()
    data.set('t', signedTimestamp(options.signedAt ?? Date.now() - 60_000))
    for (const [key, value] of Object.entries(values)) {
      data.delete(key)
      for (const v of Array.isArray(value) ? value : [value]) data.append(key, v)
    }
    const request = new Request(`http://localhost/formulaires/${slug}/etape`, {
      method: 'POST',
      body: data,
      headers: { 'x-forwarded-for': ip },
    })
    const response = await handleStepPost(payload, slug, request)
    const location = response.headers.get('location') ?? ''
    const session = /session=([A-Za-z0-9_-]+)/.exec(location)?.[1]
    const followUp = /^\/suivi\/([A-Za-z0-9_-]+)/.exec(location)?.[1]
    return { status: response.status, location, session, followUp, text: () => response.text() }
  }
  return { post }
}
