/**
 * Issue 18: backups that restore. A backup taken with `npm run backup` while 20 connections send
 * requests with files holds every request acknowledged before its snapshot, with its file byte for
 * byte; `npm run restore` puts it in an empty data folder and the restored portal serves the
 * follow-up pages. (An older version's archive: test/int/upgrade-from-backup.int.test.ts.)
 */
import { spawn } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { listFiles } from '../../src/ops/backup/uploadsTree'
import { type RunningApp, startApp } from '../helpers/app'
import { useRunningApp } from '../helpers/e2eSuite'
import { samplePdf } from '../helpers/files'

// The load comes from one address: the per-address limits would refuse most of it.
const suite = useRunningApp({ browser: false, adminToken: true, env: { FORM_RATE_LIMIT_PER_MINUTE: '1000000', FORM_UPLOAD_BUDGET_MB: '100000' } })
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'portail-backup-e2e-'))
const started: RunningApp[] = []
afterAll(async () => {
  for (const app of started) await app.stop()
  fs.rmSync(scratch, { recursive: true, force: true })
})

/** Runs one of the project's commands (src/scripts/<name>.mjs) as an operator would, on the given data. */
async function command(name: 'backup' | 'restore', args: string[], data: { databaseUrl: string; uploadsDir: string }): Promise<{ status: number | null; output: string }> {
  const child = spawn(process.execPath, [`src/scripts/${name}.mjs`, ...args], {
    cwd: process.cwd(),
    env: { ...process.env, DATABASE_URL: data.databaseUrl, UPLOADS_DIR: data.uploadsDir, PAYLOAD_SECRET: 'e2e-secret-0123456789abcdef0123456789', NODE_OPTIONS: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout.on('data', (d) => (output += d))
  child.stderr.on('data', (d) => (output += d))
  const status = await new Promise<number | null>((resolve) => child.once('close', resolve))
  return { status, output }
}

const sha256 = (bytes: Buffer) => crypto.createHash('sha256').update(bytes).digest('hex')

interface Acknowledged {
  token: string
  name: string
  fileHash: string
  at: number
}

describe('a backup taken under load', () => {
  it('holds every request acknowledged before its snapshot, files byte for byte, and the restored portal serves them', async () => {
    const base = suite.app.baseURL
    const organisation = ((await (await fetch(`${base}/api/organisations?limit=1`)).json()) as { docs: Array<{ id: number }> }).docs[0].id
    const created = await fetch(`${base}/api/forms`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${suite.adminToken}` },
      body: JSON.stringify({
        title: 'Signalement avec photo',
        slug: 'signalement-sauvegarde',
        organisation,
        _status: 'published',
        steps: [
          {
            title: 'Signalement',
            fields: [
              { blockType: 'text', label: 'Nom', name: 'nom', required: true },
              { blockType: 'email', label: 'Courriel', name: 'courriel', required: true },
              { blockType: 'file', label: 'Pièce jointe', name: 'piece', required: true },
            ],
          },
        ],
      }),
    })
    expect(created.status).toBe(201)
    const page = await (await fetch(`${base}/formulaires/signalement-sauvegarde`)).text()
    const t = /name="t" value="([^"]+)"/.exec(page)![1]
    const pdf = await samplePdf('Signalement')

    // 20 citizens sending at once, again and again, until told to stop.
    const acknowledged: Acknowledged[] = []
    let refused = 0
    let sending = true
    const citizen = async (n: number) => {
      for (let i = 0; sending; i++) {
        const name = `Citoyen-${n}-${i}`
        // One PDF of its own per request: the bytes differ by a trailing comment.
        const bytes = Buffer.concat([pdf, Buffer.from(`\n%${name}\n`)])
        const data = new FormData()
        for (const [key, value] of Object.entries({ action: 'envoyer-tout', etape: '1', t, nom: name, courriel: `${name.toLowerCase()}@example.fr` })) data.set(key, value)
        data.set('piece', new File([bytes], `${name}.pdf`, { type: 'application/pdf' }))
        const response = await fetch(`${base}/formulaires/signalement-sauvegarde/etape`, { method: 'POST', body: data, redirect: 'manual' })
        const token = /^\/suivi\/([A-Za-z0-9_-]+)/.exec(response.headers.get('location') ?? '')?.[1]
        if (response.status === 303 && token) acknowledged.push({ token, name, fileHash: sha256(bytes), at: Date.now() })
        else refused++
      }
    }
    /** Waits until `count` requests are acknowledged (however slow the machine is today). */
    const acknowledgedAtLeast = async (count: number) => {
      while (acknowledged.length < count && refused === 0) await new Promise((r) => setTimeout(r, 50))
    }
    const load = Promise.all(Array.from({ length: 20 }, (_, n) => citizen(n)))
    await acknowledgedAtLeast(20)
    const backupFolder = path.join(scratch, 'archives')
    const backup = await command('backup', [backupFolder], suite.app)
    const sentUntilBackupEnded = acknowledged.length
    await acknowledgedAtLeast(sentUntilBackupEnded + 10)
    sending = false
    await load

    expect(backup.output).toContain('✔ Sauvegarde terminée')
    expect(backup.status).toBe(0)
    expect(refused).toBe(0)
    const snapshotAt = Date.parse(/instantané du (\S+)\./.exec(backup.output)![1])
    const before = acknowledged.filter((a) => a.at < snapshotAt)
    // Requests were acknowledged before the snapshot and after it: the portal kept serving.
    expect(before.length).toBeGreaterThanOrEqual(20)
    expect(acknowledged.length - before.length).toBeGreaterThanOrEqual(10)
    const [archive] = fs.readdirSync(backupFolder).filter((name) => name.endsWith('.tar.gz'))

    // Restored into an empty folder, by the operator's command.
    const restoredDir = path.join(scratch, 'restored')
    const restoredData = { databaseUrl: `file:${path.join(restoredDir, 'portail.db')}`, uploadsDir: path.join(restoredDir, 'uploads') }
    const restore = await command('restore', [path.join(backupFolder, archive)], restoredData)
    expect(restore.output).toContain('✔ Restauration terminée')
    expect(restore.output).toMatch(/ submissions +\d+ +\d+/)
    expect(restore.output).not.toContain('✖')

    // Files byte for byte: every file complete before the snapshot is restored as it is live (a file
    // still being written then belongs to no copied request), and every acknowledged file is there.
    const restoredFiles = listFiles(restoredData.uploadsDir)
    const restoredHashes = new Set<string>()
    let compared = 0
    for (const relative of restoredFiles) {
      const bytes = fs.readFileSync(path.join(restoredData.uploadsDir, relative))
      const live = path.join(suite.app.uploadsDir, relative)
      if (fs.statSync(live).mtimeMs < snapshotAt) {
        expect({ relative, identical: bytes.equals(fs.readFileSync(live)) }).toEqual({ relative, identical: true })
        compared++
      }
      restoredHashes.add(sha256(bytes))
    }
    expect(compared).toBeGreaterThanOrEqual(before.length)
    expect(before.filter((a) => !restoredHashes.has(a.fileHash)).map((a) => a.name)).toEqual([])

    // The restored portal starts and serves every follow-up page acknowledged before the snapshot.
    // Without `npm start`'s preparation: a backup of this version needs no migration (an older
    // version's archive migrated by the CLI: upgrade-from-backup.int.test.ts), and the preparation's
    // own Payload process was the costliest part of this start (test time, decision 0037).
    const restored = await startApp({ existingData: { url: restoredData.databaseUrl, dir: restoredDir }, skipPreparation: true })
    started.push(restored)
    const missing: string[] = []
    for (const request of before) {
      const response = await fetch(`${restored.baseURL}/suivi/${request.token}`)
      const html = await response.text()
      if (response.status !== 200 || !html.includes(request.name) || !html.includes(`${request.name}.pdf`)) missing.push(request.name)
    }
    expect(missing).toEqual([])
  }, 240_000)
})
