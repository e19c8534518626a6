import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

const graphql = GRAPHQL_POST(config)

/** A body that is not JSON is the client's mistake: a French 400, never Payload's 500. */
export async function POST(request: Request): Promise<Response> {
  if ((request.headers.get('content-type') ?? '').includes('application/json')) {
    try {
      JSON.parse(await request.clone().text())
    } catch {
      return Response.json({ errors: [{ message: 'La requête GraphQL n’est pas du JSON valide.' }] }, { status: 400 })
    }
  }
  return graphql(request)
}
export const OPTIONS = REST_OPTIONS(config)
