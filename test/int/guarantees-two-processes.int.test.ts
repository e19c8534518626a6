/**
 * The guarantees live in the database, so they hold with two app processes on one database: every
 * request gets its own reference, a form never takes more requests than its maximum, a room or a
 * stock is never booked beyond what it has (#13), and one send
 * (its key) stores one request. The
 * second process is a real one (`payload run test/helpers/sendRequests.ts`). Runs on SQLite and,
 * in the int-mongodb project, on MongoDB.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'
import readline from 'node:readline'

import { isoDateOf } from '../../src/lib/calendarDate'
import { purgeExpired } from '../../src/places/claims'
import { bootPayload, type BootedPayload } from '../helpers/bootPayload'
import { createOrganisations } from '../helpers/organisations'
import { bookAtOnce, type BookOutcome } from '../helpers/bookAtOnce'
import { sendAtOnce, type SendOutcome } from '../helpers/sendAtOnce'
import { itNeeds } from '../helpers/testServerGaps'
import { formClient } from '../helpers/formClient'
import { startPaymentServer, type PaymentServer } from '../helpers/paymentServer'

let booted: BootedPayload
let room: { id: number | string }
let chairs: { id: number | string }
let marquees: { id: number | string }
let payments: PaymentServer
let show: { id: number | string; tariffs: Array<{ id: string }>; sessions: Array<{ id: string }> }

beforeAll(async () => {
  booted = await bootPayload()
  const { mairie: orgId } = await createOrganisations(booted.payload, 'mairie')
  const form = (slug: string, maxSubmissions?: number) =>
    booted.payload.create({
      collection: 'forms',
      overrideAccess: true,
      data: {
        title: slug,
        slug,
        organisation: orgId,
        availability: maxSubmissions ? { maxSubmissions } : {},
        steps: [{ title: 'Vous', fields: [{ blockType: 'email', label: 'Courriel', name: 'courriel', required: true }] }],
        _status: 'published',
      } as never,
    })
  await form('deux-serveurs')
  await form('deux-serveurs-limite', 6)
  await form('deux-serveurs-envoi')
  const resource = (name: string, stock: number) =>
    booted.payload.create({
      collection: 'resources',
      overrideAccess: true,
      data: { name, organisation: orgId, unit: 'jour', stock, minDelayDays: 1, maxDelayDays: 60, closedOnPublicHolidays: false } as never,
    })
  const bookingForm = async (slug: string, resourceId: number | string) =>
    booted.payload.create({
      collection: 'forms',
      overrideAccess: true,
      data: {
        title: slug,
        slug,
        organisation: orgId,
        steps: [
          {
            title: 'Réservation',
            fields: [
              { blockType: 'creneau', label: 'Date', name: 'reservation', required: true, resource: resourceId },
              { blockType: 'email', label: 'Courriel', name: 'courriel', required: true },
            ],
          },
        ],
        _status: 'published',
      } as never,
    })
  room = await resource('Salle des deux serveurs', 1)
  chairs = await resource('Chaises des deux serveurs', 10)
  await bookingForm('deux-serveurs-salle', room.id)
  await bookingForm('deux-serveurs-chaises', chairs.id)
  marquees = await resource('Tables des deux serveurs', 100)
  await bookingForm('deux-serveurs-tables', marquees.id)
  // A paid ticket order's payment, settled by the two processes at once (#14). The simulator and the
  // notification answer over HTTP from this process; the second reaches it through PUBLIC_URL.
  payments = await startPaymentServer(booted.payload)
  process.env.PUBLIC_URL = payments.baseURL
  process.env.PAYMENT_PROVIDER = 'simulateur'
  await booted.payload.create({
    collection: 'forms',
    overrideAccess: true,
    data: {
      title: 'Billets payés',
      slug: 'deux-serveurs-billets',
      organisation: orgId,
      payment: { enabled: true },
      steps: [{ title: 'Billets', fields: [{ blockType: 'billets', label: 'Billets', name: 'billets', required: true }, { blockType: 'email', label: 'Courriel', name: 'courriel', required: true }] }],
      _status: 'published',
    } as never,
  })
  show = (await booted.payload.create({
    collection: 'events',
    overrideAccess: true,
    data: { title: 'Deux serveurs', slug: 'deux-serveurs', organisation: orgId, summary: 'Banc.', tariffs: [{ name: 'Plein', price: 10 }], sessions: [{ startsAt: new Date(Date.now() + 20 * 86_400_000).toISOString(), capacity: 10 }] } as never,
  })) as never
  other = startSecondProcess()
  await other.ready
}, 120_000)

afterAll(async () => {
  await other?.stop()
  await payments?.close()
  await booted?.shutdown()
}, 30_000)

/**
 * The second process, started once on this suite's database (a Payload start costs seconds):
 * `send()` makes it send its share at the same moment as this process sends its own.
 */
