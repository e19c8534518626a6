import type { Payload } from 'payload'

import { fileRules } from '../../blocks/fields/file'
import { SECURE_TOKEN_PATTERN } from '../lib/secureToken'
import { FormFullError } from '../submissions/capacity'
import { IncompleteSubmissionError, submitForm } from '../submissions/submit'
import { SEND_ALL, SEND_KEY } from './actions'
import { allowPost, antiAbuseSettings, clientIp, HONEYPOT_NAME, secondsSince, tooLargeMessage } from './antiAbuse'
import { type Answers, parseFields } from './engine'
import { readLimitedFormData, RequestTooLargeError } from './limitedFormData'
import { formAvailability, loadPublishedForm } from './loadForm'
import { formPaths } from './paths'
import { rawInputFromFormData } from './rawInput'
import { deleteSession, loadSession, newSession, saveSession } from './sessions'
import { sendOnce } from './sendOnce'
import { storeUploadedFiles } from './uploads'

const redirect = (location: string) => new Response(null, { status: 303, headers: { Location: location } })

function problemPage(status: number, title: string, message: string, back?: string): Response {
  const html = `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title} — Portail citoyen</title></head><body><main><h1>${title}</h1><p>${message}</p>${back ? `<p><a href="${back}">Revenir au formulaire</a></p>` : ''}</main></body></html>`
  return new Response(html, { status, headers: { 'Content-Type': 'text/html; charset=utf-8' } })
}

/**
 * POST /formulaires/<slug>/etape — one step of a form, without JavaScript as with it:
 * validates the step from the stored definition, keeps the answers on the server (form session),
 * then sends the citizen back to the same step (errors), the next one, the check page, or —
 * on "envoyer" — stores the request and opens the receipt. Never a 5xx for bad input.
 */
export async function handleStepPost(
  payload: Payload,
  slug: string,
  request: Request,
  schedule?: (job: () => Promise<void>) => void | Promise<void>,
): Promise<Response> {
  const settings = antiAbuseSettings()
  const tooLarge = () => problemPage(413, 'Envoi trop volumineux', tooLargeMessage(settings.maxRequestBytes), `/formulaires/${slug}`)
  // Fast path: a declared size over the limit is refused before anything else; a body sent
  // without Content-Length (chunked) is counted while it is read below.
  if (Number(request.headers.get('content-length') ?? 0) > settings.maxRequestBytes) return tooLarge()
  if (!(await allowPost(clientIp(request.headers)))) {
    return problemPage(429, 'Trop de tentatives', 'Vous avez envoyé beaucoup de formulaires en peu de temps. Patientez une minute puis recommencez.', `/formulaires/${slug}`)
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
    return problemPage(400, 'Envoi illisible', "Les informations envoyées n'ont pas pu être lues. Recommencez depuis le formulaire.", `/formulaires/${slug}`)
  }
  if (String(data.get(HONEYPOT_NAME) ?? '').trim()) {
    return problemPage(400, 'Envoi refusé', "L'envoi a été refusé par notre protection contre les robots. Si vous êtes une personne, recommencez sans remplir le champ caché.", `/formulaires/${slug}`)
  }
  const action = String(data.get('action') ?? 'suivant')
  const stepCount = form.definition.steps.length
  const stepIndex = Math.min(Math.max(Number.parseInt(String(data.get('etape') ?? '1'), 10) - 1 || 0, 0), stepCount - 1)
  const fills = action === 'suivant' || action === 'envoyer' || action === SEND_ALL
  const elapsed = secondsSince(String(data.get('t') ?? ''))
  if (fills && (elapsed === null || elapsed < settings.minFillSeconds)) {
    return problemPage(400, 'Envoi trop rapide', 'Le formulaire a été envoyé trop vite pour avoir été rempli par une personne. Revenez au formulaire et vérifiez vos réponses avant de les envoyer.', `/formulaires/${slug}`)
  }

  const token = String(data.get('session') ?? '')
  const session = (await loadSession(payload, form.id, token)) ?? newSession()

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

  if (action === 'envoyer') return redirect((await store()).location)

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
  const parseSteps = async (from: number, to: number, everyStep = false) => {
    const errorsByStep: Array<Record<string, string>> = []
    for (let index = from; index <= to; index += 1) {
      const step = form.definition.steps[index]
      if (index < to && !everyStep && !stepPosted(index)) continue
      const uploaded = await storeUploadedFiles(payload, {
        fields: step.fields,
        formData: data,
        organisationId,
        rulesOf: (field) => fileRules(field as never),
      })
      const result = await parseFields(
        step.fields,
        input,
        '',
        { files: uploaded.files, fileErrors: uploaded.fileErrors, today: new Date() },
        session.answers,
        session.answers,
      )
      // Replace this step's answers: hidden or emptied fields lose their old value...
      const answers: Answers = { ...session.answers }
      for (const field of step.fields) if (field.name) delete answers[field.name]
      Object.assign(answers, result.values)
      // ...but a refused upload must not lose the files accepted earlier for that field.
      for (const field of step.fields) {
        if (field.blockType === 'file' && field.name && result.errors[field.name] && session.answers[field.name] !== undefined) {
          answers[field.name] = session.answers[field.name]
        }
      }
      session.answers = answers
      session.shown = { ...session.shown, ...result.shown }
      errorsByStep[index] = result.errors
    }
    return errorsByStep
  }

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

  // Earlier steps are in the page too (hidden sections holding the kept answers, or steps run in
  // the browser with JavaScript): parse them again so nothing typed is lost.
  const groupAction = /^(ajouter|retirer):([a-z0-9_]+)(?::(\d+))?$/.exec(action)
  // Going back, or adding/removing a group item, keeps what was typed in the later steps too
  // (with JavaScript the citizen may have filled them, then come back with "Modifier").
  const keepsLaterSteps = Boolean(groupAction) || action === 'precedent'
  const result = { errors: (await parseSteps(0, keepsLaterSteps ? stepCount - 1 : stepIndex, keepsLaterSteps))[stepIndex] ?? {} }
  session.errors = {}

  if (groupAction) {
    const [, verb, group, index] = groupAction
    const items = Array.isArray(session.shown[group]) ? [...(session.shown[group] as unknown[])] : []
    if (verb === 'ajouter') items.push({})
    else items.splice(Number(index), 1)
    session.shown[group] = items
    session.errors = {}
    if (verb === 'retirer' && Array.isArray(session.answers[group])) {
      const kept = [...(session.answers[group] as unknown[])]
      kept.splice(Number(index), 1)
      session.answers[group] = kept
    }
    await saveSession(payload, form.id, session)
    return redirect(`${formPaths.step(slug, session.token, stepIndex)}#${group}`)
  }
  if (action === 'precedent') {
    await saveSession(payload, form.id, session)
    return redirect(formPaths.step(slug, session.token, Math.max(stepIndex - 1, 0)))
  }
  if (Object.keys(result.errors).length) {
    session.errors = result.errors
    await saveSession(payload, form.id, session)
    return redirect(formPaths.step(slug, session.token, stepIndex))
  }
  await saveSession(payload, form.id, session)
  if (stepIndex + 1 < stepCount && action !== 'verifier') return redirect(formPaths.step(slug, session.token, stepIndex + 1))
  return redirect(formPaths.review(slug, session.token))
}
