'use client'
import { useEffect } from 'react'

/**
 * Names for the list controls Payload draws without one (axe: "label", "button-name"): each row's
 * checkbox ("Sélectionner la demande 2026-000123") and the pagination arrows. Set on the DOM, as
 * Payload's table offers no setting for them; rows re-rendered are named again.
 */
export function ListControlLabels() {
  useEffect(() => {
    const root = document.querySelector('.collection-list') ?? document.body
    const name = () => {
      root.querySelectorAll<HTMLTableRowElement>('table tbody tr').forEach((row) => {
        const box = row.querySelector<HTMLInputElement>('input[type="checkbox"]')
        const reference = row.querySelector('a')?.textContent?.trim()
        const label = reference ? `Sélectionner la demande ${reference}` : 'Sélectionner la demande'
        if (box && box.getAttribute('aria-label') !== label) box.setAttribute('aria-label', label)
      })
      const head = root.querySelector<HTMLInputElement>('table thead input[type="checkbox"]')
      if (head && !head.getAttribute('aria-label')) head.setAttribute('aria-label', 'Sélectionner toutes les demandes de la page')
      root.querySelectorAll<HTMLButtonElement>('.clickable-arrow').forEach((arrow) => {
        const label = arrow.classList.contains('clickable-arrow--right') ? 'Page suivante' : 'Page précédente'
        if (arrow.getAttribute('aria-label') !== label) arrow.setAttribute('aria-label', label)
      })
    }
    name()
    const observer = new MutationObserver(name)
    observer.observe(root, { childList: true, subtree: true })
    return () => observer.disconnect()
  }, [])
  return null
}
