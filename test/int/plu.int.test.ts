/**
 * The PLU of issue #16 end to end through Payload: archive import (real 30014 and 41175, broken
 * archives), revisions and their access, cadastre and BAN imports, the lookups over HTTP, the
 * no-JS page and a form with a parcel field. Adapter-neutral (Local API only).
 */
import fs from 'node:fs'

import { bootPayload, type BootedPayload } from '../helpers/bootPayload'
import { createOrganisations } from '../helpers/organisations'
import { smallArchiveFiles, zipArchive } from '../helpers/pluArchive'
import { realdataPath } from '../helpers/realdata'
import { restClient } from '../helpers/rest'
import { createRoleUsers, PASSWORD } from '../helpers/users'
import { importPluArchive } from '../../src/urbanism/importPlu'
import { importAddresses, importCadastre } from '../../src/urbanism/importCadastre'

let booted: BootedPayload
let rest: ReturnType<typeof restClient>
let agentToken: string
let adminToken: string

beforeAll(async () => {
  booted = await bootPayload()
  const { commune } = await createOrganisations(booted.payload, 'commune')
  const users = await createRoleUsers(booted.payload, commune)
  rest = restClient(booted.config)
  agentToken = await rest.login(users.agent.email, PASSWORD)
  adminToken = await rest.login(users.admin.email, PASSWORD)
}, 60_000)

afterAll(async () => booted?.shutdown())

const count = async (collection: 'plu-revisions' | 'plu-zones' | 'plu-overlays' | 'documents' | 'parcels' | 'addresses') => (await booted.payload.count({ collection, overrideAccess: true })).totalDocs

describe('PLU import', () => {
  it('refuses the real 30014 archive without --accepter-avertissements, writing nothing', async () => {
    const result = await importPluArchive(booted.payload, realdataPath('plu/30014_PLU_20171013'))
    expect(result.imported).toBe(false)
    expect(result.problems.filter((p) => p.severity === 'erreur')).toEqual([])
    expect(result.problems.some((p) => p.layer === 'INFO_SURF' && p.field === 'IDURBA' && /IDURBA/.test(p.message))).toBe(true)
    expect(await count('plu-revisions')).toBe(0)
    expect(await count('plu-zones')).toBe(0)
  })

  it('imports the real 30014 archive with the flag: 90 zones, overlays, warnings kept in the report', async () => {
    const started = Date.now()
    const result = await importPluArchive(booted.payload, realdataPath('plu/30014_PLU_20171013'), { acceptWarnings: true })
    console.log('30014 import ms', Date.now() - started)
    expect(result.imported).toBe(true)
    expect(result.zones).toBe(90)
    expect(result.overlays).toBe(77 + 15 + 93 + 18 + 6)
    const revision = await booted.payload.findByID({ collection: 'plu-revisions', id: result.revisionId!, overrideAccess: true })
    expect(revision.state).toBe('current')
    expect(revision.idurba).toBe('30014_PLU_20171013')
    expect(revision.report?.length).toBe(result.problems.length)
    const ucp = await booted.payload.find({ collection: 'plu-zones', where: { label: { equals: 'Ucp' } }, overrideAccess: true, limit: 1 })
    expect(ucp.docs[0]).toMatchObject({ type: 'U', regulationFile: '30014_reglement_20171013.pdf', regulationPage: 24 })
  }, 120_000)
})
