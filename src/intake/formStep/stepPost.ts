import type { Payload } from 'payload'

import { type Answers, parseFields, prepareFields, releaseDropped } from '../../forms/engine'
import type { PublishedForm } from '../../forms/loadForm'
import { formPaths } from '../../forms/paths'
import { deleteSession, type FormSessionState, saveSession } from '../../forms/sessions'
import type { RawInput } from '../../forms/types'
import { priceProblem } from '../../payment/formPrice'
import { FormFullError } from '../../submissions/capacity'
import { IncompleteSubmissionError, submitForm, type SubmitOptions } from '../../submissions/submit'

/** E-mails run through this (Next's `after()` on the web route): the receipt does not wait for them. */
export type Schedule = NonNullable<SubmitOptions['schedule']>

/** One admitted, read and checked step post, with what every action handler needs. */
export interface StepPost {
  payload: Payload
  slug: string
  form: PublishedForm
  data: FormData
  input: RawInput
  ip: string
  session: FormSessionState
  action: string
  stepIndex: number
  stepCount: number
  schedule?: Schedule
}

export const redirect = (location: string) => new Response(null, { status: 303, headers: { Location: location } })

/** Keeps the session (answers, and `errors` to show) and gives the address of the step to show them on. */
export async function backToStep(post: StepPost, errors: Record<string, string>, step: number): Promise<string> {
  post.session.errors = errors
  await saveSession(post.payload, post.form.id, post.session)
  return formPaths.step(post.slug, post.session.token, step)
}

/**
 * Stores the request from the session's answers (`sendKey`: one request per key, decision 0035),
 * then drops the form session; or says where the citizen goes instead: the form's page when it is
 * full, the step missing an answer or whose answer makes an amount that cannot be paid, with why.
 */
export async function storeRequest(post: StepPost, sendKey: string): Promise<{ location: string; stored: boolean }> {
  // An amount PayFiP cannot take (beyond its maximum) is refused beside the answer that makes it.
  const unpayable = priceProblem(post.form, post.session.answers)
  if (unpayable) return { location: await backToStep(post, { [unpayable.field]: unpayable.message }, unpayable.step), stored: false }
  try {
    const receipt = await submitForm(post.payload, post.form, post.session.answers, { schedule: post.schedule, sendKey })
    await deleteSession(post.payload, post.session)
    return { location: formPaths.followUp(receipt.followUpToken, true), stored: true }
  } catch (error) {
    if (error instanceof FormFullError) return { location: formPaths.step(post.slug), stored: false } // the page says it is full
    if (!(error instanceof IncompleteSubmissionError)) throw error
    return { location: await backToStep(post, error.errors, error.step), stored: false }
  }
}

/** Whether the post holds inputs of this step (a client may post one step at a time). */
function stepPosted(post: StepPost, index: number, keys: string[]): boolean {
  return post.form.definition.steps[index].fields.some((f) => f.name && keys.some((k) => k === f.name || k.startsWith(`${f.name}.`)))
}

/**
 * Parses steps [from, to] in order into the session. An earlier step is re-read only when its
 * inputs are in the post, so a client that sends one step at a time keeps the answers already
 * stored; the form page holds every step, so its sends re-read them all (`everyStep`): a step
 * whose boxes were all unticked posts no name, and must not keep the old ticks. `withFiles`
 * false: the field types' `prepare` pass (storing files) is skipped but for those that only read; `release` false: nothing the
 * session holds is given back (a read that is not kept, such as a preview). Returns each step's errors.
 */
export async function parseSteps(
  post: StepPost,
  from: number,
  to: number,
  { everyStep = false, withFiles = true, release = true } = {},
): Promise<Array<Record<string, string>>> {
  const { payload, form, data, input, session } = post
  const organisationId = typeof form.organisation === 'object' ? form.organisation.id : form.organisation
  const errorsByStep: Array<Record<string, string>> = []
  const postedKeys = everyStep ? [] : [...new Set(data.keys())]
  for (let index = from; index <= to; index += 1) {
    const step = form.definition.steps[index]
    if (index < to && !everyStep && !stepPosted(post, index, postedKeys)) continue
    // Without files (a preview): only what reads and takes nothing is prepared (a parcel looked up).
    const prepared = await prepareFields(step.fields, { payload, formData: data, input, organisationId, clientIp: post.ip }, session.answers, '', { values: {}, errors: {} }, !withFiles)
    const result = await parseFields(step.fields, input, '', { prepared: prepared.values, prepareErrors: prepared.errors, today: new Date() }, session.answers, session.answers)
    // Replace this step's answers: hidden or emptied fields lose their old value (what their type
    // took for it is released), except values kept although refused (files accepted earlier).
    const answers: Answers = { ...session.answers }
    for (const field of step.fields) if (field.name) delete answers[field.name]
    Object.assign(answers, result.values, result.kept)
    if (release) await releaseDropped(payload, step.fields, session.answers, answers)
    session.answers = answers
    session.shown = { ...session.shown, ...result.shown }
    errorsByStep[index] = result.errors
  }
  return errorsByStep
}

/** The first step (index) with errors, or -1. */
export const firstStepWithErrors = (errorsByStep: Array<Record<string, string>>, before = Infinity) =>
  errorsByStep.findIndex((errors, index) => index < before && errors && Object.keys(errors).length > 0)
