'use client'

import { useEffect, useRef } from 'react'

import { PREVIEW, type PreviewAnswer, SEND_ALL, SEND_KEY } from '../actions'
import { type ReviewStep, reviewFromPage } from './reviewFromPage'
import { priceElements, reviewElements } from './reviewMarkup'

/**
 * Progressive enhancement: with JavaScript the steps run in the browser (no page load between
 * them), then "Vérifiez vos réponses" is shown in the page, read back from the form, with a
 * "Modifier" button per answer; "Envoyer ma demande" posts every step at once ("envoyer-tout") and
 * the server validates them all from the definition before storing (one post: decision 0016).
 * Here only "required" is checked, with the server's own messages (data-required); everything else
 * stays the server's job. Without JavaScript nothing of this runs: each step posts and comes back.
 */

const SUMMARY_ID = 'resume-erreurs-etape'
const CONTROL = 'input:not([type=hidden]), select, textarea'

/** 192 random bits, URL-safe (the server's SECURE_TOKEN_PATTERN). */
const randomKey = () =>
  btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(24))))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')

function isEmpty(field: HTMLElement): boolean {
  if (field.querySelector('ul li')) return false // files already attached
  const controls = Array.from(field.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>('input:not([type=hidden]), select, textarea'))
  return controls.every((c) => {
    if (c instanceof HTMLInputElement && (c.type === 'radio' || c.type === 'checkbox')) return !c.checked
    if (c instanceof HTMLInputElement && c.type === 'file') return (c.files?.length ?? 0) === 0
    return !c.value.trim()
  })
}

function setFieldError(field: HTMLElement, message: string | null) {
  const id = field.dataset.inputId ?? ''
  const errorId = `${id}-erreur`
  const shell = field.querySelector<HTMLElement>('.field')
  let error = document.getElementById(errorId)
  const describedTarget = shell?.tagName === 'FIELDSET' ? shell : (field.querySelector<HTMLElement>(`#${CSS.escape(id)}`) ?? shell)
  if (!message) {
    error?.remove()
    shell?.classList.remove('field--invalid')
    field.querySelectorAll('[aria-invalid]').forEach((c) => c.removeAttribute('aria-invalid'))
    const ids = (describedTarget?.getAttribute('aria-describedby') ?? '').split(' ').filter((x) => x && x !== errorId)
    if (ids.length) describedTarget?.setAttribute('aria-describedby', ids.join(' '))
    else describedTarget?.removeAttribute('aria-describedby')
    return
  }
  if (!error) {
    error = document.createElement('p')
    error.className = 'field__error'
    error.id = errorId
    const label = shell?.querySelector('.field__label')
    const hint = shell?.querySelector('.field__hint')
    ;(hint ?? label)?.after(error)
  }
  error.innerHTML = '<span class="visually-hidden">Erreur : </span>'
  error.append(document.createTextNode(message))
  shell?.classList.add('field--invalid')
  const control = field.querySelector(`#${CSS.escape(id)}`)
  if (control && control.tagName !== 'DIV') control.setAttribute('aria-invalid', 'true')
  const ids = new Set((describedTarget?.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean))
  ids.add(errorId)
  describedTarget?.setAttribute('aria-describedby', [...ids].join(' '))
}

