import { GRAPHQL_POST } from '@payloadcms/next/routes'
import type { SanitizedConfig } from 'payload'

export interface GraphQLResult {
  status: number
  text: string
  data: Record<string, unknown> | null
  errors: Array<{ message: string; extensions?: { name?: string; statusCode?: number } }>
}

/**
 * Calls Payload's real GraphQL handler (the one behind src/app/(payload)/api/graphql/route.ts)
 * in-process, with a real Request. `token` goes in the Authorization header as the admin sends it.
 */
export function graphqlClient(config: Promise<SanitizedConfig> | SanitizedConfig) {
  const handler = GRAPHQL_POST(config)
  return async (query: string, options: { token?: string; headers?: Record<string, string>; variables?: Record<string, unknown> } = {}): Promise<GraphQLResult> => {
    const headers = new Headers({ 'Content-Type': 'application/json', ...(options.headers ?? {}) })
    if (options.token) headers.set('Authorization', `JWT ${options.token}`)
    const response = await handler(new Request('http://localhost:3000/api/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables: options.variables }) }))
    const text = await response.text()
    const json = JSON.parse(text) as { data?: Record<string, unknown> | null; errors?: GraphQLResult['errors'] }
    return { status: response.status, text, data: json.data ?? null, errors: json.errors ?? [] }
  }
}

/** An id written into a GraphQL query: a number on SQLite, a quoted string (ObjectId) on MongoDB. */
export const gqlId = (id: number | string): string => (typeof id === 'number' ? String(id) : JSON.stringify(id))
