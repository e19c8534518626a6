/**
 * Issue 11 item 12: production defaults. `npm run serve` (PORTAIL_MODE=production) seeds nothing
 * and creates no demo agent unless asked, never prints a password (the first admin chooses it
 * through a one-time link), and .env, which holds the secrets, is readable by its owner only.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { ensureEnvFile } from '../../src/scripts/env.mjs'
import { firstRun } from '../../src/seed/firstRun'
import { bootPayload, type BootedPayload } from '../helpers/bootPayload'
import { restClient } from '../helpers/rest'
import { itBesidesTestServer } from '../helpers/testServerGaps'

let booted: BootedPayload

beforeAll(async () => {
  booted = await bootPayload()
})
afterAll(async () => booted?.shutdown())

const count = (collection: 'domains' | 'users' | 'submissions') => booted.payload.count({ collection, overrideAccess: true }).then((r) => r.totalDocs)

describe('production first start', () => {
  it('creates the admin without printing any password, prints a one-time link that sets it, and seeds no demo town', async () => {
    const printed: string[] = []
    await firstRun(booted.payload, { PORTAIL_MODE: 'production', ADMIN_EMAIL: 'dsi@ville.fr', PUBLIC_URL: 'https://portail.ville.fr/' }, (l) => printed.push(l))
    const log = printed.join('\n')
    expect(log).not.toMatch(/Mot de passe :/)
    expect(log).not.toMatch(/Mot de passe commun/)
    const link = /(https:\/\/portail\.ville\.fr\/admin\/reset\/([A-Za-z0-9]+))/.exec(log)
    expect(link).not.toBeNull()
    expect(await count('domains')).toBe(0) // no demo town
    expect(await count('users')).toBe(1) // the admin only, no demo agent

    const rest = restClient(booted.config)
    const reset = await rest.call('POST', '/users/reset-password', { body: { token: link![2], password: 'Un-mot-de-passe-choisi-2026' } })
    expect(reset.status).toBe(200)
    expect(await rest.login('dsi@ville.fr', 'Un-mot-de-passe-choisi-2026')).toBeTruthy()
    // One time only.
    const again = await rest.call('POST', '/users/reset-password', { body: { token: link![2], password: 'Un-autre-mot-de-passe-2026' } })
    expect(again.status).toBeGreaterThanOrEqual(400)
  })

  it('with ADMIN_PASSWORD nothing secret is printed either', async () => {
    await booted.payload.delete({ collection: 'users', where: {}, overrideAccess: true })
    const printed: string[] = []
    await firstRun(booted.payload, { PORTAIL_MODE: 'production', ADMIN_EMAIL: 'dsi@ville.fr', ADMIN_PASSWORD: 'Secret-de-la-DSI-2026' }, (l) => printed.push(l))
    expect(printed.join('\n')).not.toContain('Secret-de-la-DSI-2026')
    expect(printed.join('\n')).not.toMatch(/\/admin\/reset\//)
  })

  // Seeding itself runs on MongoDB in seed.int.test.ts; here only the production switches are at stake.
  itBesidesTestServer('the whole demo seeded again, adapter-neutral')('the demo town only when asked (SEED_DEMO=true), and demo agents only with a chosen password', async () => {
    await booted.payload.delete({ collection: 'users', where: {}, overrideAccess: true })
    const printed: string[] = []
    await firstRun(booted.payload, { PORTAIL_MODE: 'production', SEED_DEMO: 'true', SEED_DEMO_REQUESTS: '0', ADMIN_PASSWORD: 'Secret-de-la-DSI-2026' }, (l) =>
      printed.push(l),
    )
    expect(await count('domains')).toBeGreaterThan(0)
    expect(await count('users')).toBe(1) // no agent: DEMO_AGENT_PASSWORD unset
    expect(printed.join('\n')).toMatch(/DEMO_AGENT_PASSWORD/)
    expect(printed.join('\n')).not.toMatch(/Mot de passe commun :\s+\S{12,}/)
  }, 180_000)
})

describe('.env holds secrets: owner only', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'portail-env-'))
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }))
  const saved = process.env.PAYLOAD_SECRET

  it('is created 0600, and put back to 0600 when an operator loosened it', () => {
    fs.copyFileSync(path.join(process.cwd(), '.env.example'), path.join(root, '.env.example'))
    delete process.env.PAYLOAD_SECRET
    try {
      ensureEnvFile(root)
    } finally {
      process.env.PAYLOAD_SECRET = saved
    }
    const envFile = path.join(root, '.env')
    expect(fs.statSync(envFile).mode & 0o777).toBe(0o600)
    expect(fs.readFileSync(envFile, 'utf8')).toMatch(/^PAYLOAD_SECRET=[0-9a-f]{64}$/m)
    fs.chmodSync(envFile, 0o644)
    ensureEnvFile(root)
    expect(fs.statSync(envFile).mode & 0o777).toBe(0o600)
  })
})
