import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound, redirect } from 'next/navigation'

import { Breadcrumbs } from '@/components/Breadcrumbs'
import { PriceSummary } from '@/components/PriceSummary'
import { signedTimestamp } from '@/intake/antiAbuse'
import { finalCheck } from '@/forms/engine'
import { formAvailability, loadPublishedForm } from '@/forms/loadForm'
import { formPaths, inputId } from '@/forms/paths'
import { loadSession } from '@/forms/sessions'
import { answerLines } from '@/forms/summary'
import { formPrice, priceProblem } from '@/payment/formPrice'
import { sitePayload } from '@/site/payload'

type Props = {
  params: Promise<{ slug: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export const metadata: Metadata = { title: 'Vérifiez vos réponses' }

/** "Vérifiez vos réponses": every answer with a "Modifier" link, then the final send. */
export default async function ReviewPage({ params, searchParams }: Props) {
  const { slug } = await params
  const token = (await searchParams).session
  const payload = await sitePayload()
  const form = await loadPublishedForm(payload, slug)
  if (!form) notFound()
  const session = await loadSession(payload, form.id, typeof token === 'string' ? token : null)
  if (!session || !(await formAvailability(payload, form)).open) redirect(formPaths.step(slug))
  const check = finalCheck(form.definition, session.answers)
  if (check.firstIncompleteStep !== null) redirect(formPaths.step(slug, session.token, check.firstIncompleteStep))
  // The amount from the answers the server holds, never from the page; one it cannot take back to its field.
  const problem = priceProblem(form, check.clean)
  if (problem) redirect(formPaths.step(slug, session.token, problem.step))
  const price = formPrice(form, check.clean)
  const lines = answerLines(form.definition, check.clean)
  const steps = form.definition.steps
  return (
    <>
      <Breadcrumbs items={[{ label: 'Démarches', href: '/demarches' }, { label: form.title, href: formPaths.step(slug, session.token) }, { label: 'Vérification' }]} />
      <h1>Vérifiez vos réponses avant d&apos;envoyer votre demande</h1>
      <p className="lead">{form.title}</p>
      {steps.map((step, index) => {
        const stepLines = lines.filter((l) => l.step === index)
        if (!stepLines.length) return null
        return (
          <section key={index} aria-labelledby={`recap-${index}`}>
            <h2 id={`recap-${index}`}>{step.title}</h2>
            <dl className="summary-list">
              {stepLines.map((line) => (
                <div key={line.name} className="summary-list__row">
                  <dt>{line.label}</dt>
                  <dd>
                    {line.lines.length ? line.lines.map((text, i) => <span key={i} className="summary-list__line">{text}</span>) : <span className="muted">Non renseigné</span>}
                  </dd>
                  <dd className="summary-list__action">
                    <Link href={`${formPaths.step(slug, session.token, index)}&retour=verification#${inputId(line.name)}`}>
                      Modifier<span className="visually-hidden"> : {line.label}</span>
                    </Link>
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        )
      })}
      <PriceSummary price={price} />
      <form method="post" action={formPaths.post(slug)} className="citizen-form">
        <h2>Envoyer votre demande</h2>
        <p>En envoyant cette demande, vous certifiez que les informations fournies sont exactes.</p>
        <input type="hidden" name="session" value={session.token} />
        <input type="hidden" name="etape" value={steps.length} />
        <input type="hidden" name="t" value={signedTimestamp(form.id, Date.parse(session.startedAt))} />
        <button type="submit" name="action" value="envoyer">
          Envoyer ma demande
        </button>
      </form>
    </>
  )
}
