'use client'

import { useEffect } from 'react'

/**
 * Progressive enhancement of linked lists: the second list offers only the group of the first
 * list's choice (other groups disabled and hidden); a second choice of another group is cleared.
 * Without JavaScript every group is shown and the server checks the pair.
 */
export function LinkedListFilter({ firstId, secondId }: { firstId: string; secondId: string }) {
  useEffect(() => {
    const first = document.getElementById(firstId) as HTMLSelectElement | null
    const second = document.getElementById(secondId) as HTMLSelectElement | null
    if (!first || !second) return
    const update = () => {
      for (const group of Array.from(second.querySelectorAll('optgroup'))) {
        const offered = group.label === first.value
        group.disabled = !offered
        group.hidden = !offered
      }
      const chosen = second.selectedOptions[0]
      if (chosen?.parentElement instanceof HTMLOptGroupElement && chosen.parentElement.disabled) second.value = ''
    }
    first.addEventListener('change', update)
    update()
    return () => first.removeEventListener('change', update)
  }, [firstId, secondId])
  return <span hidden data-island="" /> // data-island: this page needs its scripts
}
