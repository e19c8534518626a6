/**
 * Production builds its SQL schema from the committed migrations only (no push). Applying them to
 * an empty file must give a schema on which the whole demo town can be stored and read.
 */
import { seedDemo } from '../../src/seed/index'

const onMongo = (process.env.TEST_DATABASE_URL ?? '').startsWith('mongodb')
// Migrations are SQL-only; on MongoDB the suite reports this file as skipped, never as passed.
const describeSql = onMongo ? describe.skip : describe

describeSql('committed SQLite migrations', () => {
  let shutdown: () => Promise<void> = async () => {}

  afterAll(async () => shutdown())

  it('create a schema that holds the full demo content', async () => {
    process.env.DATABASE_PUSH = 'false'
    const { bootPayload } = await import('../helpers/bootPayload')
    const booted = await bootPayload()
    shutdown = booted.shutdown
    await booted.payload.db.migrate()
    const report = await seedDemo(booted.payload)
    expect(report.procedures).toBeGreaterThanOrEqual(21)
    const { totalDocs } = await booted.payload.count({ collection: 'procedures' })
    expect(totalDocs).toBe(report.procedures)
    const status = await booted.payload.find({ collection: 'payload-migrations', limit: 10 })
    expect(status.docs.length).toBeGreaterThanOrEqual(1)
  })
})
