/**
 * Issue 18, upgrades: an archive made by an earlier version of the portal (test/fixtures/backups,
 * the demo town at an older migration) is restored by `npm run restore` into this code, which
 * applies the migrations it lacks; the current code then reads and writes it.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'

import { knownMigrations } from '../../src/ops/backup/migrationLevel'
import { testMongoUrl } from '../helpers/testDatabase'

// The archive holds a SQLite database; MongoDB has no migrations. Reported as skipped there, never as passed.
const describeSql = testMongoUrl() ? describe.skip : describe
const FIXTURE = path.resolve('test/fixtures/backups/portail-20261130_234224.tar.gz')

describeSql('restoring an older version’s archive', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portail-upgrade-'))
  let payload: Payload | undefined
  afterAll(async () => {
    await payload?.destroy()
    fs.rmSync(dir, { recursive: true, force: true })
  })

  it('restores it, applies the migrations it lacks, and the current code reads and writes it', async () => {
    const databaseUrl = `file:${path.join(dir, 'portail.db')}`
    const uploadsDir = path.join(dir, 'uploads')
    const restore = spawnSync(process.execPath, ['src/scripts/restore.mjs', FIXTURE], {
      cwd: process.cwd(),
      env: { ...process.env, DATABASE_URL: databaseUrl, UPLOADS_DIR: uploadsDir, NODE_OPTIONS: '' },
      encoding: 'utf8',
    })
    const output = restore.stdout + restore.stderr
    expect(output).toMatch(/Sauvegarde d'une version antérieure : application de \d+ migration/)
    expect(output).toContain('✔ Restauration terminée')
    expect(restore.status).toBe(0)

    // The current code on the migrated copy, without pushing any schema: what `npm run serve` does.
    process.env.DATABASE_URL = databaseUrl
    process.env.UPLOADS_DIR = uploadsDir
    process.env.DATABASE_PUSH = 'false'
    const { default: config } = await import('../../src/payload.config')
    const { getPayload } = await import('payload')
    payload = await getPayload({ config })
    const applied = (await payload.find({ collection: 'payload-migrations', limit: 0, pagination: false })).docs.map((doc) => doc.name)
    expect(applied).toEqual(expect.arrayContaining(knownMigrations()))

    // What the migration added is there and usable (the domains' « Voir aussi » links), and every old request reads.
    const submissions = await payload.find({ collection: 'submissions', limit: 0, pagination: false, depth: 1, overrideAccess: true })
    expect(submissions.docs.length).toBe(39)
    expect(submissions.docs.every((doc) => /\S/.test(doc.reference) && doc.followUpToken)).toBe(true)
    const domain = (await payload.find({ collection: 'domains', limit: 1, depth: 0, overrideAccess: true })).docs[0]
    const updated = await payload.update({ collection: 'domains', id: domain.id, data: { seeAlso: [{ label: 'Plan local d’urbanisme', href: '/urbanisme/plu' }] }, overrideAccess: true })
    expect(updated.seeAlso?.[0]?.href).toBe('/urbanisme/plu')
    // Its uploaded files came back beside it.
    const media = await payload.find({ collection: 'media', limit: 1, depth: 0, overrideAccess: true })
    expect(fs.existsSync(path.join(uploadsDir, 'media', media.docs[0].filename as string))).toBe(true)
  })
})