function startSecondProcess() {
  const child = spawn(path.resolve('node_modules/.bin/payload'), ['run', 'test/helpers/sendRequests.ts'], {
    env: { ...process.env, NODE_OPTIONS: '--no-deprecation --conditions=production' },
    stdio: ['pipe', 'pipe', 'pipe'],
    // Its own process group: `payload run` starts the real server process as a child of its own,
    // and a kill must reach both.
    detached: true,
  })
  const killAll = () => {
    try {
      process.kill(-child.pid!, 'SIGKILL')
    } catch {
      // already gone
    }
  }
  let errors = ''
  child.stderr.on('data', (d) => (errors += d))
  const lines = readline.createInterface({ input: child.stdout })
  const waiting: Array<{ resolve: (o: SendOutcome) => void; reject: (e: Error) => void }> = []
  let exited: Error | null = null
  const ready = new Promise<void>((resolve, reject) => {
    lines.on('line', (line) => line === 'READY' && resolve())
    child.once('exit', (code) => reject(new Error(`second process exited (${code}) before READY:\n${errors}`)))
  })
  lines.on('line', (line) => {
    if (line.startsWith('RESULT ')) waiting.shift()?.resolve(JSON.parse(line.slice('RESULT '.length)) as SendOutcome)
    else if (line.startsWith('ERROR ')) waiting.shift()?.reject(new Error(`second process: ${JSON.parse(line.slice('ERROR '.length))}`))
  })
  child.once('exit', (code) => {
    exited = new Error(`second process exited (${code}):\n${errors}`)
    for (const w of waiting.splice(0)) w.reject(exited)
  })
  return {
    ready,
    /** Its share, started now: `count` citizens booking through `slug` at once. */
    book(slug: string, count: number, tag: string, ipPrefix: string, values: Record<string, string>): Promise<BookOutcome> {
      if (exited) return Promise.reject(exited)
      return new Promise((resolve, reject) => {
        waiting.push({ resolve: resolve as never, reject })
        child.stdin.write(`book ${slug} ${count} ${tag} ${ipPrefix} ${JSON.stringify(values)}\n`)
      })
    },
    /**
     * A burst of `count` citizens booking through `slug`; the process is killed (SIGKILL) once
     * `killAfter` bookings are acknowledged. Resolves to the follow-up tokens it had printed.
     */
    burstThenKill(slug: string, count: number, tag: string, ipPrefix: string, values: Record<string, string>, killAfter: number): Promise<string[]> {
      const acknowledged: string[] = []
      return new Promise((resolve) => {
        lines.on('line', (line) => {
          if (!line.startsWith('BOOKED ')) return
          acknowledged.push(line.slice('BOOKED '.length))
          if (acknowledged.length === killAfter) killAll()
        })
        child.once('exit', () => resolve([...acknowledged]))
        child.stdin.write(`burst ${slug} ${count} ${tag} ${ipPrefix} ${JSON.stringify(values)}\n`)
      })
    },
    /** Its share, started now: `count` PayFiP notifications of `idOp` at once. */
    notify(idOp: string, count: number): Promise<{ statuses: number[] }> {
      if (exited) return Promise.reject(exited)
      return new Promise((resolve, reject) => {
        waiting.push({ resolve: resolve as never, reject })
        child.stdin.write(`notify ${idOp} ${count}\n`)
      })
    },
    /** Its share, started now: `count` requests to `slug` at once. */
    send(slug: string, count: number, tag: string, sendKey?: string): Promise<SendOutcome> {
      if (exited) return Promise.reject(exited)
      return new Promise((resolve, reject) => {
        waiting.push({ resolve, reject })
        child.stdin.write(`${[slug, count, tag, sendKey].filter((v) => v !== undefined).join(' ')}\n`)
      })
    },
    /** Ends its input and waits for it to exit (killed after 10 s): no process outlives the suite. */
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve()
        const kill = setTimeout(killAll, 10_000)
        child.once('exit', () => {
          clearTimeout(kill)
          resolve()
        })
        child.stdin.end()
      }),
  }
}

