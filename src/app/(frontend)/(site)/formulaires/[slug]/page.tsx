import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { Breadcrumbs } from '@/components/Breadcrumbs'
import { PriceNotice } from '@/components/PriceNotice'
import { antiAbuseSettings, HONEYPOT_NAME, signedTimestamp, tooLargeMessage } from '@/intake/antiAbuse'
import { getFieldType, hasHolds, loadLive } from '@/forms/engine'
import { SEND_ALL, SEND_KEY } from '@/forms/actions'
import { formAvailability, loadPublishedForm } from '@/forms/loadForm'
import { formPaths } from '@/forms/paths'
import { ErrorSummary } from '@/forms/render/ErrorSummary'
import { Fields } from '@/forms/render/Fields'
import { LiveConditions } from '@/forms/render/LiveConditions'
import { LiveSteps } from '@/forms/render/LiveSteps'
import { loadSession } from '@/forms/sessions'
import type { BaseFieldConfig } from '@/forms/types'
import { sitePayload } from '@/site/payload'

type Props = {
  params: Promise<{ slug: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const payload = await sitePayload()
  const form = await loadPublishedForm(payload, (await params).slug)
  if (!form) return { title: 'Page introuvable' }
  const query = await searchParams
  const session = await loadSession(payload, form.id, one(query.session))
  const step = Math.max(Number(one(query.etape) ?? 1) - 1, 0)
  const prefix = session && Object.keys(session.errors).length ? 'Erreur : ' : ''
  const total = form.definition.steps.length
  return { title: `${prefix}${form.title}${total > 1 ? ` — étape ${Math.min(step + 1, total)} sur ${total}` : ''}` }
}

const needsMultipart = (fields: BaseFieldConfig[]): boolean =>
  fields.some((f) => getFieldType(f.blockType).multipart || (f.fields ? needsMultipart(f.fields) : false))

export default async function FormPage({ params, searchParams }: Props) {
  const { slug } = await params
  const query = await searchParams
  const payload = await sitePayload()
  const form = await loadPublishedForm(payload, slug)
  if (!form) notFound()

  const availability = await formAvailability(payload, form)
  if (!availability.open) {
    return (
      <>
        <Breadcrumbs items={[{ label: 'Démarches', href: '/demarches' }, { label: form.title }]} />
        <h1>{form.title}</h1>
        <div className="notice" role="status">
          <p>
            <strong>Formulaire fermé.</strong> {availability.reason}
          </p>
          <p>Aucune demande ne peut être envoyée pour le moment. Vous pouvez contacter la mairie pour toute question.</p>
        </div>
      </>
    )
  }

  const requestedToken = one(query.session)
  const session = await loadSession(payload, form.id, requestedToken)
  const expired = Boolean(requestedToken) && !session
  const total = form.definition.steps.length
  const stepIndex = Math.min(Math.max((Number.parseInt(one(query.etape) ?? '1', 10) || 1) - 1, 0), total - 1)
  const errors = session?.errors ?? {}
  const values: Record<string, unknown> = { ...(session?.answers ?? {}), ...(session?.shown ?? {}) }
  // Values a field type takes from the page's address (a hidden value: ?equipement=gymnase).
  const addressParams = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    const first = one(value)
    if (first !== undefined) addressParams.set(key, first)
  }
  for (const field of form.definition.steps.flatMap((st) => st.fields)) {
    const prefill = getFieldType(field.blockType).prefill
    if (!prefill || !field.name || values[field.name] !== undefined) continue
    const fromAddress = prefill(field, addressParams)
    if (fromAddress !== undefined) values[field.name] = fromAddress
  }
  const fromReview = one(query.retour) === 'verification'
  // Availability and the like, read at each showing (form pages are never cached: decision 0014).
  const live = await loadLive(form.definition, { payload, now: new Date() })
  // A form that holds something scarce (a slot) posts each step, so the hold is placed when chosen.
  const liveSteps = !fromReview && !hasHolds(form.definition)
  const isLast = stepIndex === total - 1

  return (
    <>
      <Breadcrumbs items={[{ label: 'Démarches', href: '/demarches' }, { label: form.title }]} />
      <h1>{form.title}</h1>
      {expired ? (
        <p className="notice" role="status">
          Votre saisie précédente a expiré (elle est conservée 24 heures). Merci de recommencer.
        </p>
      ) : null}
      {stepIndex === 0 && form.intro ? <p className="lead pre-line">{form.intro}</p> : null}
      {stepIndex === 0 ? <PriceNotice config={form.payment} /> : null}
      <ErrorSummary errors={errors} />
      <form
        method="post"
        action={formPaths.post(slug)}
        encType={form.definition.steps.some((st) => needsMultipart(st.fields)) ? 'multipart/form-data' : undefined}
        noValidate
        className="citizen-form"
        aria-labelledby={`titre-etape-${stepIndex}`}
        data-live-steps={liveSteps ? 'on' : 'off'}
        data-form-title={form.title}
        data-max-bytes={antiAbuseSettings().maxRequestBytes}
        data-too-large={tooLargeMessage()}
        data-total-steps={total}
        data-current-step={stepIndex}
      >
        {/* First submit button = the one Enter triggers: never "Ajouter"/"Retirer" of a group. */}
        <button type="submit" name="action" value={fromReview ? 'verifier' : 'suivant'} className="default-submit" tabIndex={-1} aria-hidden="true">
          Continuer
        </button>
        <div data-error-summary-slot />
        {total > 1 ? (
          <p className="step-indicator" data-step-indicator>
            Étape {stepIndex + 1} sur {total}
          </p>
        ) : null}
        <input type="hidden" name="etape" value={stepIndex + 1} data-step-input />
        <input type="hidden" name="t" value={signedTimestamp(form.id)} />
        {session ? <input type="hidden" name="session" value={session.token} /> : null}
        <div className="honeypot" aria-hidden="true">
          <label htmlFor={HONEYPOT_NAME}>Ne pas remplir ce champ</label>
          <input type="text" id={HONEYPOT_NAME} name={HONEYPOT_NAME} tabIndex={-1} autoComplete="off" />
        </div>
        {/* Every step is in the page: the current one shown; the others keep their answers and let
            the enhancement script run the steps in the browser. */}
        {form.definition.steps.map((formStep, index) => (
          <section key={index} className="form-step" data-step={index} hidden={index !== stepIndex || undefined} aria-labelledby={`titre-etape-${index}`}>
            <h2 id={`titre-etape-${index}`} tabIndex={-1}>
              {formStep.title}
            </h2>
            {index === stepIndex ? <p className="muted">Les champs marqués « (obligatoire) » doivent être remplis.</p> : null}
            <Fields fields={formStep.fields} prefix="" values={values} errors={index === stepIndex ? errors : {}} context={session?.answers ?? {}} live={live} />
          </section>
        ))}
        {!liveSteps ? null : (
          // Filled and shown by LiveSteps (JavaScript): the check step in the page, then one post.
          <section className="form-review" data-review hidden aria-labelledby="titre-verification">
            <h2 id="titre-verification" tabIndex={-1}>
              Vérifiez vos réponses avant d&apos;envoyer votre demande
            </h2>
            <div data-review-list />
            <input type="hidden" name={SEND_KEY} defaultValue="" />
            <h3>Envoyer votre demande</h3>
            <p>En envoyant cette demande, vous certifiez que les informations fournies sont exactes.</p>
            <button type="submit" name="action" value={SEND_ALL}>
              Envoyer ma demande
            </button>
          </section>
        )}
        <LiveConditions context={session?.answers ?? {}} />
        <LiveSteps />
        <div className="form-actions">
          <button type="submit" name="action" value={fromReview ? 'verifier' : 'suivant'} data-primary>
            {fromReview ? 'Enregistrer et revenir au récapitulatif' : isLast ? 'Vérifier mes réponses' : 'Continuer'}
          </button>
          <button type="submit" name="action" value="precedent" className="button--secondary" formNoValidate data-back hidden={stepIndex === 0 || undefined}>
            Étape précédente
          </button>
        </div>
      </form>
    </>
  )
}
