/**
 * Issue 11 item 5, on the API: a caller's malformed input is a French 4xx, never a 500 —
 * an id no document can have, an unparsable query parameter (both answered 500 on 6ed4a04).
 */
import { bootPayload, type BootedPayload } from '../helpers/bootPayload'
import { restClient } from '../helpers/rest'
import { skipSuiteOnTestServer } from '../helpers/testServerGaps'

// Adapter-neutral: run on SQLite and a real MongoDB, not on the npm MongoDB test server (decision 0037).
skipSuiteOnTestServer()

let booted: BootedPayload
let rest: ReturnType<typeof restClient>

beforeAll(async () => {
  booted = await bootPayload()
  rest = restClient(booted.config)
})
afterAll(async () => booted?.shutdown())

describe('REST: the caller’s mistakes are 4xx in French', () => {
  it.each(['/forms/abc', '/procedures/1e3', '/domains/%00', '/documents/-1'])('GET %s: 404', async (path) => {
    const res = await rest.call('GET', path)
    expect(res.status).toBe(404)
  })

  it('GET /forms?where=abc: 400 with a French message', async () => {
    const res = await rest.call('GET', '/forms?where=abc')
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.json)).toContain('illisibles')
  })

  it('a real document is still found by its id', async () => {
    const organisation = await booted.payload.create({ collection: 'organisations', data: { name: 'Ville de Kerlann', slug: 'commune', email: 'mairie@kerlann.fr' } as never, overrideAccess: true })
    const res = await rest.call('GET', `/organisations/${organisation.id}`)
    expect(res.status).toBe(200)
  })
})
