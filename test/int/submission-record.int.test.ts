/**
 * Issue 11, item 2 (decision 0019): the legal record of a request — history, due date, messages,
 * notes, timings, form version — is written only by the workflow operations (status change with
 * comment, reply, note, "dossier complet", the citizen's message), never from a client value:
 * REST and GraphQL through Payload's real handlers, and the Local API even with overrideAccess.
 * Also item 7 for the follow-up message and the agents' texts (control characters, invalid UTF-8).
 */
import type { Payload } from 'payload'
import { GRAPHQL_POST } from '@payloadcms/next/routes'

import { loadPublishedForm, type PublishedForm } from '../../src/forms/loadForm'
import type { Submission, User } from '../../src/payload-types'
import { handleFollowUpMessage } from '../../src/intake/followUpMessage'
import { loadDraft } from '../../src/submissions/citizenMessage'
import { submitForm } from '../../src/submissions/submit'
import { FOREIGN_MESSAGE_FILES, UNREADABLE_CITIZEN_MESSAGE, UNREADABLE_TEXT } from '../../src/submissions/workflow'
import { AIDE_CCAS_ANSWERS } from '../helpers/aideCcasAnswers'
import { bootPayload, type BootedPayload } from '../helpers/bootPayload'
import { samplePdf } from '../helpers/files'
import { restClient } from '../helpers/rest'

let booted: BootedPayload
let payload: Payload
let rest: ReturnType<typeof restClient>
let form: PublishedForm
let ccasId: number | string
let siaepId: number | string
let agentToken: string
let agent: User

const PASSWORD = 'Agent-Motdepasse-1'
/** Server-owned and immutable fields: none may change but through a workflow operation. */
const RECORD = [
  'formVersion', 'completeAt', 'dueDate', 'openDueDate', 'firstResponseAt', 'firstResponseDays', 'closedAt', 'closureDays',
  'messages', 'notes', 'history', 'createdAt', 'reference', 'answers', 'files', 'requesterEmail', 'responseDelayDays', 'silenceRule', 'responseDelayValue', 'responseDelayUnit',
] as const

const ANSWERS = AIDE_CCAS_ANSWERS

const newAgent = async (email: string, organisation: number | string) =>
  (await payload.create({ collection: 'users', data: { email, password: PASSWORD, name: email.split('@')[0], role: 'agent', organisation: organisation as number }, overrideAccess: true })) as User

/** A stored citizen file of an organisation, as the form engine stores them. */
async function storedFile(organisation: number | string, name = 'piece.pdf') {
  const pdf = await samplePdf('Pièce')
  return payload.create({
    collection: 'submission-files',
    data: { organisation: organisation as number, fieldName: 'pieces', originalName: name },
    file: { data: pdf, mimetype: 'application/pdf', name, size: pdf.length },
    overrideAccess: true,
  })
}

async function newRequest() {
  const file = await storedFile(ccasId, 'avis.pdf')
  const justificatifs = [{ id: file.id, filename: file.filename, mimeType: 'application/pdf', filesize: file.filesize }]
  return submitForm(payload, form, { ...ANSWERS, justificatifs })
}
const stored = (id: number | string) => payload.findByID({ collection: 'submissions', id, depth: 0, overrideAccess: true })
const record = (doc: Submission) => Object.fromEntries(RECORD.map((k) => [k, (doc as unknown as Record<string, unknown>)[k] ?? null]))
const patch = (id: number | string, body: Record<string, unknown>) => rest.call('PATCH', `/submissions/${id}`, { token: agentToken, body })

/** POST /api/graphql through Payload's real route handler, as the agent. */
async function graphql(query: string) {
  const request = new Request('http://localhost:3000/api/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${agentToken}` },
    body: JSON.stringify({ query }),
  })
  const response = await GRAPHQL_POST(booted.config)(request)
  return { status: response.status, body: (await response.json()) as { data?: Record<string, Record<string, unknown> | null>; errors?: Array<{ message: string }> } }
}

