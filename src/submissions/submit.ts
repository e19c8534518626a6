import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'

import { type Answers, commitFields, finalCheck, hasCommits, RefusedCommit } from '../forms/engine'
import type { PublishedForm } from '../forms/loadForm'
import { answerLines } from '../forms/summary'
import { proposeFromSubmission } from '../directory/proposeFromSubmission'
import { newSecureToken } from '../lib/secureToken'
import { fileIdsIn } from './fileIds'
import { legalSnapshotOf } from './implicitDecision'
import { notifySubmission } from './notify'
import { withinCapacity } from './capacity'
import { isUniqueViolation } from '../lib/uniqueViolation'
import { createWithNextReference } from './reference'
import { requesterOf } from './requester'
import { amountDue, leftToPay } from '../payment/amountDue'
import { paymentOnline } from '../payment/online'
import { paymentDueBy } from '../payment/window'
import type { Submission } from '../payload-types'

export class IncompleteSubmissionError extends Error {
  constructor(
    public readonly step: number,
    public readonly errors: Record<string, string>,
  ) {
    super('The submission is incomplete')
    this.name = 'IncompleteSubmissionError'
  }
}

export interface SubmissionReceipt {
  id: number | string
  reference: string
  followUpToken: string
}

/** A create refused because the send key is taken: the request it stored. */
class AlreadySentError extends Error {
  constructor(public readonly receipt: SubmissionReceipt) {
    // Worded so that isUniqueViolation does not take it for a reference collision (no retry).
    super(`Send key in use by request ${receipt.reference}`)
  }
}

/**
 * The request a send key stored, if any. The key is unique in the database (`sendKey`), so a
 * repeated send — a double press, a resend after a timeout, two app processes — stores one
 * request, and every repeat is told the first one's reference (decision 0035).
 */
export async function findSentRequest(payload: Payload, sendKey: string): Promise<SubmissionReceipt | null> {
  const { docs } = await payload.find({
    collection: 'submissions',
    where: { sendKey: { equals: sendKey } },
    limit: 1,
    depth: 0,
    select: { reference: true, followUpToken: true },
    overrideAccess: true,
  })
  const doc = docs[0]
  return doc ? { id: doc.id, reference: doc.reference, followUpToken: doc.followUpToken } : null
}

/**
 * Stores a citizen's request: checks every step again from the definition (hidden fields dropped,
 * required ones present), snapshots the exact form version answered, allocates the reference and
 * a secret follow-up token, then sends the e-mails.
 */
export interface SubmitOptions {
  now?: Date
  /**
   * Runs the e-mail sending; by default it is awaited. The web route passes Next's `after()` so
   * the citizen gets the receipt at once and mails go out right after (the request is stored first).
   */
  schedule?: (job: () => Promise<void>) => void | Promise<void>
  /** One request per key (the page's one-time key, the form session): a repeat gets the first receipt. */
  sendKey?: string
}

export async function submitForm(payload: Payload, form: PublishedForm, answers: Answers, options: SubmitOptions = {}): Promise<SubmissionReceipt> {
  try {
    return await storeAndNotify(payload, form, answers, options)
  } catch (error) {
    if (error instanceof AlreadySentError) return error.receipt
    throw error
  }
}

