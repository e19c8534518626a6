import type { PreviewAnswer } from '../../forms/actions'
import { finalCheck, releaseDropped } from '../../forms/engine'
import { formPaths, inputId } from '../../forms/paths'
import { saveSession } from '../../forms/sessions'
import { answerLines } from '../../forms/summary'
import { formatAmountFr } from '../../lib/formatAmountFr'
import { formPrice, priceProblem } from '../../payment/formPrice'
import { STAMP_MAX_AGE_HOURS } from '../antiAbuse'
import { refusal } from '../guard'
import { backToStep, firstStepWithErrors, parseSteps, redirect, type StepPost, storeRequest } from './stepPost'

/** The send key of a post without JavaScript: its form session (one request per session). */
export const sessionSendKey = (formId: number | string, sessionToken: string) => `${formId}:session:${sessionToken}`
/** The send key of a post with JavaScript: the key of the rendered page (SEND_KEY), else none. */
const pageSendKey = (formId: number | string, key: string) => `${formId}:page:${key}`

/**
 * "Envoyer" on the check page (without JavaScript): stores the request from the session's answers.
 * The session is the send key: a second press finds the first one's request (see handleFormStep).
 */
export async function send(post: StepPost): Promise<Response> {
  return redirect((await storeRequest(post, sessionSendKey(post.form.id, post.session.token))).location)
}

/**
 * With JavaScript the steps run in the page, the citizen checks the answers in the page, and the
 * send posts every step at once: no form session written unless it is refused (decision 0016).
 * The page's one-time key makes a repeated send (double press, resend after a timeout) give the
 * first one's receipt; a page without a well-formed key gets a key of its own.
 */
export async function sendAll(post: StepPost, pageKey: string | null): Promise<Response> {
  const errorsByStep = await parseSteps(post, 0, post.stepCount - 1, { everyStep: true })
  const first = firstStepWithErrors(errorsByStep)
  if (first >= 0) return redirect(await backToStep(post, errorsByStep[first], first))
  const key = pageKey ? pageSendKey(post.form.id, pageKey) : sessionSendKey(post.form.id, post.session.token)
  return redirect((await storeRequest(post, key)).location)
}

/** "Ajouter …" / "Retirer …" of a repeatable group: every step kept, the item added or removed (its files released). */
export async function groupItem(post: StepPost, verb: 'ajouter' | 'retirer', group: string, index: number): Promise<Response> {
  const { payload, form, session } = post
  await parseSteps(post, 0, post.stepCount - 1, { everyStep: true })
  const items = Array.isArray(session.shown[group]) ? [...(session.shown[group] as unknown[])] : []
  if (verb === 'ajouter') items.push({})
  else items.splice(index, 1)
  session.shown[group] = items
  session.errors = {}
  if (verb === 'retirer' && Array.isArray(session.answers[group])) {
    const before = { [group]: session.answers[group] }
    const kept = [...(session.answers[group] as unknown[])]
    kept.splice(index, 1)
    session.answers[group] = kept
    const groupField = form.definition.steps[post.stepIndex].fields.filter((f) => f.name === group)
    await releaseDropped(payload, groupField, before, { [group]: kept })
  }
  await saveSession(payload, form.id, session)
  return redirect(`${formPaths.step(post.slug, session.token, post.stepIndex)}#${group}`)
}

/** "Étape précédente": what was typed on every step is kept (with JavaScript later steps may be filled too). */
export async function previous(post: StepPost): Promise<Response> {
  await parseSteps(post, 0, post.stepCount - 1, { everyStep: true })
  post.session.errors = {}
  await saveSession(post.payload, post.form.id, post.session)
  return redirect(formPaths.step(post.slug, post.session.token, Math.max(post.stepIndex - 1, 0)))
}

/**
 * "Continuer" / "Vérifier mes réponses": this step (and the earlier ones posted) checked; back to
 * a step with its errors, on to the next step, or to the check page once every step is complete.
 */
