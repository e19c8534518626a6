/**
 * RGPD retention: closed requests past their form's period are deleted, files too; anonymous counts
 * stay. The purge as a queued job writes its log line (decision 0071).
 */
import { Writable } from 'node:stream'

import { loadPublishedForm } from '../../src/forms/loadForm'
import { purgeAbandonedUploads, purgeExpiredRequests } from '../../src/submissions/retention'
import { createPortalLogger, portalLogger } from '../../src/ops/logging/logger'
import { submitForm } from '../../src/submissions/submit'
import { bootPayload, type BootedPayload } from '../helpers/bootPayload'
import { samplePdf } from '../helpers/files'

let booted: BootedPayload
const MONTH = 30.44 * 86_400_000

beforeAll(async () => {
  booted = await bootPayload({ demo: true })
  process.env.OUTBOX_DIR = `${booted.uploadsDir}/../outbox`
}, 120_000)
afterAll(async () => booted?.shutdown())

async function request(status: 'terminee' | 'classee' | 'en_cours', email: string) {
  const payload = booted.payload
  const form = (await loadPublishedForm(payload, 'signalement-voirie'))!
  const org = typeof form.organisation === 'object' ? form.organisation.id : form.organisation
  const pdf = await samplePdf()
  const receipt = await submitForm(payload, form, {
    type_probleme: 'eclairage_public',
    lieu: { rue: '1 rue de la Gare', codePostal: '56890', commune: 'Kerlann' },
    description: 'Lampadaire éteint',
    courriel: email,
  })
  const file = await payload.create({ collection: 'submission-files', data: { organisation: org, fieldName: 'photo', originalName: 'p.pdf' }, file: { data: pdf, mimetype: 'application/pdf', name: 'p.pdf', size: pdf.length }, overrideAccess: true })
  // The citizen's message goes through its workflow operation (decision 0019), like the follow-up page.
  await payload.update({ collection: 'submissions', id: receipt.id, data: { status: 'en_cours' }, overrideAccess: true, context: { citizenMessage: { text: 'photo', files: [file.id] } } })
  if (status !== 'en_cours') await payload.update({ collection: 'submissions', id: receipt.id, data: { status }, overrideAccess: true })
  return receipt.id
}

