import type { Payload } from 'payload'

import { signedTimestamp } from '../../src/intake/antiAbuse'
import { handleFormStep } from '../../src/intake/formStep'

export type PostValues = Record<string, string | string[] | File | File[]>

export interface PostOptions {
  /** When the form page was shown (default: a minute ago) */
  signedAt?: number
  /** The form the timestamp names (default: the form of `slug`) */
  signedFor?: number | string
  /** More request headers (Referer…) */
  headers?: Record<string, string>
}

/**
 * Posts to the real step handler (the function behind POST /formulaires/<slug>/etape) with a real
 * Request and FormData, as a browser without JavaScript would: the form page's signed timestamp
 * `t` first (overridden by a `t` in `values`).
 */
export function formClient(payload: Payload, ip = '203.0.113.10') {
  const ids = new Map<string, number | string>()
  /** The id a form page would sign with; an unknown slug signs with the slug itself. */
  const formId = async (slug: string) => {
    if (!ids.has(slug)) {
      const { docs } = await payload.find({ collection: 'forms', where: { slug: { equals: slug } }, limit: 1, depth: 0, overrideAccess: true, select: {} })
      ids.set(slug, docs[0]?.id ?? slug)
    }
    return ids.get(slug)!
  }
  const post = async (slug: string, values: PostValues, options: PostOptions = {}) => {
    const data = new FormData()
    data.set('t', signedTimestamp(options.signedFor ?? (await formId(slug)), options.signedAt ?? Date.now() - 60_000))
    for (const [key, value] of Object.entries(values)) {
      data.delete(key)
      for (const v of Array.isArray(value) ? value : [value]) data.append(key, v)
    }
    const request = new Request(`http://localhost/formulaires/${encodeURIComponent(slug)}/etape`, {
      method: 'POST',
      body: data,
      headers: { 'x-forwarded-for': ip, ...options.headers },
    })
    const response = await handleFormStep(payload, slug, request)
    const location = response.headers.get('location') ?? ''
    const session = /session=([A-Za-z0-9_-]+)/.exec(location)?.[1]
    const followUp = /^\/suivi\/([A-Za-z0-9_-]+)/.exec(location)?.[1]
    return { status: response.status, location, session, followUp, text: () => response.text() }
  }
  return { post, formId }
}