export async function next(post: StepPost): Promise<Response> {
  const { payload, form, session, slug, stepIndex } = post
  const errorsByStep = await parseSteps(post, 0, stepIndex)
  const errors = errorsByStep[stepIndex] ?? {}
  session.errors = {}
  // An earlier step posted again whose answer no longer holds (its kept value refused): back to
  // it, with why — never a silently dropped answer.
  const earlier = firstStepWithErrors(errorsByStep, stepIndex)
  if (earlier >= 0) return redirect(await backToStep(post, errorsByStep[earlier], earlier))
  if (Object.keys(errors).length) return redirect(await backToStep(post, errors, stepIndex))
  if (stepIndex + 1 < post.stepCount && post.action !== 'verifier') {
    await saveSession(payload, form.id, session)
    return redirect(formPaths.step(slug, session.token, stepIndex + 1))
  }
  // The check page needs every step complete: a missing answer is asked for on its step, with why.
  const check = finalCheck(form.definition, session.answers)
  if (check.firstIncompleteStep !== null) return redirect(await backToStep(post, check.errors, check.firstIncompleteStep))
  const unpayable = priceProblem(form, check.clean)
  if (unpayable) return redirect(await backToStep(post, { [unpayable.field]: unpayable.message }, unpayable.step))
  await saveSession(payload, form.id, session)
  return redirect(formPaths.review(slug, session.token))
}

/**
 * A page shown more than a day ago (or before an upgrade): nothing is sent or stored from it, but
 * what was typed is kept in a new session, and the citizen goes on from a fresh page.
 */
export async function renewExpiredPage(post: StepPost, carriesFiles: boolean, everyStep: boolean): Promise<Response> {
  await parseSteps(post, 0, everyStep ? post.stepCount - 1 : post.stepIndex, { everyStep, withFiles: false })
  post.session.errors = {}
  await saveSession(post.payload, post.form.id, post.session)
  return refusal(
    400,
    'Page expirée',
    `Cette page du formulaire n'est plus valable : elle a été ouverte il y a plus de ${STAMP_MAX_AGE_HOURS} heures, ou le site a été mis à jour depuis. Vos réponses ont été gardées : revenez au formulaire, vérifiez-les puis continuez.${carriesFiles ? " Les fichiers joints n'ont pas été gardés : joignez-les de nouveau." : ''}`,
    { href: formPaths.step(post.slug, post.session.token, post.stepIndex), label: 'Revenir au formulaire' },
  )
}

/**
 * The check step with JavaScript: every step read as a send reads it — the same parse, the same
 * display as the check page without JavaScript — but nothing stored and no session written; files
 * are not read (the page lists those chosen). The citizen sees the server's own wording of each
 * answer ("AB-123-CD", "Lorient (56121)"), or the server's messages on the first step they concern.
 */
export async function preview(post: StepPost): Promise<Response> {
  const { form, session } = post
  // Nothing taken, nothing given back: the session (if any) is not saved by a preview.
  const errorsByStep = await parseSteps(post, 0, post.stepCount - 1, { everyStep: true, withFiles: false, release: false })
  const lines = answerLines(form.definition, session.answers)
  const price = formPrice(form, session.answers)
  const unpayable = priceProblem(form, session.answers)
  const answer: PreviewAnswer = {
    steps: form.definition.steps.map((step, index) => ({
      index,
      title: step.title,
      rows: lines.filter((l) => l.step === index).map((l) => ({ inputId: inputId(l.name), label: l.label, lines: l.lines })),
    })),
    errors: [
      ...errorsByStep.flatMap((errors, step) => Object.entries(errors ?? {}).map(([name, message]) => ({ step, inputId: inputId(name), message }))),
      ...(unpayable ? [{ step: unpayable.step, inputId: inputId(unpayable.field), message: unpayable.message }] : []),
    ],
    price: price.amountCents > 0 ? { total: formatAmountFr(price.amountCents), lines: price.lines.map((l) => ({ label: l.label, amount: formatAmountFr(l.amountCents) })) } : null,
  }
  return Response.json(answer, { headers: { 'Cache-Control': 'no-store' } })
}
