/**
 * Issue 11 item 3: served over HTTPS (PUBLIC_URL https://…), the session cookie is Secure, and
 * Payload's serverURL — its origin check and its e-mails' links — is the public address.
 */
process.env.PUBLIC_URL = 'https://demarches.kerlann.fr'

import { bootPayload, type BootedPayload } from '../helpers/bootPayload'
import { restClient } from '../helpers/rest'
import { skipSuiteOnTestServer } from '../helpers/testServerGaps'

// Adapter-neutral: run on SQLite and a real MongoDB, not on the npm MongoDB test server (decision 0037).
skipSuiteOnTestServer()

let booted: BootedPayload

beforeAll(async () => {
  booted = await bootPayload()
  await booted.payload.create({ collection: 'users', data: { email: 'admin@kerlann.fr', password: 'Admin-Motdepasse-2026', name: 'Admin', role: 'admin' }, overrideAccess: true })
})
afterAll(async () => booted?.shutdown())

describe('served over HTTPS', () => {
  it('the login sets a Secure, HttpOnly, SameSite=Lax session cookie', async () => {
    const rest = restClient(booted.config)
    const res = await rest.call('POST', '/users/login', { body: { email: 'admin@kerlann.fr', password: 'Admin-Motdepasse-2026' } })
    expect(res.status).toBe(200)
    const cookie = res.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/payload-token=/)
    expect(cookie).toMatch(/;\s*Secure/i)
    expect(cookie).toMatch(/;\s*HttpOnly/i)
    expect(cookie).toMatch(/SameSite=Lax/i)
  })

  it('Payload knows its public address: absolute links, and the only origin accepted with a session cookie', () => {
    expect(booted.payload.config.serverURL).toBe('https://demarches.kerlann.fr')
    expect(booted.payload.config.csrf).toContain('https://demarches.kerlann.fr')
  })
})
