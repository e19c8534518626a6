import type { Payload } from 'payload'

import { SECURE_TOKEN_PATTERN } from '../lib/secureToken'
import { FormFullError } from '../submissions/capacity'
import { IncompleteSubmissionError, submitForm } from '../submissions/submit'
import { SEND_ALL, SEND_KEY } from './actions'
import { problemResponse } from '../security/problemResponse'
import { allowPost, antiAbuseSettings, clientIp, HONEYPOT_NAME, readFormStamp, STAMP_MAX_AGE_HOURS, tooLargeMessage } from './antiAbuse'
import { type Answers, finalCheck, parseFields, prepareFields, releaseDropped } from './engine'
import { readLimitedFormData, RequestTooLargeError } from './limitedFormData'
import { formAvailability, loadPublishedForm } from './loadForm'
import { formPaths } from './paths'
import { rawInputFromFormData } from './rawInput'
import { deleteSession, loadSession, newSession, saveSession } from './sessions'
import { sendOnce } from './sendOnce'

const redirect = (location: string) => new Response(null, { status: 303, headers: { Location: location } })

/** A French problem page (every value escaped, the slug from the address included); `back` is a path built by formPaths. */
const problemPage = (status: number, title: string, message: string, back?: string): Response =>
  problemResponse(status, title, message, { back: back ? { href: back, label: 'Revenir au formulaire' } : undefined })

/**
 * The form session a post came from when its body is not read (429, 413, unreadable): from the
 * post's own address, else from the page it was sent from (Referer, same form). Only a well-formed
 * token and a step number are taken, so the way back keeps the answers stored on the server.
 */
function sessionHint(request: Request, slug: string): { token: string; step: number } | null {
  const candidates: Array<{ address: string | null; samePage: boolean }> = [
    { address: request.url, samePage: false },
    { address: request.headers.get('referer'), samePage: true },
  ]
  for (const { address, samePage } of candidates) {
    if (!address) continue
    try {
      const url = new URL(address, 'http://localhost')
      if (samePage && url.pathname !== formPaths.step(slug)) continue
      const token = url.searchParams.get('session') ?? ''
      if (!SECURE_TOKEN_PATTERN.test(token)) continue
      const step = Number.parseInt(url.searchParams.get('etape') ?? '1', 10)
      return { token, step: Number.isInteger(step) && step >= 1 && step <= 100 ? step - 1 : 0 }
    } catch {
      // not an address: no hint
    }
  }
  return null
}

/**
 * POST /formulaires/<slug>/etape — one step of a form, without JavaScript as with it:
 * validates the step from the stored definition, keeps the answers on the server (form session),
 * then sends the citizen back to the same step (errors), the next one, the check page, or —
 * on "envoyer" — stores the request and opens the receipt. Never a 5xx for bad input.
 * Anti-robot checks (decision 0021): honeypot and per-address rate for every post; the form's
 * signed timestamp (or the session) for every post; the minimum fill time, counted from the first
 * display of the form, for every send and every post carrying a file. A refusal never loses the
 * answers kept on the server: its page links back to the step with the session.
 */
