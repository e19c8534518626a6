import type { Payload } from 'payload'

import { PREVIEW, SEND_ALL, SEND_KEY } from '../../forms/actions'
import { formAvailability, loadPublishedForm, type PublishedForm } from '../../forms/loadForm'
import { formPaths } from '../../forms/paths'
import { rawInputFromFormData } from '../../forms/rawInput'
import { loadSession, newSession } from '../../forms/sessions'
import { SECURE_TOKEN_PATTERN } from '../../lib/secureToken'
import { findSentRequest } from '../../submissions/submit'
import { antiAbuseSettings, givePostBack, readFormStamp } from '../antiAbuse'
import { admitPost, readPost, refusal, type WayBack } from '../guard'
import { carriesFiles } from '../limitedFormData'
import { enterWaitingRoom } from '../waitingRoom'
import { groupItem, next, preview, previous, renewExpiredPage, send, sendAll, sessionSendKey } from './actions'
import { sessionHint } from './sessionHint'
import { redirect, type Schedule, type StepPost } from './stepPost'

const backTo = (href: string): WayBack => ({ href, label: 'Revenir au formulaire' })

/**
 * POST /formulaires/<slug>/etape — one step of a form, without JavaScript as with it. The guard
 * (src/intake/guard.ts) first; then the post must come from this form: its session, or the
 * form page's signed timestamp; sends and files wait for the minimum fill time, counted from the
 * form's first display (decision 0021). Then one handler per action (./actions.ts). Never a 5xx
 * for bad input; a refusal never loses the answers kept on the server: its page links back to the
 * step with the session.
 */
export async function handleFormStep(payload: Payload, slug: string, request: Request, schedule?: Schedule): Promise<Response> {
  /** Back to the form before the body is read: with the session the post came from, when known. */
  const hinted = () => {
    const hint = sessionHint(request, slug)
    return backTo(hint ? formPaths.step(slug, hint.token, hint.step) : formPaths.step(slug))
  }
  const admitted = await admitPost(request, hinted)
  if (admitted.refused) return admitted.refused
  const form = await loadPublishedForm(payload, slug)
  if (!form) return refusal(404, 'Formulaire introuvable', "Ce formulaire n'existe pas ou n'est plus en ligne.")
  if (!(await formAvailability(payload, form)).open) return redirect(formPaths.step(slug))

  const stepCount = form.definition.steps.length
  const stepIndexIn = (data: FormData) => Math.min(Math.max(Number.parseInt(String(data.get('etape') ?? '1'), 10) - 1 || 0, 0), stepCount - 1)
  const read = await readPost(request, (data) => {
    const token = String(data?.get('session') ?? '')
    return data && SECURE_TOKEN_PATTERN.test(token) ? backTo(formPaths.step(slug, token, stepIndexIn(data))) : hinted()
  })
  if (read.refused) return read.refused
  const { data } = read
  // Beyond the posts this process handles at once, the waiting page (its point given back).
  const entry = enterWaitingRoom(request, data)
  if (entry.response) {
    await givePostBack(admitted.ip)
    return entry.response
  }
  try {
    return await handleAdmittedPost(payload, slug, form, data, admitted.ip, stepIndexIn(data), schedule)
  } finally {
    entry.leave()
  }
}

/** The post once read and let through the waiting room: its session, its timing, its action. */
async function handleAdmittedPost(
  payload: Payload,
  slug: string,
  form: PublishedForm,
  data: FormData,
  ip: string,
  stepIndex: number,
  schedule: Schedule | undefined,
): Promise<Response> {
  const stepCount = form.definition.steps.length
  const action = String(data.get('action') ?? 'suivant')
  const sessionToken = String(data.get('session') ?? '')
  const loaded = await loadSession(payload, form.id, sessionToken)

  // A second "Envoyer" of a session already sent (double press): the first one's receipt.
  if (!loaded && action === 'envoyer' && SECURE_TOKEN_PATTERN.test(sessionToken)) {
    const sent = await findSentRequest(payload, sessionSendKey(form.id, sessionToken))
    if (sent) return redirect(formPaths.followUp(sent.followUpToken, true))
  }
  // Without a session, the post must come from this form's page: its signed timestamp.
  const stamp = loaded ? null : readFormStamp(String(data.get('t') ?? ''), form.id)
  const back = backTo(loaded ? formPaths.step(slug, loaded.token, stepIndex) : formPaths.step(slug))
  if (!loaded && !stamp) {
    return refusal(400, 'Envoi refusé', "L'envoi n'a pas pu être vérifié : il ne vient pas de la page de ce formulaire. Revenez au formulaire et recommencez.", back)
  }
  const renew = Boolean(stamp?.renew)
  const session = loaded ?? newSession(stamp && !renew ? new Date(stamp.shownAt) : new Date())
  const fills = action === 'suivant' || action === 'envoyer' || action === SEND_ALL
  const withFiles = carriesFiles(data)
  // The whole form is timed, from its first display: a person may press "Continuer" on step 2 a
  // second after it appears. Sends and stored files wait for the minimum; other actions need not.
  const elapsed = (Date.now() - Date.parse(session.startedAt)) / 1000
  if (!renew && (fills || withFiles) && !(elapsed >= antiAbuseSettings().minFillSeconds)) {
    return refusal(400, 'Envoi trop rapide', 'Le formulaire a été envoyé trop vite pour avoir été rempli par une personne. Revenez au formulaire et vérifiez vos réponses avant de les envoyer.', back)
  }

  const post: StepPost = { payload, slug, form, data, input: rawInputFromFormData(data), ip, session, action, stepIndex, stepCount, schedule }
  const groupAction = /^(ajouter|retirer):([a-z0-9_]+)(?::(\d+))?$/.exec(action)
  if (renew) return renewExpiredPage(post, withFiles, action === SEND_ALL || Boolean(groupAction) || action === 'precedent')
  if (action === PREVIEW) return preview(post)
  if (action === 'envoyer') return send(post)
  if (action === SEND_ALL) {
    const key = String(data.get(SEND_KEY) ?? '')
    return sendAll(post, SECURE_TOKEN_PATTERN.test(key) ? key : null)
  }
  if (groupAction) return groupItem(post, groupAction[1] as 'ajouter' | 'retirer', groupAction[2], Number(groupAction[3]))
  if (action === 'precedent') return previous(post)
  return next(post)
}
