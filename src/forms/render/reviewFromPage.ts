/**
 * "Vérifiez vos réponses" in the browser (JavaScript path): the answers read back from the form
 * page itself — the labels the server rendered and what the citizen typed, chose or attached —
 * so no rule of any field type is repeated here. The server still checks everything on the post.
 */

export interface ReviewRow {
  /** DOM id of the field's control, for "Modifier" */
  inputId: string
  label: string
  lines: string[]
}

export interface ReviewStep {
  index: number
  title: string
  rows: ReviewRow[]
}

import { numericDateFr } from '../../lib/calendarDate'

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement

const textOf = (element: Element | null | undefined): string => {
  if (!element) return ''
  const copy = element.cloneNode(true) as Element
  copy.querySelectorAll('.field__required, .visually-hidden').forEach((e) => e.remove())
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim()
}

const isShown = (element: Element, within: Element): boolean => {
  for (let e: Element | null = element; e && e !== within; e = e.parentElement) if ((e as HTMLElement).hidden) return false
  return true
}

const labelOf = (control: Control): string => textOf(control.labels?.[0])


/** The controls of one field, not those of nested fields (a group's items are read on their own). */
function ownControls(field: HTMLElement): Control[] {
  return Array.from(field.querySelectorAll<Control>('input, select, textarea')).filter(
    (c) =>
      c.closest('.form-field') === field &&
      isShown(c, field) &&
      !(c instanceof HTMLInputElement && ['hidden', 'submit', 'button', 'reset'].includes(c.type)),
  )
}

function valueLines(field: HTMLElement): string[] {
  const controls = ownControls(field)
  const texts = controls.filter((c) => !(c instanceof HTMLInputElement && ['radio', 'checkbox', 'file'].includes(c.type)))
  const boxes = controls.filter((c): c is HTMLInputElement => c instanceof HTMLInputElement && (c.type === 'radio' || c.type === 'checkbox'))
  const files = controls.filter((c): c is HTMLInputElement => c instanceof HTMLInputElement && c.type === 'file')
  // The single checkbox is a yes/no answer (consent); the other boxes are choices.
  if (field.dataset.type === 'checkbox') return boxes.some((b) => b.checked) ? ['Oui'] : []
  const lines = boxes.filter((b) => b.checked).map(labelOf)
  for (const control of texts) {
    let value = control instanceof HTMLSelectElement ? (control.value ? textOf(control.selectedOptions[0]) : '') : control.value.trim()
    if (!value) continue
    if (control instanceof HTMLInputElement && control.type === 'date') value = numericDateFr(value)
    // Several inputs in one field (address, identity): each says what it is.
    const prefix = texts.length > 1 ? `${labelOf(control)} : ` : ''
    const [first, ...more] = value.split(/\r?\n/)
    lines.push(`${prefix}${first}`, ...more)
  }
  const chosen = files.flatMap((input) => Array.from(input.files ?? []).map((f) => f.name))
  if (chosen.length) return [...lines, ...chosen] // new files replace those attached earlier
  // Files attached on an earlier visit, listed by the server beside the file input.
  field.querySelectorAll<HTMLElement>('li[data-attached]').forEach((item) => {
    if (item.closest('.form-field') === field) lines.push(item.dataset.attached ?? '')
  })
  return lines
}

function rowsOf(container: Element): ReviewRow[] {
  const rows: ReviewRow[] = []
  // Only the fields of this container: a group's own fields are read per item, below.
  const owner = (f: Element) => f.parentElement?.closest('.form-field, .repeatable__item, section[data-step]')
  const fields = Array.from(container.querySelectorAll<HTMLElement>('.form-field')).filter((f) => owner(f) === container)
  for (const field of fields) {
    if (!isShown(field, container)) continue
    const label = textOf(field.querySelector('.field__label'))
    if (!label) continue // headings, explanations and hidden values are not answers
    const repeatable = field.querySelector('.repeatable')
    if (repeatable) {
      const lines: string[] = []
      // One line per item, as the server displays a group (blocks/fields/group display):
      // "Enfant 1 — Prénom : Maëlys ; Date de naissance : 21/06/2015".
      repeatable.querySelectorAll<HTMLElement>(':scope > .repeatable__item').forEach((item) => {
        const legend = textOf(item.querySelector('legend'))
        const parts = rowsOf(item)
          .filter((child) => child.lines.length)
          .map((child) => `${child.label} : ${child.lines.join(', ')}`)
        if (parts.length) lines.push(`${legend} — ${parts.join(' ; ')}`)
      })
      rows.push({ inputId: field.dataset.inputId ?? '', label, lines })
      continue
    }
    rows.push({ inputId: field.dataset.inputId ?? '', label, lines: valueLines(field) })
  }
  return rows
}

/** Every visible answer of every step, in order. */
export function reviewFromPage(form: HTMLFormElement): ReviewStep[] {
  return Array.from(form.querySelectorAll<HTMLElement>('section[data-step]')).map((section, index) => ({
    index,
    title: textOf(section.querySelector('h2')),
    rows: rowsOf(section),
  }))
}