describe('retention purge', () => {
  it('keeps everything before the retention period ends', async () => {
    await request('terminee', 'a@example.fr')
    const report = await purgeExpiredRequests(booted.payload, new Date(Date.now() + 12 * MONTH))
    expect(report.deleted).toBe(0)
  })

  it('deletes closed requests and their files after it, keeps open ones, leaves anonymous counts and a log', async () => {
    const closed = await request('classee', 'b@example.fr')
    const open = await request('en_cours', 'c@example.fr')
    const filesBefore = (await booted.payload.count({ collection: 'submission-files', overrideAccess: true })).totalDocs
    const report = await purgeExpiredRequests(booted.payload, new Date(Date.now() + 25 * MONTH))
    expect(report.deleted).toBe(2)
    expect(report.files).toBe(2)
    expect((await booted.payload.count({ collection: 'submission-files', overrideAccess: true })).totalDocs).toBe(filesBefore - 2)
    await expect(booted.payload.findByID({ collection: 'submissions', id: closed, overrideAccess: true })).rejects.toThrow()
    expect((await booted.payload.findByID({ collection: 'submissions', id: open, overrideAccess: true })).status).toBe('en_cours')
    const stats = await booted.payload.find({ collection: 'request-stats', overrideAccess: true })
    expect(stats.docs.map((s) => [s.status, s.count]).sort()).toEqual([['classee', 1], ['terminee', 1]])
    expect(JSON.stringify(stats.docs)).not.toMatch(/@example\.fr|Lampadaire/)
    const log = await booted.payload.find({ collection: 'audit-log', overrideAccess: true })
    expect(log.docs[0].summary).toMatch(/2 demande\(s\) et 2 fichier\(s\) supprimés/)
  })

  it('exports everything held about one e-mail address for an admin only, and logs it', async () => {
    await request('en_cours', 'droit.acces@example.fr')
    const { restClient } = await import('../helpers/rest')
    const { createRoleUsers, PASSWORD } = await import('../helpers/users')
    const org = (await booted.payload.find({ collection: 'organisations', limit: 1, overrideAccess: true })).docs[0]
    const users = await createRoleUsers(booted.payload, org.id)
    const rest = restClient(booted.config)
    const admin = await rest.login(users.admin.email, PASSWORD)
    const res = await rest.call('GET', '/submissions/personal-data?email=Droit.Acces@example.fr', { token: admin })
    expect(res.status).toBe(200)
    const body = res.json as unknown as { requests: Array<{ reference: string; messages: unknown[]; answers: Record<string, unknown> }> }
    expect(body.requests).toHaveLength(1)
    expect(body.requests[0].answers.description).toBe('Lampadaire éteint')
    expect(body.requests[0].messages).toHaveLength(1)
    const agent = await rest.call('GET', '/submissions/personal-data?email=droit.acces@example.fr', { token: await rest.login(users.agent.email, PASSWORD) })
    expect(agent.status).toBe(403)
    const bad = await rest.call('GET', '/submissions/personal-data?email=nope', { token: admin })
    expect(bad.status).toBe(400)
    const log = await booted.payload.find({ collection: 'audit-log', where: { action: { equals: 'export' } }, overrideAccess: true })
    expect(log.docs).toHaveLength(1)
  })

  it('deletes expired form sessions and the files only they referred to, never a request’s files', async () => {
    const payload = booted.payload
    const kept = await request('en_cours', 'garde@example.fr')
    const org = (await payload.find({ collection: 'organisations', limit: 1, overrideAccess: true })).docs[0]
    const pdf = await samplePdf()
    const orphan = await payload.create({ collection: 'submission-files', data: { organisation: org.id, fieldName: 'x', originalName: 'o.pdf' }, file: { data: pdf, mimetype: 'application/pdf', name: 'o.pdf', size: pdf.length }, overrideAccess: true })
    await payload.db.create({ collection: 'form-sessions', data: { token: 'abandon'.padEnd(32, 'x'), form: (await payload.find({ collection: 'forms', limit: 1, overrideAccess: true })).docs[0].id, answers: {}, startedAt: new Date().toISOString(), expiresAt: new Date(Date.now() + 3600_000).toISOString() } })
    const result = await purgeAbandonedUploads(payload, new Date(Date.now() + 3 * 86_400_000))
    expect(result.sessions).toBeGreaterThanOrEqual(1)
    expect(result.files).toBeGreaterThanOrEqual(1)
    await expect(payload.findByID({ collection: 'submission-files', id: orphan.id, overrideAccess: true })).rejects.toThrow()
    const keptDoc = await payload.findByID({ collection: 'submissions', id: kept, depth: 0, overrideAccess: true })
    const keptFile = keptDoc.messages![0].files![0]
    await expect(payload.findByID({ collection: 'submission-files', id: typeof keptFile === 'object' ? keptFile.id : keptFile, overrideAccess: true })).resolves.toBeTruthy()
  })
})

describe('the job line (decision 0071)', () => {
  it('a queued run writes one line through Payload’s logger: task, queue, outcome, duration, counts', async () => {
    const payload = booted.payload
    expect(payload.logger).toBe(portalLogger()) // Payload writes through the portal's logger, with its redaction
    const lines: Array<Record<string, unknown>> = []
    const destination = new Writable({
      write(chunk, _encoding, done) {
        for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line))
        done()
      },
    })
    // The same logger, writing where the test reads.
    payload.logger = createPortalLogger({ json: true, destination })
    try {
      const job = await payload.jobs.queue({ task: 'purgeAbandonedUploads', input: {}, queue: 'nightly' })
      await payload.jobs.run({ queue: 'nightly' })
      const jobLines = lines.filter((line) => line.msg === 'tâche')
      expect(jobLines).toEqual([
        {
          level: 'info',
          time: expect.any(String),
          msg: 'tâche',
          job: 'purgeAbandonedUploads',
          queue: 'nightly',
          jobId: job.id,
          outcome: 'succeeded',
          ms: expect.any(Number),
          output: { sessions: expect.any(Number), files: expect.any(Number) },
        },
      ])
    } finally {
      payload.logger = portalLogger()
    }
  })
})
