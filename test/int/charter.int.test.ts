/** The charter refuses colours that would put text under 4.5:1, through the real REST handler. */
import { bootPayload, type BootedPayload } from '../helpers/bootPayload'
import { createOrganisations } from '../helpers/organisations'
import { restClient } from '../helpers/rest'
import { createRoleUsers, PASSWORD } from '../helpers/users'
import { skipSuiteOnTestServer } from '../helpers/testServerGaps'

// Adapter-neutral: run on SQLite and a real MongoDB, not on the npm MongoDB test server (decision 0037).
skipSuiteOnTestServer()

let booted: BootedPayload
let rest: ReturnType<typeof restClient>
let token: string

beforeAll(async () => {
  booted = await bootPayload()
  const { commune: orgId } = await createOrganisations(booted.payload, 'commune')
  const users = await createRoleUsers(booted.payload, orgId)
  rest = restClient(booted.config)
  token = await rest.login(users.communication.email, PASSWORD)
})

afterAll(async () => booted?.shutdown())

describe('charter colours', () => {
  it('accepts a dark enough colour', async () => {
    const res = await rest.call('POST', '/globals/charter', { token, body: { primaryColor: '#0b3d2e' } })
    expect(res.status).toBe(200)
    const charter = await booted.payload.findGlobal({ slug: 'charter' })
    expect(charter.primaryColor).toBe('#0b3d2e')
  })

  it('refuses a colour under 4.5:1 with a 400 and a French message on the field, storing nothing', async () => {
    const res = await rest.call('POST', '/globals/charter', { token, body: { primaryColor: '#ffd400', footerText: 'ne doit pas être enregistré' } })
    expect(res.status).toBe(400)
    const fieldErrors = res.json.errors?.[0]?.data?.errors ?? []
    expect(fieldErrors).toEqual([
      expect.objectContaining({ path: 'primaryColor', message: expect.stringMatching(/^Contraste insuffisant : le texte blanc sur #ffd400 atteint 1,\d\d:1/) }),
    ])
    const charter = await booted.payload.findGlobal({ slug: 'charter' })
    expect(charter.primaryColor).toBe('#0b3d2e')
    expect(charter.footerText).not.toBe('ne doit pas être enregistré')
  })

  it('refuses each of the three colours and malformed values', async () => {
    for (const field of ['primaryColor', 'secondaryColor', 'accentColor']) {
      const res = await rest.call('POST', '/globals/charter', { token, body: { [field]: '#eeeeee' } })
      expect(res.status).toBe(400)
    }
    const res = await rest.call('POST', '/globals/charter', { token, body: { accentColor: 'rouge' } })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.json)).toContain('format hexadécimal')
  })

  it('refuses anonymous updates', async () => {
    const res = await rest.call('POST', '/globals/charter', { body: { primaryColor: '#000000' } })
    expect(res.status).toBe(403)
  })
})