/** A multipart body written byte by byte, so the message can hold bytes that are not UTF-8. */
function multipart(values: Record<string, string | Buffer>): { body: Buffer; contentType: string } {
  const boundary = '----portail-suivi-0019'
  const parts = Object.entries(values).map(([name, value]) =>
    Buffer.concat([Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n`), Buffer.from(value), Buffer.from('\r\n')]),
  )
  return { body: Buffer.concat([...parts, Buffer.from(`--${boundary}--\r\n`)]), contentType: `multipart/form-data; boundary=${boundary}` }
}

/** POST /suivi/<token>/message through its real handler. */
async function citizenPost(token: string, body: FormData | { body: Buffer; contentType: string }) {
  const init: RequestInit =
    body instanceof FormData
      ? { method: 'POST', body, headers: { 'x-forwarded-for': '203.0.113.190' } }
      : { method: 'POST', body: new Uint8Array(body.body), headers: { 'content-type': body.contentType, 'x-forwarded-for': '203.0.113.190' } }
  const response = await handleFollowUpMessage(payload, token, new Request(`http://localhost/suivi/${token}/message`, init))
  return { status: response.status, location: response.headers.get('location') ?? '' }
}

beforeAll(async () => {
  booted = await bootPayload({ demo: true })
  payload = booted.payload
  process.env.OUTBOX_DIR = `${booted.uploadsDir}/../outbox`
  process.env.FORM_RATE_LIMIT_PER_MINUTE = '100000'
  rest = restClient(booted.config)
  form = (await loadPublishedForm(payload, 'aide-ccas'))!
  ccasId = typeof form.organisation === 'object' ? form.organisation.id : form.organisation
  siaepId = (await payload.find({ collection: 'organisations', where: { slug: { equals: 'siaep' } }, overrideAccess: true })).docs[0].id
  agent = await newAgent('record.ccas@test.fr', ccasId)
  agentToken = await rest.login(agent.email, PASSWORD)
}, 120_000)

afterAll(async () => booted?.shutdown())

describe('the workflow operations still write the record (REST, as an agent)', () => {
  it('status change with comment adds a history entry; reply adds an agent message; newNote adds a note; markComplete sets completeAt and dueDate', async () => {
    const { id } = await newRequest()
    const moved = await patch(id, { status: 'en_cours', statusComment: 'Pris en charge.' })
    expect(moved.status).toBe(200)
    let doc = await stored(id)
    expect(doc.history).toEqual([expect.objectContaining({ from: 'recue', to: 'en_cours', comment: 'Pris en charge.', byName: 'record.ccas' })])
    expect(doc.firstResponseAt).toBe(doc.history![0].at)

    expect((await patch(id, { reply: 'Merci de joindre votre avis d’imposition.' })).status).toBe(200)
    expect((await patch(id, { newNote: 'Voir avec la CAF.' })).status).toBe(200)
    expect((await patch(id, { markComplete: true })).status).toBe(200)
    doc = await stored(id)
    expect(doc.messages).toEqual([expect.objectContaining({ direction: 'agent', text: 'Merci de joindre votre avis d’imposition.', byName: 'record.ccas' })])
    expect(doc.notes).toEqual([expect.objectContaining({ text: 'Voir avec la CAF.' })])
    expect(doc.completeAt).toBeTruthy()
    expect(doc.dueDate).toBeTruthy()
    expect(doc.openDueDate).toBe(doc.dueDate)
    expect(doc.reply ?? null).toBeNull()
    expect(doc.newNote ?? null).toBeNull()
  })
})

/** A worked request (each test its own): every server-owned field holds something to protect. */
async function workedRequest() {
  const { id } = await newRequest()
  await patch(id, { status: 'en_cours', statusComment: 'Pris en charge.' })
  await patch(id, { reply: 'Pièce manquante.', newNote: 'Appeler la mairie.', markComplete: true })
  const before = record(await stored(id))
  expect((before.history as unknown[]).length).toBe(1)
  expect(before.dueDate).toBeTruthy()
  return { id, before }
}

describe('a forged server-owned field is ignored', () => {
  let otherOrgFileId: number | string

  beforeAll(async () => {
    otherOrgFileId = (await storedFile(siaepId, 'facture-eau.pdf')).id
  })

  const FORGED: Record<string, () => unknown> = {
    dueDate: () => '2030-01-01T00:00:00.000Z',
    history: () => [],
    messages: () => [{ at: '2026-01-02T10:00:00.000Z', direction: 'citizen', byName: 'Usager', text: 'Je retire ma demande.' }],
    notes: () => [],
    completeAt: () => '2020-01-01T00:00:00.000Z',
    formVersion: () => ({ title: 'Formulaire falsifié', steps: [] }),
    openDueDate: () => '2030-01-01T00:00:00.000Z',
    firstResponseAt: () => '2020-01-01T00:00:00.000Z',
    firstResponseDays: () => 0,
    closedAt: () => '2020-01-01T00:00:00.000Z',
    closureDays: () => 0,
    createdAt: () => '2020-01-01T00:00:00.000Z',
  }

  it.each(Object.keys(FORGED))('REST PATCH as an agent with a forged %s: the stored record is unchanged', async (field) => {
    const { id, before } = await workedRequest()
    const res = await patch(id, { [field]: FORGED[field]() })
    expect(res.status).toBeLessThan(500)
    expect(record(await stored(id))).toEqual(before)
  })

  it('REST PATCH as an agent with messages.files pointing at another organisation’s file: nothing attached', async () => {
    const { id, before } = await workedRequest()
    const messages = (before.messages as Array<Record<string, unknown>>).map((m) => ({ ...m, files: [otherOrgFileId] }))
    const res = await patch(id, { messages: [...messages, { direction: 'citizen', text: 'Voir pièce', files: [otherOrgFileId] }] })
    expect(res.status).toBeLessThan(500)
    const doc = await stored(id)
    expect(record(doc)).toEqual(before)
    expect(JSON.stringify(doc.messages)).not.toContain(`"files":[${JSON.stringify(otherOrgFileId)}]`)
  })

  it('REST PATCH as an agent with every forged field and a legitimate note: the note is added, nothing else changes', async () => {
    const { id, before } = await workedRequest()
    const all = Object.fromEntries(Object.entries(FORGED).map(([k, v]) => [k, v()]))
    const res = await patch(id, { ...all, newNote: 'Note légitime.' })
    expect(res.status).toBe(200)
    const doc = await stored(id)
    expect(doc.notes?.map((n) => n.text)).toEqual(['Appeler la mairie.', 'Note légitime.'])
    expect(record(doc)).toEqual({ ...before, notes: doc.notes })
  })

  it('GraphQL updateSubmission as an agent with a forged history and dueDate: the stored record is unchanged', async () => {
    const { id, before: current } = await workedRequest()
    const forged = await graphql(
      `mutation { updateSubmission(id: ${JSON.stringify(id)}, data: { dueDate: "2030-01-01T00:00:00.000Z", history: [], completeAt: "2020-01-01T00:00:00.000Z", notes: [] }) { id dueDate } }`,
    )
    expect(forged.status).toBeLessThan(500)
    expect(record(await stored(id))).toEqual(current)
    // The same route does carry the agent's legitimate operations: the check above is not vacuous.
    const legit = await graphql(`mutation { updateSubmission(id: ${JSON.stringify(id)}, data: { newNote: "Par GraphQL." }) { id } }`)
    expect(legit.body.errors).toBeUndefined()
    expect(legit.body.data?.updateSubmission?.id).toEqual(id)
    expect((await stored(id)).notes?.at(-1)?.text).toBe('Par GraphQL.')
  })

  it('a Local API update with overrideAccess cannot smuggle a history, due date, message or note in either', async () => {
    const { id, before: current } = await workedRequest()
    await payload.update({
      collection: 'submissions',
      id,
      data: { history: [], dueDate: '2030-01-01T00:00:00.000Z', completeAt: null, messages: [], notes: [], formVersion: { steps: [] }, createdAt: '2020-01-01T00:00:00.000Z' } as never,
      overrideAccess: true,
    })
    expect(record(await stored(id))).toEqual(current)
  })
})

describe('the citizen’s message is a server operation whose files belong to the request', () => {
  it('a message with another organisation’s file is refused and nothing is stored', async () => {
    const { id } = await newRequest()
    const foreign = await storedFile(siaepId)
    await expect(
      payload.update({ collection: 'submissions', id, data: {}, overrideAccess: true, context: { citizenMessage: { text: 'Voici la pièce.', files: [foreign.id] } } }),
    ).rejects.toMatchObject({ data: { errors: [{ path: 'messages', message: FOREIGN_MESSAGE_FILES }] } })
    expect((await stored(id)).messages ?? []).toHaveLength(0)
  })

  it('a message with a file already attached to another request, or with an unknown file, is refused', async () => {
    const first = await newRequest()
    const second = await newRequest()
    const file = await storedFile(ccasId)
    await payload.update({ collection: 'submissions', id: first.id, data: {}, overrideAccess: true, context: { citizenMessage: { text: 'Pièce.', files: [file.id] } } })
    expect((await stored(first.id)).messages?.[0]?.files).toEqual([file.id])
    for (const files of [[file.id], [typeof file.id === 'number' ? 987654 : '65a000000000000000000000']]) {
      await expect(
        payload.update({ collection: 'submissions', id: second.id, data: {}, overrideAccess: true, context: { citizenMessage: { text: 'Pièce.', files } } }),
      ).rejects.toMatchObject({ data: { errors: [{ path: 'messages', message: FOREIGN_MESSAGE_FILES }] } })
    }
    expect((await stored(second.id)).messages ?? []).toHaveLength(0)
  })

  it('the follow-up page stores the message with its uploaded file, control characters stripped (tab and line breaks kept), and resumes the request', async () => {
    const { id, followUpToken } = await newRequest()
    await patch(id, { status: 'attente_usager', requestedPieces: 'Facture', reply: 'Merci de joindre la facture.' })
    const data = new FormData()
    data.set('message', 'Voici\u0000 la facture\u0007 \u001b[31m\r\n\tà jour.')
    data.set('pieces', new File([new Uint8Array(await samplePdf('Facture'))], 'facture.pdf', { type: 'application/pdf' }))
    const res = await citizenPost(followUpToken, data)
    expect(res.location).toContain('?message=envoye')
    const doc = await stored(id)
    const message = doc.messages!.at(-1)!
    expect(message).toEqual(expect.objectContaining({ direction: 'citizen', byName: 'Usager', text: 'Voici la facture [31m\r\n\tà jour.' }))
    expect(message.files).toHaveLength(1)
    const file = await payload.findByID({ collection: 'submission-files', id: message.files![0] as number, depth: 0, overrideAccess: true })
    expect(typeof file.organisation === 'object' ? file.organisation.id : file.organisation).toEqual(ccasId)
    expect(doc.status).toBe('en_cours')
    expect(doc.history!.at(-1)).toEqual(expect.objectContaining({ from: 'attente_usager', to: 'en_cours', byName: 'Usager' }))
  })

  it('a follow-up message that is not valid UTF-8 is refused in French, with nothing stored (no message, no file)', async () => {
    const { id, followUpToken } = await newRequest()
    const files = (await payload.count({ collection: 'submission-files', overrideAccess: true })).totalDocs
    const body = multipart({ message: Buffer.concat([Buffer.from('Bonjour '), Buffer.from([0xff, 0xc3, 0x28]), Buffer.from(' merci')]) })
    const res = await citizenPost(followUpToken, body)
    expect(res.status).toBe(303)
    const draftToken = /brouillon=([A-Za-z0-9_-]+)/.exec(res.location)?.[1]
    expect(draftToken).toBeTruthy()
    const draft = await loadDraft(payload, form.id, draftToken)
    expect(draft?.errors).toEqual({ message: UNREADABLE_CITIZEN_MESSAGE })
    expect(UNREADABLE_CITIZEN_MESSAGE).toMatch(/^Votre message contient des caractères illisibles/)
    expect((await stored(id)).messages ?? []).toHaveLength(0)
    expect((await payload.count({ collection: 'submission-files', overrideAccess: true })).totalDocs).toBe(files)
  })
})

describe('agents’ texts (reply, note, status comment)', () => {
  it('are stored without control characters, tab and line breaks kept', async () => {
    const { id } = await newRequest()
    const res = await patch(id, {
      status: 'en_cours',
      statusComment: 'Pris\u0000 en charge\u001b[0m',
      reply: 'Bonjour,\u0007\r\n\tvotre dossier\u0008 avance.',
      newNote: 'Note\u0000 interne',
    })
    expect(res.status).toBe(200)
    const doc = await stored(id)
    expect(doc.history!.at(-1)!.comment).toBe('Pris en charge[0m')
    expect(doc.messages!.at(-1)!.text).toBe('Bonjour,\r\n\tvotre dossier avance.')
    expect(doc.notes!.at(-1)!.text).toBe('Note interne')
  })

  it('with invalid UTF-8 (U+FFFD) are refused with a French 400, nothing stored', async () => {
    const { id } = await newRequest()
    for (const body of [{ reply: 'Bonjour \uFFFD' }, { newNote: 'Note \uFFFD' }, { status: 'en_cours', statusComment: 'Vu \uFFFD' }]) {
      const res = await patch(id, body)
      expect(res.status).toBe(400)
      expect(JSON.stringify(res.json)).toContain(UNREADABLE_TEXT)
    }
    const doc = await stored(id)
    expect(doc.status).toBe('recue')
    expect([doc.messages ?? [], doc.notes ?? [], doc.history ?? []].map((a) => a.length)).toEqual([0, 0, 0])
  })
})