export async function handleStepPost(
  payload: Payload,
  slug: string,
  request: Request,
  schedule?: (job: () => Promise<void>) => void | Promise<void>,
): Promise<Response> {
  const settings = antiAbuseSettings()
  const ip = clientIp(request.headers)
  /** Back to the form before the body is read: with the session the post came from, when known. */
  const hintedBack = () => {
    const hint = sessionHint(request, slug)
    return hint ? formPaths.step(slug, hint.token, hint.step) : formPaths.step(slug)
  }
  const tooLarge = () => problemPage(413, 'Envoi trop volumineux', tooLargeMessage(settings.maxRequestBytes), hintedBack())
  // Fast path: a declared size over the limit is refused before anything else; a body sent
  // without Content-Length (chunked) is counted while it is read below.
  if (Number(request.headers.get('content-length') ?? 0) > settings.maxRequestBytes) return tooLarge()
  if (!(await allowPost(ip))) {
    return problemPage(429, 'Trop de tentatives', 'Vous avez envoyé beaucoup de formulaires en peu de temps. Patientez une minute puis recommencez.', hintedBack())
  }
  const form = await loadPublishedForm(payload, slug)
  if (!form) return problemPage(404, 'Formulaire introuvable', "Ce formulaire n'existe pas ou n'est plus en ligne.")
  const availability = await formAvailability(payload, form)
  if (!availability.open) return redirect(formPaths.step(slug))

  let data: FormData
  try {
    data = await readLimitedFormData(request, settings.maxRequestBytes)
  } catch (error) {
    if (error instanceof RequestTooLargeError) return tooLarge()
    return problemPage(400, 'Envoi illisible', "Les informations envoyées n'ont pas pu être lues. Recommencez depuis le formulaire.", hintedBack())
  }
  const action = String(data.get('action') ?? 'suivant')
  const stepCount = form.definition.steps.length
  const stepIndex = Math.min(Math.max(Number.parseInt(String(data.get('etape') ?? '1'), 10) - 1 || 0, 0), stepCount - 1)
  const loaded = await loadSession(payload, form.id, String(data.get('session') ?? ''))
  /** Back to this step with the answers kept on the server (the session), when there is one. */
  const back = loaded ? formPaths.step(slug, loaded.token, stepIndex) : formPaths.step(slug)

  if (String(data.get(HONEYPOT_NAME) ?? '').trim()) {
    return problemPage(400, 'Envoi refusé', "L'envoi a été refusé par notre protection contre les robots. Si vous êtes une personne, recommencez sans remplir le champ caché.", back)
  }
  const fills = action === 'suivant' || action === 'envoyer' || action === SEND_ALL
  const carriesFiles = [...data.values()].some((value) => typeof value !== 'string' && value.size > 0)
  // Without a session, the post must come from this form's page: its signed timestamp.
  const stamp = loaded ? null : readFormStamp(String(data.get('t') ?? ''), form.id)
  if (!loaded && !stamp) {
    return problemPage(400, 'Envoi refusé', "L'envoi n'a pas pu être vérifié : il ne vient pas de la page de ce formulaire. Revenez au formulaire et recommencez.", back)
  }
  const renew = Boolean(stamp?.renew)
  const session = loaded ?? newSession(stamp && !renew ? new Date(stamp.shownAt) : new Date())
  // The whole form is timed, from its first display: a person may press "Continuer" on step 2 a
  // second after it appears. Sends and stored files wait for the minimum; other actions need not.
  const elapsed = (Date.now() - Date.parse(session.startedAt)) / 1000
  if (!renew && (fills || carriesFiles) && !(elapsed >= settings.minFillSeconds)) {
    return problemPage(400, 'Envoi trop rapide', 'Le formulaire a été envoyé trop vite pour avoir été rempli par une personne. Revenez au formulaire et vérifiez vos réponses avant de les envoyer.', back)
  }

  /** Keeps the answers and the messages in the session, and gives the step to show them on. */
  const backToStep = async (errors: Record<string, string>, step: number) => {
    session.errors = errors
    await saveSession(payload, form.id, session)
    return formPaths.step(slug, session.token, step)
  }
  /** Stores the request from the session's answers, or says where the citizen goes instead. */
  const store = async (): Promise<{ location: string; stored: boolean }> => {
    try {
      const receipt = await submitForm(payload, form, session.answers, { schedule })
      await deleteSession(payload, session)
      return { location: formPaths.followUp(receipt.followUpToken, true), stored: true }
    } catch (error) {
      if (error instanceof FormFullError) return { location: formPaths.step(slug), stored: false } // the page says it is full
      if (!(error instanceof IncompleteSubmissionError)) throw error
      return { location: await backToStep(error.errors, error.step), stored: false }
    }
  }

  const organisationId = typeof form.organisation === 'object' ? form.organisation.id : form.organisation
  const input = rawInputFromFormData(data)

  const postedKeys = [...new Set(data.keys())]
  const stepPosted = (index: number) =>
    form.definition.steps[index].fields.some((f) => f.name && postedKeys.some((k) => k === f.name || k.startsWith(`${f.name}.`)))

  /**
   * Parses steps [from, to] in order. An earlier step is re-read only when its inputs are in the
   * post, so a client that sends one step at a time keeps the answers already stored; the form
   * page holds every step, so its sends re-read them all (`everyStep`): a step whose boxes were
   * all unticked posts no name, and must not keep the old ticks.
   */
  const parseSteps = async (from: number, to: number, everyStep = false, withFiles = true) => {
    const errorsByStep: Array<Record<string, string>> = []
    for (let index = from; index <= to; index += 1) {
      const step = form.definition.steps[index]
      if (index < to && !everyStep && !stepPosted(index)) continue
      const prepared = withFiles
        ? await prepareFields(step.fields, { payload, formData: data, input, organisationId, clientIp: ip }, session.answers)
        : { values: {}, errors: {} }
      const result = await parseFields(
        step.fields,
        input,
        '',
        { prepared: prepared.values, prepareErrors: prepared.errors, today: new Date() },
        session.answers,
        session.answers,
      )
      // Replace this step's answers: hidden or emptied fields lose their old value (what their type
      // took for it is released), except values kept although refused (files accepted earlier).
      const answers: Answers = { ...session.answers }
      for (const field of step.fields) if (field.name) delete answers[field.name]
      Object.assign(answers, result.values, result.kept)
      await releaseDropped(payload, step.fields, session.answers, answers)
      session.answers = answers
      session.shown = { ...session.shown, ...result.shown }
      errorsByStep[index] = result.errors
    }
    return errorsByStep
  }

  // Earlier steps are in the page too (hidden sections holding the kept answers, or steps run in
  // the browser with JavaScript): parse them again so nothing typed is lost.
  const groupAction = /^(ajouter|retirer):([a-z0-9_]+)(?::(\d+))?$/.exec(action)
  // Going back, or adding/removing a group item, keeps what was typed in the later steps too
  // (with JavaScript the citizen may have filled them, then come back with "Modifier").
  const keepsLaterSteps = Boolean(groupAction) || action === 'precedent'

  // A page shown more than a day ago (or before an upgrade): nothing is sent or stored from it,
  // but what was typed is kept in a new session, and the citizen goes on from a fresh page.
  if (renew) {
    const everyStep = action === SEND_ALL || keepsLaterSteps
    await parseSteps(0, everyStep ? stepCount - 1 : stepIndex, everyStep, false)
    session.errors = {}
    await saveSession(payload, form.id, session)
    return problemPage(
      400,
      'Page expirée',
      `Cette page du formulaire n'est plus valable : elle a été ouverte il y a plus de ${STAMP_MAX_AGE_HOURS} heures, ou le site a été mis à jour depuis. Vos réponses ont été gardées : revenez au formulaire, vérifiez-les puis continuez.${carriesFiles ? " Les fichiers joints n'ont pas été gardés : joignez-les de nouveau." : ''}`,
      formPaths.step(slug, session.token, stepIndex),
    )
  }

  if (action === 'envoyer') return redirect((await store()).location)

  // With JavaScript the steps run in the page, the citizen checks the answers in the page, and
  // the send posts every step at once: no form session written (decision 0016).
  if (action === SEND_ALL) {
    const send = async () => {
      const errorsByStep = await parseSteps(0, stepCount - 1, true)
      const firstWithErrors = errorsByStep.findIndex((e) => e && Object.keys(e).length > 0)
      if (firstWithErrors >= 0) return { location: await backToStep(errorsByStep[firstWithErrors], firstWithErrors), stored: false }
      return store()
    }
    const key = String(data.get(SEND_KEY) ?? '')
    return redirect(SECURE_TOKEN_PATTERN.test(key) ? await sendOnce(`${form.id}:${key}`, send) : (await send()).location)
  }

  const errorsByStep = await parseSteps(0, keepsLaterSteps ? stepCount - 1 : stepIndex, keepsLaterSteps)
  const result = { errors: errorsByStep[stepIndex] ?? {} }
  session.errors = {}

  if (groupAction) {
    const [, verb, group, index] = groupAction
    const items = Array.isArray(session.shown[group]) ? [...(session.shown[group] as unknown[])] : []
    if (verb === 'ajouter') items.push({})
    else items.splice(Number(index), 1)
    session.shown[group] = items
    session.errors = {}
    if (verb === 'retirer' && Array.isArray(session.answers[group])) {
      const before = { [group]: session.answers[group] }
      const kept = [...(session.answers[group] as unknown[])]
      kept.splice(Number(index), 1)
      session.answers[group] = kept
      const groupField = form.definition.steps[stepIndex].fields.filter((f) => f.name === group)
      await releaseDropped(payload, groupField, before, { [group]: kept })
    }
    await saveSession(payload, form.id, session)
    return redirect(`${formPaths.step(slug, session.token, stepIndex)}#${group}`)
  }
  if (action === 'precedent') {
    await saveSession(payload, form.id, session)
    return redirect(formPaths.step(slug, session.token, Math.max(stepIndex - 1, 0)))
  }
  // An earlier step posted again whose answer no longer holds (its kept value refused): back to
  // it, with why — never a silently dropped answer.
  const earlier = errorsByStep.findIndex((errors, index) => index < stepIndex && errors && Object.keys(errors).length > 0)
  if (earlier >= 0) return redirect(await backToStep(errorsByStep[earlier], earlier))
  if (Object.keys(result.errors).length) {
    session.errors = result.errors
    await saveSession(payload, form.id, session)
    return redirect(formPaths.step(slug, session.token, stepIndex))
  }
  if (stepIndex + 1 < stepCount && action !== 'verifier') {
    await saveSession(payload, form.id, session)
    return redirect(formPaths.step(slug, session.token, stepIndex + 1))
  }
  // The check page needs every step complete: a missing answer is asked for on its step, with why.
  const check = finalCheck(form.definition, session.answers)
  if (check.firstIncompleteStep !== null) return redirect(await backToStep(check.errors, check.firstIncompleteStep))
  await saveSession(payload, form.id, session)
  return redirect(formPaths.review(slug, session.token))
}