let other: ReturnType<typeof startSecondProcess>

/** This process's share: `count` requests at once. */
const sendHere = (slug: string, count: number, tag: string, sendKey?: string) => sendAtOnce(booted.payload, slug, count, tag, sendKey)

const stored = async (slug: string) => {
  const form = (await booted.payload.find({ collection: 'forms', where: { slug: { equals: slug } }, overrideAccess: true })).docs[0]
  return (await booted.payload.find({ collection: 'submissions', where: { form: { equals: form.id } }, limit: 0, pagination: false, depth: 0, overrideAccess: true })).docs
}

describe('two processes on one database', () => {
  it('a payment notified 10 + 10 times at once by the two processes: credited once', async () => {
    const client = formClient(booted.payload, '198.51.100.77')
    const step = await client.post('deux-serveurs-billets', { action: 'suivant', etape: '1', 'billets.spectacle': String(show.id), billets: show.sessions[0].id, [`billets.tarif.${show.tariffs[0].id}`]: '2', courriel: 'deux.serveurs@example.fr' })
    const sent = await client.post('deux-serveurs-billets', { action: 'envoyer', session: step.session! })
    const pay = await fetch(`${payments.baseURL}/suivi/${sent.followUp}/paiement`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'montant=2000', redirect: 'manual' })
    const idOp = new URL(pay.headers.get('location')!).searchParams.get('idop')!
    await fetch(`${payments.baseURL}/simulateur-payfip/paiement`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ idop: idOp, resultat: 'P-sans-notification' }), redirect: 'manual' })
    const here = Promise.all(Array.from({ length: 10 }, () => fetch(`${payments.baseURL}/paiement/notification`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ idOp }) }).then((r) => r.status)))
    const [mine, theirs] = await Promise.all([here, other.notify(idOp, 10)])
    expect([...mine, ...theirs.statuses]).toEqual(Array(20).fill(200))
    const { docs } = await booted.payload.find({ collection: 'payments', where: { idOp: { equals: idOp } }, depth: 0, overrideAccess: true })
    expect(docs.map((p) => p.state)).toEqual(['payee'])
    const credits = await booted.payload.count({ collection: 'payment-events', where: { and: [{ payment: { equals: docs[0].id } }, { to: { equals: 'payee' } }] }, overrideAccess: true })
    expect(credits.totalDocs).toBe(1)
  })

  it('30 + 30 requests sent at once: 60 stored, 60 distinct references', async () => {
    const [here, there] = await Promise.all([sendHere('deux-serveurs', 30, 'ici'), other.send('deux-serveurs', 30, 'autre')])
    expect(here.references).toHaveLength(30)
    expect(there.references).toHaveLength(30)
    const all = [...here.references, ...there.references]
    expect(new Set(all).size).toBe(60)
    const docs = await stored('deux-serveurs')
    expect(docs).toHaveLength(60)
    expect(new Set(docs.map((d) => d.reference)).size).toBe(60)
  }, 180_000)

  it('a form with a maximum of 6, 10 + 10 requests at once: exactly 6 stored, 14 told it is full', async () => {
    const [here, there] = await Promise.all([sendHere('deux-serveurs-limite', 10, 'ici'), other.send('deux-serveurs-limite', 10, 'autre')])
    expect(here.references.length + there.references.length).toBe(6)
    expect(here.full + there.full).toBe(14)
    expect(await stored('deux-serveurs-limite')).toHaveLength(6)
  }, 180_000)

  it('one send repeated 10 times in each process at once (same key): one request stored, all 20 told its reference', async () => {
    const key = 'cle-d-envoi-partagee-0123456789'
    const [here, there] = await Promise.all([sendHere('deux-serveurs-envoi', 10, 'double', key), other.send('deux-serveurs-envoi', 10, 'double', key)])
    const told = [...here.references, ...there.references]
    expect(told).toHaveLength(20)
    expect(new Set(told).size).toBe(1)
    const docs = await stored('deux-serveurs-envoi')
    expect(docs.map((d) => d.reference)).toEqual([told[0]])
  }, 180_000)

  it('a room, 15 + 15 citizens booking one day at once: exactly one booking', async () => {
    const day = isoDateOf(new Date(Date.now() + 10 * 86_400_000))
    const values = { reservation: day }
    const [here, there] = await Promise.all([bookAtOnce(booted.payload, 'deux-serveurs-salle', 15, 'ici', values, '198.19.1'), other.book('deux-serveurs-salle', 15, 'autre', '198.19.2', values)])
    expect(here.booked.length + there.booked.length).toBe(1)
    const bookings = await booted.payload.find({ collection: 'bookings', where: { resource: { equals: room.id } }, overrideAccess: true, depth: 0 })
    expect(bookings.docs).toHaveLength(1)
  }, 180_000)

  it('10 chairs, 4 + 4 citizens asking 2 each at once: 5 bookings, 10 chairs out, never more', async () => {
    const day = isoDateOf(new Date(Date.now() + 11 * 86_400_000))
    const values = { reservation: day, 'reservation.quantite': '2' }
    const [here, there] = await Promise.all([bookAtOnce(booted.payload, 'deux-serveurs-chaises', 4, 'ici', values, '198.19.3'), other.book('deux-serveurs-chaises', 4, 'autre', '198.19.4', values)])
    const bookings = await booted.payload.find({ collection: 'bookings', where: { resource: { equals: chairs.id } }, overrideAccess: true, depth: 0 })
    expect(bookings.docs.reduce((sum, b) => sum + b.quantity, 0)).toBe(10)
    expect(here.booked.length + there.booked.length).toBe(5)
  }, 180_000)

  // Payload deletes one document with findOneAndDelete (REST, admin, Local API alike).
  itNeeds('findOneAndDelete')('a deleted request gives its place back', async () => {
    const [first] = await stored('deux-serveurs-limite')
    await booted.payload.delete({ collection: 'submissions', id: first.id, overrideAccess: true })
    const again = await sendHere('deux-serveurs-limite', 3, 'apres')
    expect(again.references).toHaveLength(1)
    expect(again.full).toBe(2)
  }, 60_000)

  // Last: it kills the second process.
  it('killed with SIGKILL in a burst of bookings, started again: every acknowledged booking is there, none beyond the stock, cut-off holds lapse', async () => {
    const day = isoDateOf(new Date(Date.now() + 12 * 86_400_000))
    await other.book('deux-serveurs-tables', 1, 'echauffement', '198.19.8', { reservation: day }) // its first booking compiles the path
    const acknowledged = await other.burstThenKill('deux-serveurs-tables', 40, 'coupure', '198.19.9', { reservation: day }, 5)
    expect(acknowledged.length).toBeGreaterThanOrEqual(5)
    // "Started again": this process reads the database the killed one was writing.
    const bookings = (await booted.payload.find({ collection: 'bookings', where: { and: [{ resource: { equals: marquees.id } }, { start: { equals: day } }] }, limit: 0, pagination: false, overrideAccess: true, depth: 0 })).docs
    for (const token of acknowledged) {
      const request = (await booted.payload.find({ collection: 'submissions', where: { followUpToken: { equals: token } }, depth: 0, overrideAccess: true })).docs[0]
      expect({ token, booked: bookings.some((b) => b.reference === request?.reference) }).toEqual({ token, booked: true })
    }
    const out = bookings.filter((b) => b.state !== 'annulee').reduce((sum, b) => sum + b.quantity, 0)
    expect(out).toBeLessThanOrEqual(100)
    // The holds of the citizens cut off lapse with time (15 minutes): then only the bookings hold tables.
    const pool = `resources:${marquees.id}:${day}`
    await purgeExpired(booted.payload, [pool], new Date(Date.now() + 16 * 60_000))
    expect((await booted.payload.count({ collection: 'place-claims', where: { pool: { equals: pool } }, overrideAccess: true })).totalDocs).toBe(out)
  }, 180_000)
})
