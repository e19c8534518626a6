/**
 * Issue 11, item 7 (decision 0024): control characters never reach the database nor the exports,
 * and a post whose bytes are not valid UTF-8 is refused with a French message beside the field —
 * through the real step handler with real Requests, bodies built byte by byte.
 */
import ExcelJS from 'exceljs'

import { signedTimestamp } from '../../src/intake/antiAbuse'
import { handleFormStep } from '../../src/intake/formStep'
import { loadPublishedForm } from '../../src/forms/loadForm'
import { loadSession } from '../../src/forms/sessions'
import { submitForm } from '../../src/submissions/submit'
import { bootPayload, type BootedPayload } from '../helpers/bootPayload'
import { formClient } from '../helpers/formClient'
import { restClient } from '../helpers/rest'
import { createRoleUsers, PASSWORD } from '../helpers/users'
import { skipSuiteOnTestServer } from '../helpers/testServerGaps'

// Adapter-neutral: run on SQLite and a real MongoDB, not on the npm MongoDB test server (decision 0037).
skipSuiteOnTestServer()

const SLUG = 'contacter-la-mairie'
const UNREADABLE = 'Ce champ contient des caractères illisibles : retapez-le.'
/** Any control or bidi character but tab and line breaks (what no stored answer nor export cell may hold). */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/

let booted: BootedPayload
let formId: number | string
let adminToken: string

const CONTACT: Record<string, string> = {
  nom: 'Le Goff',
  prenom: 'Anne',
  courriel: 'anne.legoff@example.fr',
  objet: 'autre',
  message: 'Bonjour, quand a lieu la prochaine permanence ?',
  consentement: 'oui',
}

beforeAll(async () => {
  booted = await bootPayload({ demo: true })
  process.env.OUTBOX_DIR = `${booted.uploadsDir}/../outbox`
  process.env.FORM_MIN_FILL_SECONDS = '3'
  process.env.FORM_RATE_LIMIT_PER_MINUTE = '1000000'
  const form = (await loadPublishedForm(booted.payload, SLUG))!
  formId = form.id
  const organisation = typeof form.organisation === 'object' ? form.organisation.id : form.organisation
  const users = await createRoleUsers(booted.payload, organisation)
  adminToken = await restClient(booted.config).login(users.admin.email, PASSWORD)
}, 120_000)

afterAll(async () => booted?.shutdown())

const submissionCount = () => booted.payload.count({ collection: 'submissions', overrideAccess: true }).then((r) => r.totalDocs)

/** A multipart body written by hand, so a value can hold bytes that are not UTF-8. */
function multipart(values: Record<string, string | Buffer>): { body: Buffer; contentType: string } {
  const boundary = '----portail-test-7f3a9c'
  const parts = Object.entries(values).map(([name, value]) =>
    Buffer.concat([Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n`), Buffer.from(value), Buffer.from('\r\n')]),
  )
  return { body: Buffer.concat([...parts, Buffer.from(`--${boundary}--\r\n`)]), contentType: `multipart/form-data; boundary=${boundary}` }
}

async function postRaw(body: Buffer, contentType: string) {
  const request = new Request(`http://localhost/formulaires/${SLUG}/etape`, {
    method: 'POST',
    body: new Uint8Array(body),
    headers: { 'content-type': contentType, 'x-forwarded-for': '203.0.113.77' },
  })
  const response = await handleFormStep(booted.payload, SLUG, request)
  const location = response.headers.get('location') ?? ''
  return { status: response.status, location, session: /session=([A-Za-z0-9_-]+)/.exec(location)?.[1] }
}

/** The request stored for a follow-up token, as the database holds it. */
async function storedByToken(followUp: string) {
  const { docs } = await booted.payload.find({ collection: 'submissions', where: { followUpToken: { equals: followUp } }, overrideAccess: true, depth: 0 })
  expect(docs).toHaveLength(1)
  return docs[0]
}

async function exportsOf(id: number | string) {
  const rest = restClient(booted.config)
  const query = `form=${SLUG}&where[id][equals]=${id}`
  const csv = await rest.call('GET', `/submissions/export.csv?${query}`, { token: adminToken })
  expect(csv.status).toBe(200)
  const xlsx = await rest.call('GET', `/submissions/export.xlsx?${query}`, { token: adminToken })
  expect(xlsx.status).toBe(200)
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(xlsx.bytes as never)
  const sheet = workbook.getWorksheet('Demandes')!
  const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String)
  expect(sheet.rowCount).toBe(2)
  const row = (sheet.getRow(2).values as unknown[]).slice(1)
  const cell = (label: string) => row[header.indexOf(label)]
  return { csv: csv.bytes.toString('utf8'), cell, cells: row.filter((v): v is string => typeof v === 'string') }
}

