'use client'

import { useEffect, useRef } from 'react'

import { SEND_ALL } from '../actions'
import { type ReviewStep, reviewFromPage } from './reviewFromPage'

/**
 * Progressive enhancement: with JavaScript the steps run in the browser (no page load between
 * them), then "Vérifiez vos réponses" is shown in the page, read back from the form, with a
 * "Modifier" button per answer; "Envoyer ma demande" posts every step at once ("envoyer-tout") and
 * the server validates them all from the definition before storing (one post: decision 0016).
 * Here only "required" is checked, with the server's own messages (data-required); everything else
 * stays the server's job. Without JavaScript nothing of this runs: each step posts and comes back.
 */

const SUMMARY_ID = 'resume-erreurs-etape'

function reviewElements(steps: ReviewStep[]): HTMLElement[] {
  return steps
    .filter((step) => step.rows.length)
    .map((step) => {
      const section = document.createElement('section')
      section.setAttribute('aria-labelledby', `recap-${step.index}`)
      const title = document.createElement('h3')
      title.id = `recap-${step.index}`
      title.textContent = step.title
      const list = document.createElement('dl')
      list.className = 'summary-list'
      for (const row of step.rows) {
        const line = document.createElement('div')
        line.className = 'summary-list__row'
        const term = document.createElement('dt')
        term.textContent = row.label
        const value = document.createElement('dd')
        if (!row.lines.length) value.innerHTML = '<span class="muted">Non renseigné</span>'
        for (const text of row.lines) {
          const span = document.createElement('span')
          span.className = 'summary-list__line'
          span.textContent = text
          value.append(span)
        }
        const action = document.createElement('dd')
        action.className = 'summary-list__action'
        const edit = document.createElement('button')
        edit.type = 'button'
        edit.className = 'link-button'
        edit.dataset.edit = row.inputId
        edit.dataset.editStep = String(step.index)
        edit.textContent = 'Modifier'
        const which = document.createElement('span')
        which.className = 'visually-hidden'
        which.textContent = ` : ${row.label}`
        edit.append(which)
        action.append(edit)
        line.append(term, value, action)
        list.append(line)
      }
      section.append(title, list)
      return section
    })
}

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
    const baseTitle = document.title.replace(/^Erreur : /, '').replace(/ — étape \d+ sur \d+$/, '')
    let current = Number(form.dataset.currentStep ?? 0)

    const review = form.querySelector<HTMLElement>('[data-review]')
    const reviewSlot = form.querySelector<HTMLElement>('[data-review-list]')
    const actions = form.querySelector<HTMLElement>('.form-actions')
    let backToReview = false
    let sending = false

    const withStep = (value: string) => `?${new URLSearchParams({ ...Object.fromEntries(new URLSearchParams(location.search)), etape: value })}`

    const show = (index: number, focus: boolean) => {
      current = index
      if (review) review.hidden = true
      if (actions) actions.hidden = false
      if (indicator) indicator.hidden = false
      sections.forEach((s, i) => (s.hidden = i !== index))
      if (indicator) indicator.textContent = `Étape ${index + 1} sur ${total}`
      if (stepInput) stepInput.value = String(index + 1)
      if (primary) primary.textContent = backToReview ? 'Enregistrer et revenir au récapitulatif' : index === total - 1 ? 'Vérifier mes réponses' : 'Continuer'
      if (back) back.hidden = index === 0 || backToReview
      form.setAttribute('aria-labelledby', `titre-etape-${index}`)
      document.title = total > 1 ? `${baseTitle} — étape ${index + 1} sur ${total}` : baseTitle
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

    const validate = (): boolean => {
      const checked = missing(current)
      for (const { field, message } of checked) setFieldError(field, message)
      const problems = checked.filter((p): p is { field: HTMLElement; id: string; message: string } => Boolean(p.message))
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

    /** The check page, in the page: every answer read back from the form, "Modifier" beside each. */
    const showReview = (push: boolean) => {
      // A change may have made a field of another step required: that step comes back first.
      const incomplete = sections.findIndex((_, i) => missing(i).some((p) => p.message))
      if (incomplete >= 0) {
        backToReview = false
        show(incomplete, false)
        validate()
        return
      }
      if (!review || !reviewSlot) {
        const action = Object.assign(document.createElement('input'), { type: 'hidden', name: 'action', value: 'verifier-tout' })
        form.append(action)
        form.submit() // no check section in this page: the server's check page
        return
      }
      backToReview = false
      sections.forEach((s) => (s.hidden = true))
      if (actions) actions.hidden = true
      if (indicator) indicator.hidden = true
      document.querySelectorAll('.error-summary').forEach((s) => s.remove())
      reviewSlot.replaceChildren(...reviewElements(reviewFromPage(form)))
      review.hidden = false
      form.setAttribute('aria-labelledby', 'titre-verification')
      document.title = `Vérifiez vos réponses — ${baseTitle}`
      if (push) history.pushState({ etape: 'verification' }, '', withStep('verification'))
      review.querySelector<HTMLElement>('h2')?.focus()
    }

    const onClick = (event: MouseEvent) => {
      const button = (event.target as HTMLElement).closest('button')
      if (!button || !form.contains(button)) return
      if (button.dataset.edit !== undefined) {
        event.preventDefault()
        backToReview = true
        show(Number(button.dataset.editStep ?? 0), false)
        history.pushState({ etape: current }, '', withStep(String(current + 1)))
        const id = button.dataset.edit
        const target = document.getElementById(id) ?? document.getElementById(`${id}-groupe`)?.querySelector<HTMLElement>('input, select, textarea')
        ;(target ?? sections[current].querySelector<HTMLElement>('h2'))?.focus()
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
      showReview(true)
    }
    const onSubmit = (event: SubmitEvent) => {
      // One request per click: a second press while the first is on its way is ignored.
      if ((event.submitter as HTMLButtonElement | null)?.value !== SEND_ALL) return
      if (sending) event.preventDefault()
      sending = true
    }
    const onShow = () => (sending = false)
    const onPop = () => {
      const requested = new URLSearchParams(location.search).get('etape') ?? '1'
      if (requested === 'verification') return showReview(false)
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
