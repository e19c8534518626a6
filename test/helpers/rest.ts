import { handleEndpoints, type SanitizedConfig } from 'payload'

/**
 * Calls Payload's real REST handler (the one behind src/app/(payload)/api/[...slug]/route.ts)
 * in-process, with a real Request.
 */
export function restClient(config: Promise<SanitizedConfig> | SanitizedConfig) {
  const call = async (method: string, path: string, options: { body?: unknown; token?: string; form?: FormData } = {}) => {
    const headers = new Headers()
    if (options.token) headers.set('Authorization', `JWT ${options.token}`)
    let body: BodyInit | undefined
    if (options.form) body = options.form
    else if (options.body !== undefined) {
      headers.set('Content-Type', 'application/json')
      body = JSON.stringify(options.body)
    }
    const request = new Request(`http://localhost:3000/api${path}`, { method, headers, body })
    const response = await handleEndpoints({ config, path: `/api${path.split('?')[0]}`, request })
    const bytes = Buffer.from(await response.arrayBuffer())
    const text = bytes.toString('utf8')
    let json: unknown = null
    try {
      json = JSON.parse(text)
    } catch {
      json = text
    }
    return { status: response.status, headers: response.headers, bytes, json: json as Record<string, unknown> & { errors?: Array<{ message: string; data?: { errors?: Array<{ message: string; path: string }> } }> } }
  }
  return {
    call,
    login: async (email: string, password: string) => {
      const res = await call('POST', '/users/login', { body: { email, password } })
      if (res.status !== 200) throw new Error(`login failed for ${email}: ${res.status} ${JSON.stringify(res.json)}`)
      return res.json.token as string
    },
  }
}
