/**
 * Production builds its SQL schema from the committed migrations only (no push). Applying them to
 * an empty file must give a schema on which the whole demo town can be stored and read.
 */
import { createLocalReq, type Payload } from 'payload'

import type { Procedure } from '../../src/payload-types'
import { seedDemo } from '../../src/seed/index'
import { testMongoUrl } from '../helpers/testDatabase'

const onMongo = Boolean(testMongoUrl())
// Migrations are SQL-only; on MongoDB the suite reports this file as skipped, never as passed.
const describeSql = onMongo ? describe.skip : describe

describeSql('committed SQLite migrations', () => {
  let payload: Payload
  let shutdown: () => Promise<void> = async () => {}

  afterAll(async () => shutdown())

  it('create a schema that holds the full demo content', async () => {
    const { bootPayload } = await import('../helpers/bootPayload')
    const booted = await bootPayload({ unmigrated: true })
    payload = booted.payload
    shutdown = booted.shutdown
    await payload.db.migrate()
    const report = await seedDemo(payload)
    expect(report.procedures).toBeGreaterThanOrEqual(21)
    const { totalDocs } = await payload.count({ collection: 'procedures' })
    expect(totalDocs).toBe(report.procedures)
    const status = await payload.find({ collection: 'payload-migrations', limit: 10 })
    expect(status.docs.length).toBeGreaterThanOrEqual(1)
  })

  it("service_public_fiche_code: gives each imported fiche its procedure's code (procedures and versions), and no other fiche", async () => {
    // A procedure whose code staff changed holds no fiche: its fiche code must stay empty.
    const { docs } = await payload.find({ collection: 'procedures', where: { servicePublicCode: { exists: true } }, limit: 1, depth: 0, overrideAccess: true })
    await payload.update({ collection: 'procedures', id: docs[0]!.id, data: { servicePublicCode: 'F9999' }, overrideAccess: true })
    const codes = (p: Pick<Procedure, 'servicePublicCode' | 'servicePublic'>) => [p.servicePublicCode ?? null, p.servicePublic?.ficheCode ?? null, Boolean(p.servicePublic?.importedAt)]
    const state = async () => ({
      procedures: (await payload.find({ collection: 'procedures', pagination: false, sort: 'id', depth: 0, overrideAccess: true })).docs.map(codes),
      versions: (await payload.findVersions({ collection: 'procedures', pagination: false, sort: 'id', depth: 0, overrideAccess: true })).docs.map((v) => codes(v.version)),
    })
    const before = await state()
    expect(before.procedures.filter(([, fiche, imported]) => imported && fiche).length).toBeGreaterThanOrEqual(5)
    expect(before.procedures).toContainEqual(['F9999', null, false])

    const { migrations } = await import('../../src/migrations/sqlite')
    const migration = migrations.find((m) => m.name.endsWith('_service_public_fiche_code'))!
    const args = { db: payload.db.drizzle, payload, req: await createLocalReq({}, payload) } as never
    await migration.down(args)
    await migration.up(args)
    expect(await state()).toEqual(before)
  })
})