describe('invalid UTF-8 in a post (decision 0024)', () => {
  it('a multipart value with bytes that are not UTF-8 is refused beside its field in French, and nothing is stored', async () => {
    const before = await submissionCount()
    const { body, contentType } = multipart({
      t: signedTimestamp(formId, Date.now() - 60_000),
      action: 'envoyer-tout',
      ...CONTACT,
      // "Le Go" + 0xFF 0xC3 0x28 (an invalid byte and a broken sequence) + "ff"
      nom: Buffer.concat([Buffer.from('Le Go'), Buffer.from([0xff, 0xc3, 0x28]), Buffer.from('ff')]),
    })
    const res = await postRaw(body, contentType)
    expect(res.status).toBe(303)
    expect(res.location).toMatch(new RegExp(`^/formulaires/${SLUG}\\?session=`))
    expect(await submissionCount()).toBe(before)
    const session = (await loadSession(booted.payload, formId, res.session))!
    expect(session.errors).toEqual({ nom: UNREADABLE })
    expect(session.answers.nom).toBeUndefined()
    // Shown back without the replacement characters, for the citizen to retype.
    expect(session.shown.nom).toBe('Le Go(ff')
    expect(session.shown.prenom).toBe('Anne')
  })

  it('the same in a urlencoded post (%FF): refused in French, nothing stored', async () => {
    const before = await submissionCount()
    const params = new URLSearchParams({ t: signedTimestamp(formId, Date.now() - 60_000), action: 'envoyer-tout', ...CONTACT })
    const body = Buffer.from(`${params.toString().replace(/message=[^&]*/, 'message=Bonjour%FF%FE')}`)
    const res = await postRaw(body, 'application/x-www-form-urlencoded')
    expect(res.status).toBe(303)
    expect(await submissionCount()).toBe(before)
    expect((await loadSession(booted.payload, formId, res.session))!.errors).toEqual({ message: UNREADABLE })
  })
})

describe('control characters in a post (decision 0024)', () => {
  it('"Mar\\u0000tin" and a message with NUL, BEL and a terminal escape are stored without them; the exports carry none', async () => {
    const client = formClient(booted.payload, '203.0.113.78')
    const sent = await client.post(SLUG, {
      ...CONTACT,
      action: 'envoyer-tout',
      nom: 'Mar\u0000tin',
      prenom: 'Camille\u202e',
      message: 'Bonjour\u0000,\r\n\tla sonnette\u0007 ne marche pas \u001b[31mURGENT\u001b[0m\u0085',
    })
    expect(sent.followUp).toBeTruthy()
    const doc = await storedByToken(sent.followUp!)
    const answers = doc.answers as Record<string, string>
    expect(answers.nom).toBe('Martin')
    expect(answers.prenom).toBe('Camille')
    // Long text keeps its tab and line break.
    expect(answers.message).toBe('Bonjour,\n\tla sonnette ne marche pas [31mURGENT[0m')
    expect(doc.requesterName).toBe('Camille Martin')
    expect(CONTROL.test(JSON.stringify(doc))).toBe(false)

    const exported = await exportsOf(doc.id)
    expect(exported.cell('Demandeur')).toBe('Camille Martin')
    expect(exported.cell('Nom')).toBe('Martin')
    expect(exported.csv).toContain('Camille Martin')
    expect(CONTROL.test(exported.csv)).toBe(false)
    for (const value of exported.cells) expect(CONTROL.test(value)).toBe(false)
  })

  it('exports carry no control character even for a request stored before this fix (defence in depth)', async () => {
    const form = (await loadPublishedForm(booted.payload, SLUG))!
    // Stored as the old code did: straight from the answers, controls included.
    const receipt = await submitForm(booted.payload, form, {
      ...CONTACT,
      nom: 'Mar\u0000tin',
      prenom: 'Camille',
      message: 'Alerte\u0007 \u001b[31mrouge\u202e',
      consentement: true,
    })
    const stored = await booted.payload.findByID({ collection: 'submissions', id: receipt.id, overrideAccess: true })
    expect((stored.answers as Record<string, string>).nom).toBe('Mar\u0000tin') // the fixture really holds the NUL

    const exported = await exportsOf(receipt.id)
    // The answer's NUL no longer reaches the file (the SQLite column of the requester's name was
    // already cut at the NUL when written, "Camille Mar": only refusing it at parse time saves that).
    expect(exported.cell('Nom')).toBe('Martin')
    expect(exported.cell('Message')).toBe('Alerte [31mrouge')
    expect(CONTROL.test(exported.csv)).toBe(false)
    expect(exported.csv).toContain('Alerte [31mrouge')
    for (const value of exported.cells) expect(CONTROL.test(value)).toBe(false)
  })
})