async function storeAndNotify(payload: Payload, form: PublishedForm, answers: Answers, options: SubmitOptions): Promise<SubmissionReceipt> {
  const now = options.now ?? new Date()
  // Every request has a key (unique, never null: MongoDB's unique index counts nulls). A key
  // already taken is found when the insert is refused (no lookup before each send).
  const sendKey = options.sendKey ?? newSecureToken()
  const check = finalCheck(form.definition, answers)
  if (check.firstIncompleteStep !== null) throw new IncompleteSubmissionError(check.firstIncompleteStep, check.errors)
  const organisationId = typeof form.organisation === 'object' ? form.organisation.id : form.organisation
  const requester = requesterOf(form.definition, check.clean)
  const followUpToken = newSecureToken()
  const data = {
    reference: '',
    followUpToken,
    form: form.id,
    organisation: organisationId,
    domain: (form.domain ?? null) as number | null, // known with the cached form (null: no procedure links it): no lookup
    status: 'recue' as const,
    ...legalSnapshotOf(form),
    requesterName: requester.name,
    requesterEmail: requester.email,
    // The payment settings answered are kept with the version: a price changed later does not change this request's.
    formVersion: { id: form.id, title: form.title, updatedAt: form.updatedAt, steps: form.definition.steps, payment: (form as { payment?: unknown }).payment ?? null, appealRoutes: form.appealRoutes ?? null },
    answers: check.clean,
    files: fileIdsIn(check.clean) as number[],
    sendKey,
  }
  const insert = (reference: string, req?: PayloadRequest) =>
    payload.create({ collection: 'submissions', data: { ...data, reference }, overrideAccess: true, depth: 0, req }).catch(async (error: unknown) => {
      // The key taken by a send that got there first: its receipt, not a second request.
      const earlier = options.sendKey && isUniqueViolation(error) ? await findSentRequest(payload, options.sendKey) : null
      throw earlier ? new AlreadySentError(earlier) : error
    })
  let created: Submission
  try {
    created = await withinCapacity(payload, form, () =>
      createWithNextReference(payload, now, (reference) =>
        hasCommits(form.definition)
          ? insertAndCommit(payload, (req) => insert(reference, req), (req, doc) =>
              commitFields(form.definition, check.clean, { payload, req, submission: doc, organisationId, requester, now, paymentDueBy: paymentOnline(form as { payment?: { enabled?: boolean | null } | null }) ? paymentDueBy(now) : null }),
            )
          : insert(reference),
      ),
    )
  } catch (error) {
    if (error instanceof RefusedCommit) throw new IncompleteSubmissionError(error.step, error.errors)
    throw error
  }
  if (form.directory) {
    // The request is stored whatever happens here; a failure is logged for staff to re-enter it.
    await proposeFromSubmission(payload, {
      directory: form.directory,
      answers: check.clean,
      reference: created.reference,
      requesterName: requester.name,
      requesterEmail: requester.email,
    }).catch((err) => payload.logger.error({ err, reference: created.reference }, 'Directory proposal could not be created'))
  }
  const organisation =
    typeof form.organisation === 'object' ? form.organisation : await payload.findByID({ collection: 'organisations', id: organisationId, depth: 0, overrideAccess: true })
  // A request paid online: its acknowledgement says how much and until when (decision 0045).
  const toPay = paymentOnline(form as { payment?: { enabled?: boolean | null } | null })
    ? leftToPay(await amountDue(payload, { reference: created.reference, formVersion: data.formVersion as never, answers: check.clean as never }))
    : 0
  const job = () =>
    notifySubmission(payload, {
      toPay: toPay ? { amountCents: toPay, before: paymentDueBy(now) } : null,
      form,
      submission: created,
      reference: created.reference,
      token: followUpToken,
      lines: answerLines(form.definition, check.clean),
      requesterEmail: requester.email,
      organisationEmail: organisation?.email ?? null,
      organisationName: organisation?.name ?? null,
      organisation,
    })
  if (options.schedule) await options.schedule(job)
  else await job()
  return { id: created.id, reference: created.reference, followUpToken }
}

/**
 * Inserts the request and runs the field types' `commit` (a hold becomes a booking) in one
 * transaction where the database has one (MongoDB on a replica set). Without one (SQLite as
 * configured, a standalone MongoDB) a refused or failed commit deletes the request again, which
 * frees what it holds (its bookings, its places): no request without its booking (decision 0038).
 */
async function insertAndCommit<T extends { id: number | string; reference: string }>(
  payload: Payload,
  insert: (req: PayloadRequest) => Promise<T>,
  commit: (req: PayloadRequest, doc: T) => Promise<void>,
): Promise<T> {
  const req = await createLocalReq({}, payload)
  const inTransaction = await initTransaction(req)
  let doc: T | null = null
  try {
    doc = await insert(req)
    await commit(req, doc)
    if (inTransaction) await commitTransaction(req)
    return doc
  } catch (error) {
    if (inTransaction) await killTransaction(req)
    // By query: its hooks free what it holds, and it needs no findOneAndDelete (absent from the MongoDB test server).
    else if (doc) await payload.delete({ collection: 'submissions', where: { id: { equals: doc.id } }, overrideAccess: true })
    throw error
  }
}
