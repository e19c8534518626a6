import type { PreviewAnswer } from '../actions'
import type { ReviewStep } from './reviewFromPage'

/** The in-page check step's list: the same markup as the server's check page, "Modifier" as buttons. */
export function reviewElements(steps: ReviewStep[]): HTMLElement[] {
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

/** The amount of a paid démarche under the in-page check step, as the server wrote it (PriceSummary's markup). */
export function priceElements(price: PreviewAnswer['price']): HTMLElement[] {
  if (!price) return []
  const section = document.createElement('section')
  section.className = 'price-summary'
  section.setAttribute('aria-labelledby', 'recap-montant')
  const title = document.createElement('h3')
  title.id = 'recap-montant'
  title.textContent = 'Montant à régler'
  const list = document.createElement('dl')
  list.className = 'summary-list'
  for (const line of price.lines) {
    const row = document.createElement('div')
    row.className = 'summary-list__row'
    const term = document.createElement('dt')
    term.textContent = line.label
    const amount = document.createElement('dd')
    amount.textContent = line.amount
    row.append(term, amount)
    list.append(row)
  }
  const total = document.createElement('p')
  total.className = 'price-summary__total'
  const strong = document.createElement('strong')
  strong.textContent = `Montant à régler : ${price.total}`
  total.append(strong)
  const how = document.createElement('p')
  how.textContent = 'Vous paierez en ligne, par carte bancaire ou prélèvement, après l’envoi de votre demande.'
  section.append(title, list, total, how)
  return [section]
}