export function LiveSteps() {
  const anchor = useRef<HTMLSpanElement>(null)
  useEffect(() => {
    const form = anchor.current?.closest('form')
    if (!form || form.dataset.liveSteps !== 'on') return
    const sections = Array.from(form.querySelectorAll<HTMLElement>('section[data-step]'))
    const total = sections.length
    const primary = form.querySelector<HTMLButtonElement>('button[data-primary]')
    const back = form.querySelector<HTMLButtonElement>('button[data-back]')
    const indicator = form.querySelector<HTMLElement>('[data-step-indicator]')
    const stepInput = form.querySelector<HTMLInputElement>('input[data-step-input]')
    const slot = form.querySelector<HTMLElement>('[data-error-summary-slot]')
    // The page title is "<form> — étape n sur m — <site>": rebuilt from its parts at each step.
    const formTitle = form.dataset.formTitle ?? ''
    const initialTitle = document.title.replace(/^Erreur : /, '')
    const siteSuffix = formTitle && initialTitle.includes(formTitle) ? initialTitle.slice(initialTitle.indexOf(formTitle) + formTitle.length).replace(/^ — étape \d+ sur \d+/, '') : ''
    const titled = (middle: string) => `${middle}${siteSuffix}`
    let current = Number(form.dataset.currentStep ?? 0)

    const review = form.querySelector<HTMLElement>('[data-review]')
    const reviewSlot = form.querySelector<HTMLElement>('[data-review-list]')
    const actions = form.querySelector<HTMLElement>('.form-actions')
    const sendKey = form.querySelector<HTMLInputElement>(`input[name="${SEND_KEY}"]`)
    let backToReview = false
    let sentAt = 0

    const withStep = (value: string) => `?${new URLSearchParams({ ...Object.fromEntries(new URLSearchParams(location.search)), etape: value })}`

    const show = (index: number, focus: boolean) => {
      current = index
      if (review) review.hidden = true
      if (actions) actions.hidden = false
      if (indicator) indicator.hidden = false
      sections.forEach((s, i) => (s.hidden = i !== index))
      if (indicator) indicator.textContent = `Étape ${index + 1} sur ${total}`
      if (stepInput) stepInput.value = String(index + 1)
      // Nothing is sent before "Envoyer": the step is checked ("Valider"), not saved.
      if (primary) primary.textContent = backToReview ? 'Valider et revenir au récapitulatif' : index === total - 1 ? 'Vérifier mes réponses' : 'Continuer'
      if (back) back.hidden = index === 0 || backToReview
      form.setAttribute('aria-labelledby', `titre-etape-${index}`)
      document.title = titled(total > 1 ? `${formTitle} — étape ${index + 1} sur ${total}` : formTitle)
      if (focus) sections[index].querySelector<HTMLElement>('h2')?.focus()
    }

    /** Required fields left empty in one step, with the server's own message. */
    const missing = (index: number) => {
      const problems: Array<{ field: HTMLElement; id: string; message: string | null }> = []
      sections[index].querySelectorAll<HTMLElement>('.form-field[data-required]').forEach((field) => {
        if (field.closest('[hidden]:not(section[data-step])') || field.closest('.repeatable')) return
        problems.push({ field, id: field.dataset.inputId!, message: isEmpty(field) ? field.dataset.required! : null })
      })
      return problems
    }

    /**
     * Files over the server's limit for one post would be refused before being read (413), with
     * every answer: the citizen is told here instead, on the step holding the last file chosen.
     */
    const tooLarge = () => {
      const inputs = Array.from(form.querySelectorAll<HTMLInputElement>('input[type=file]'))
      const total = inputs.reduce((sum, input) => sum + Array.from(input.files ?? []).reduce((s, f) => s + f.size, 0), 0)
      const limit = Number(form.dataset.maxBytes ?? 0) - 256 * 1024 // room for the other answers
      if (!form.dataset.maxBytes || total <= limit) return null
      const input = inputs.filter((i) => sections[current].contains(i) && i.files?.length).pop()
      const field = input?.closest<HTMLElement>('.form-field')
      return input && field ? { field, id: input.id, message: form.dataset.tooLarge ?? '' } : null
    }

    let sizeErrorOn: HTMLElement | null = null
    const validate = (): boolean => {
      if (sizeErrorOn) setFieldError(sizeErrorOn, null)
      const checked = missing(current)
      for (const { field, message } of checked) setFieldError(field, message)
      const problems = checked.filter((p): p is { field: HTMLElement; id: string; message: string } => Boolean(p.message))
      const size = tooLarge()
      sizeErrorOn = size?.field ?? null
      if (size) {
        setFieldError(size.field, size.message)
        problems.push(size)
      }
      return summarize(problems)
    }

    /** The error summary of the step shown (none when there is no problem): true when there is none. */
    const summarize = (problems: Array<{ id: string; message: string }>): boolean => {
      document.querySelectorAll('.error-summary').forEach((s) => s.remove())
      if (!problems.length) return true
      const summary = document.createElement('div')
      summary.className = 'error-summary'
      summary.id = SUMMARY_ID
      summary.setAttribute('role', 'alert')
      summary.setAttribute('aria-labelledby', `${SUMMARY_ID}-titre`)
      summary.tabIndex = -1
      const title = document.createElement('h2')
      title.id = `${SUMMARY_ID}-titre`
      title.textContent = problems.length > 1 ? `Il y a ${problems.length} problèmes` : 'Il y a un problème'
      const list = document.createElement('ul')
      for (const problem of problems) {
        const item = document.createElement('li')
        const link = document.createElement('a')
        link.href = `#${problem.id}`
        link.textContent = problem.message
        item.append(link)
        list.append(item)
      }
      summary.append(title, list)
      slot?.append(summary)
      document.title = `Erreur : ${document.title.replace(/^Erreur : /, '')}`
      summary.focus()
      return false
    }

    /** Field containers (their input ids) whose file input has files chosen: they are not sent to the preview. */
    const chosenFiles = () =>
      new Set(
        Array.from(form.querySelectorAll<HTMLInputElement>('input[type=file]'))
          .filter((input) => input.files?.length)
          .map((input) => input.closest<HTMLElement>('.form-field')?.dataset.inputId ?? ''),
      )

    /**
     * The server's reading of every answer (decision 0036): the same parse and display as the
     * check page without JavaScript, nothing stored. Null when it cannot be had (offline, a
     * refusal page): the page's own reading is shown then, and the send is checked anyway.
     */
    const fetchPreview = async (): Promise<PreviewAnswer | null> => {
      try {
        const data = new FormData(form)
        for (const input of Array.from(form.querySelectorAll<HTMLInputElement>('input[type=file]'))) data.delete(input.name)
        data.set('action', PREVIEW)
        // A slow network does not hold the citizen: after 8 s the page's own reading is shown.
        // The attribute: `form.action` is the form's "action" buttons (named controls shadow it).
        const response = await fetch(form.getAttribute('action') ?? location.pathname, {
          method: 'POST',
          body: data,
          headers: { Accept: 'application/json' },
          credentials: 'same-origin',
          signal: AbortSignal.timeout(8000),
        })
        if (!response.ok || !response.headers.get('content-type')?.includes('application/json')) return null
        return (await response.json()) as PreviewAnswer
      } catch {
        return null
      }
    }

    /** The server's lines, except for fields with files chosen in the page (not sent): the page lists those. */
    const withChosenFiles = (steps: ReviewStep[], chosen: Set<string>): ReviewStep[] => {
      if (!chosen.size) return steps
      const fromPage = new Map(reviewFromPage(form).flatMap((step) => step.rows.map((row) => [row.inputId, row.lines] as const)))
      return steps.map((step) => ({ ...step, rows: step.rows.map((row) => (chosen.has(row.inputId) ? { ...row, lines: fromPage.get(row.inputId) ?? row.lines } : row)) }))
    }

    let previewing = false
    /** The check page, in the page: every answer as the server reads it, "Modifier" beside each. */
    const showReview = async (mode: 'push' | 'replace' | 'none') => {
      if (previewing) return

      // A change may have made a field of another step required: that step comes back first.
      const incomplete = sections.findIndex((_, i) => missing(i).some((p) => p.message))
      if (incomplete >= 0) {
        backToReview = false
        show(incomplete, false)
        history.replaceState({ etape: incomplete }, '', withStep(String(incomplete + 1)))
        validate()
        return
      }
      if (!review || !reviewSlot) return
      previewing = true
      primary?.setAttribute('aria-busy', 'true')
      const answer = await fetchPreview()
      primary?.removeAttribute('aria-busy')
      previewing = false
      const chosen = chosenFiles()
      const refused = answer?.errors.filter((e) => !chosen.has(e.inputId)) ?? []
      if (refused.length) {
        // The server does not accept an answer (a format the page does not know): back to its step, with its words.
        const step = refused[0].step
        backToReview = false
        show(step, false)
        history.replaceState({ etape: step }, '', withStep(String(step + 1)))
        const problems = refused.filter((e) => e.step === step).map((e) => ({ id: e.inputId, message: e.message }))
        for (const { id, message } of problems) {
          const field = form.querySelector<HTMLElement>(`.form-field[data-input-id="${CSS.escape(id)}"]`)
          if (field) setFieldError(field, message)
        }
        summarize(problems)
        return
      }
      backToReview = false
      sections.forEach((s) => (s.hidden = true))
      if (actions) actions.hidden = true
      if (indicator) indicator.hidden = true
      document.querySelectorAll('.error-summary').forEach((s) => s.remove())
      reviewSlot.replaceChildren(...reviewElements(answer ? withChosenFiles(answer.steps, chosen) : reviewFromPage(form)), ...priceElements(answer?.price))
      // A new key for each check step: pressing "Envoyer" twice sends once, changing an answer
      // after a send (back button) sends a new request (the request's unique send key, src/submissions/submit.ts).
      if (sendKey) sendKey.value = randomKey()
      review.hidden = false
      form.setAttribute('aria-labelledby', 'titre-verification')
      document.title = titled(`Vérifiez vos réponses — ${formTitle}`)
      if (mode === 'push') history.pushState({ etape: 'verification' }, '', withStep('verification'))
      if (mode === 'replace') history.replaceState({ etape: 'verification' }, '', withStep('verification'))
      review.querySelector<HTMLElement>('h2')?.focus()
    }

    const onClick = (event: MouseEvent) => {
      const button = (event.target as HTMLElement).closest('button')
      if (!button || !form.contains(button)) return
      if (button.dataset.edit !== undefined) {
        event.preventDefault()
        backToReview = true
        show(Number(button.dataset.editStep ?? 0), false)
        history.replaceState({ etape: current }, '', withStep(String(current + 1)))
        // The field's first control (a composite field's container or a fieldset cannot take focus).
        const id = button.dataset.edit
        const container = document.getElementById(id) ?? document.getElementById(`${id}-groupe`)
        const control = container?.matches(CONTROL) ? container : container?.querySelector<HTMLElement>(CONTROL)
        ;(control ?? sections[current].querySelector<HTMLElement>('h2'))?.focus()
        return
      }
      if (button === back) {
        event.preventDefault()
        document.querySelectorAll('.error-summary').forEach((s) => s.remove())
        show(Math.max(current - 1, 0), true)
        history.pushState({ etape: current }, '', withStep(String(current + 1)))
        return
      }
      if (button !== primary && !button.classList.contains('default-submit')) return // "Envoyer", group "Ajouter"/"Retirer": native post
      event.preventDefault()
      if (!validate()) return
      if (!backToReview && current < total - 1) {
        show(current + 1, true)
        history.pushState({ etape: current }, '', withStep(String(current + 1)))
        return
      }
      void showReview(backToReview ? 'replace' : 'push')
    }
    const sendButton = review?.querySelector<HTMLButtonElement>(`button[value="${SEND_ALL}"]`)
    const sendLabel = sendButton?.textContent ?? ''
    const sendReady = () => {
      sentAt = 0
      sendButton?.removeAttribute('aria-disabled')
      if (sendButton) sendButton.textContent = sendLabel
    }
    const onSubmit = (event: SubmitEvent) => {
      if (!sendButton || event.submitter !== sendButton) return
      // One request per press: a second press while the first is on its way is ignored (for a
      // while: if the network dropped it, the citizen can press again, with the same key).
      if (Date.now() - sentAt < 15_000) return event.preventDefault()
      sentAt = Date.now()
      sendButton.setAttribute('aria-disabled', 'true')
      sendButton.textContent = 'Envoi en cours…'
      window.setTimeout(sendReady, 15_000)
    }
    const onShow = () => sendReady() // back to this page (browser cache): ready to send again
    const onPop = () => {
      const requested = new URLSearchParams(location.search).get('etape') ?? '1'
      if (requested === 'verification') return void showReview('none')
      const step = Number(requested) - 1
      if (step >= 0 && step < total) show(step, true)
    }
    form.addEventListener('click', onClick)
    form.addEventListener('submit', onSubmit)
    window.addEventListener('popstate', onPop)
    window.addEventListener('pageshow', onShow)
    form.dataset.enhanced = 'steps' // tests (and styles) can tell the steps now run in the page
    return () => {
      form.removeEventListener('click', onClick)
      form.removeEventListener('submit', onSubmit)
      window.removeEventListener('popstate', onPop)
      window.removeEventListener('pageshow', onShow)
    }
  }, [])
  return <span ref={anchor} hidden data-island="" /> // data-island: this page needs its scripts
}
