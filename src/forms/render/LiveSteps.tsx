'use client'

import { useEffect, useRef } from 'react'

/**
 * Progressive enhancement: with JavaScript the steps run in the browser (no page load between
 * them); the last one posts every step at once ("verifier-tout") and the server validates them all
 * from the definition before the "Vérifiez vos réponses" page. Here only "required" is checked,
 * with the server's own messages (data-required); everything else stays the server's job.
 * Without JavaScript nothing of this runs: each step posts and comes back.
 */

const SUMMARY_ID = 'resume-erreurs-etape'

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

    const show = (index: number, focus: boolean) => {
      current = index
      sections.forEach((s, i) => (s.hidden = i !== index))
      if (indicator) indicator.textContent = `Étape ${index + 1} sur ${total}`
      if (stepInput) stepInput.value = String(index + 1)
      if (primary) primary.textContent = index === total - 1 ? 'Vérifier mes réponses' : 'Continuer'
      if (back) back.hidden = index === 0
      form.setAttribute('aria-labelledby', `titre-etape-${index}`)
      document.title = total > 1 ? `${baseTitle} — étape ${index + 1} sur ${total}` : baseTitle
      if (focus) sections[index].querySelector<HTMLElement>('h2')?.focus()
    }

    const validate = (): boolean => {
      const problems: Array<{ id: string; message: string }> = []
      sections[current].querySelectorAll<HTMLElement>('.form-field[data-required]').forEach((field) => {
        if (field.closest('[hidden]') || field.closest('.repeatable')) return
        const message = isEmpty(field) ? field.dataset.required! : null
        setFieldError(field, message)
        if (message) problems.push({ id: field.dataset.inputId!, message })
      })
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

    const onClick = (event: MouseEvent) => {
      const button = (event.target as HTMLElement).closest('button')
      if (!button || !form.contains(button)) return
      if (button === back) {
        event.preventDefault()
        document.querySelectorAll('.error-summary').forEach((s) => s.remove())
        show(Math.max(current - 1, 0), true)
        history.pushState({ etape: current }, '', `?${new URLSearchParams({ ...Object.fromEntries(new URLSearchParams(location.search)), etape: String(current + 1) })}`)
        return
      }
      if (button !== primary && !button.classList.contains('default-submit')) return // group "Ajouter"/"Retirer": server
      event.preventDefault()
      if (!validate()) return
      if (current < total - 1) {
        show(current + 1, true)
        history.pushState({ etape: current }, '', `?${new URLSearchParams({ ...Object.fromEntries(new URLSearchParams(location.search)), etape: String(current + 1) })}`)
        return
      }
      const action = document.createElement('input')
      action.type = 'hidden'
      action.name = 'action'
      action.value = 'verifier-tout'
      form.append(action)
      form.submit() // native post of every step; the server answers with the check page
    }
    const onPop = () => {
      const step = Number(new URLSearchParams(location.search).get('etape') ?? '1') - 1
      if (step >= 0 && step < total) show(step, true)
    }
    form.addEventListener('click', onClick)
    window.addEventListener('popstate', onPop)
    form.dataset.enhanced = 'steps' // tests (and styles) can tell the steps now run in the page
    return () => {
      form.removeEventListener('click', onClick)
      window.removeEventListener('popstate', onPop)
    }
  }, [])
  return <span ref={anchor} hidden data-island="" /> // data-island: this page needs its scripts
}
