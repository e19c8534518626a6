/* Fills the submissions table fast (raw SQL in large transactions) with realistic requests. */
import crypto from 'node:crypto'

import type { Payload } from 'payload'

import { loadPublishedForm, type PublishedForm } from '../../src/forms/loadForm'
import { legalDueDate } from '../../src/submissions/delays'
import { legalDelayOf, legalSnapshotOf } from '../../src/submissions/implicitDecision'
import { formatReference } from '../../src/submissions/reference'
import { responseTimings } from '../../src/submissions/stats'
import { forms as demoForms } from '../../src/seed/data/forms'

const DAY = 86_400_000
const SPAN_DAYS = 5 * 365 // requests spread over five years
const BATCH = 250
const TRANSACTION = 10_000

type Sql = { execute: (q: string | { sql: string; args: unknown[] }) => Promise<unknown> }

interface Target {
  form: PublishedForm
  organisation: number
  domain: number | null
  versionJson: string
}

/** A deterministic pseudo-random sequence, so runs are comparable. */
function sequence(seed: number) {
  let x = seed
  return () => {
    x = (x * 1103515245 + 12345) % 2147483648
    return x / 2147483648
  }
}

async function targets(payload: Payload): Promise<Target[]> {
  const out: Target[] = []
  for (const { slug } of demoForms) {
    const form = await loadPublishedForm(payload, slug)
    if (!form) continue
    out.push({
      form,
      organisation: Number(typeof form.organisation === 'object' ? form.organisation.id : form.organisation),
      domain: form.domain ? Number(form.domain) : null,
      versionJson: JSON.stringify({ id: form.id, title: form.title, updatedAt: form.updatedAt, steps: form.definition.steps }),
    })
  }
  return out
}

/** Older requests are mostly closed; recent ones mostly open. */
function pathFor(ageDays: number, roll: number): string[] {
  if (ageDays > 120) return roll < 0.75 ? ['recue', 'en_cours', 'terminee'] : roll < 0.9 ? ['recue', 'en_cours', 'refusee'] : roll < 0.98 ? ['recue', 'classee'] : ['recue', 'en_cours']
  if (roll < 0.3) return ['recue']
  if (roll < 0.6) return ['recue', 'en_cours']
  if (roll < 0.7) return ['recue', 'en_cours', 'attente_usager']
  return ['recue', 'en_cours', 'terminee']
}

const SUBMISSION_COLUMNS = [
  'reference', 'follow_up_token', 'form_id', 'organisation_id', 'domain_id', 'status', 'requester_name', 'requester_email',
  'form_version', 'answers', 'response_delay_days', 'complete_at', 'due_date', 'open_due_date', 'first_response_at', 'first_response_days',
  'closed_at', 'closure_days', 'updated_at', 'created_at',
]
const HISTORY_COLUMNS = ['_order', '_parent_id', 'id', 'at', 'by_name', 'from', 'to']

const insert = (table: string, columns: string[], rows: unknown[][]) => ({
  sql: `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(',')}) VALUES ${rows.map(() => `(${columns.map(() => '?').join(',')})`).join(',')}`,
  args: rows.flat(),
})

/**
 * Adds requests until the table holds `total`; `onProgress(done, wanted)` after each transaction.
 * Uses the SQLite client under Payload directly: the operation layer would take hours for 1 M.
 */
export async function growRequests(payload: Payload, total: number, onProgress: (done: number, wanted: number) => void, now = new Date()) {
  const client = (payload.db as unknown as { client: Sql }).client
  const all = await targets(payload)
  const start = Number(((await client.execute('SELECT COUNT(*) AS n, MAX(id) AS m FROM submissions')) as { rows: Array<{ n: number; m: number | null }> }).rows[0].n)
  let nextId = Number(((await client.execute('SELECT COALESCE(MAX(id), 0) AS m FROM submissions')) as { rows: Array<{ m: number }> }).rows[0].m) + 1
  const random = sequence(start + 7)
  const wanted = total - start
  let done = 0
  while (done < wanted) {
    await client.execute('BEGIN')
    const inTransaction = Math.min(TRANSACTION, wanted - done)
    for (let b = 0; b < inTransaction; b += BATCH) {
      const rows: unknown[][] = []
      const history: unknown[][] = []
      for (let i = 0; i < Math.min(BATCH, inTransaction - b); i += 1) {
        const id = nextId++
        const t = all[id % all.length]
        const ageDays = random() * SPAN_DAYS
        const createdAt = new Date(now.getTime() - ageDays * DAY)
        const path = pathFor(ageDays, random())
        const steps = path.slice(1).map((to, s) => ({
          at: new Date(Math.min(now.getTime(), createdAt.getTime() + (s + 1) * (0.5 + random() * 8) * DAY)).toISOString(),
          from: path[s],
          to,
        }))
        const completeAt = steps[0]?.at ?? null
        const due = completeAt ? legalDueDate(new Date(completeAt), legalDelayOf(t.form)).toISOString() : null
        const timings = responseTimings({ createdAt: createdAt.toISOString(), status: path.at(-1)!, history: steps, dueDate: due })
        const name = `Usager ${id}`
        rows.push([
          formatReference(createdAt.getFullYear(), id), crypto.randomBytes(24).toString('base64url'), t.form.id, t.organisation, t.domain,
          path.at(-1), name, `usager${id}@example.fr`, t.versionJson, JSON.stringify({ nom: name, message: 'Bonjour, merci de traiter ma demande.' }),
          legalSnapshotOf(t.form).responseDelayDays, completeAt, due, timings.openDueDate,
          timings.firstResponseAt, timings.firstResponseDays, timings.closedAt, timings.closureDays,
          steps.at(-1)?.at ?? createdAt.toISOString(), createdAt.toISOString(),
        ])
        steps.forEach((h, order) => history.push([order + 1, id, crypto.randomUUID().replace(/-/g, '').slice(0, 24), h.at, 'Agent', h.from, h.to]))
      }
      // ids are given explicitly so history rows can point at them without reading back.
      await client.execute(insert('submissions', ['id', ...SUBMISSION_COLUMNS], rows.map((r, i) => [nextId - rows.length + i, ...r])))
      if (history.length) await client.execute(insert('submissions_history', HISTORY_COLUMNS, history))
    }
    await client.execute('COMMIT')
    done += inTransaction
    onProgress(start + done, total)
  }
}
