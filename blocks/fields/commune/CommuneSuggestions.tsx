'use client'

import { useEffect } from 'react'

/** The address of the suggestions: GET ?q=… → [{ code, label }] (src/endpoints/communes.ts). */
export const COMMUNES_ENDPOINT = '/api/communes'

/**
 * Progressive enhancement of the commune field: as the citizen types (2 characters or more),
 * the input's native suggestion list (datalist) is filled from the official list. Choosing one
 * writes "Lorient (56100)", which the server reads back exactly. Without JavaScript nothing
 * changes: the server finds the commune from the text.
 */
export function CommuneSuggestions({ inputId, listId }: { inputId: string; listId: string }) {
  useEffect(() => {
    const input = document.getElementById(inputId) as HTMLInputElement | null
    const list = document.getElementById(listId)
    if (!input || !list) return
    let timer: ReturnType<typeof setTimeout> | undefined
    let controller: AbortController | undefined
    const suggest = () => {
      const query = input.value.trim()
      if (query.length < 2) return list.replaceChildren()
      controller?.abort()
      controller = new AbortController()
      fetch(`${COMMUNES_ENDPOINT}?q=${encodeURIComponent(query)}`, { signal: controller.signal })
        .then((response) => (response.ok ? response.json() : []))
        .then((found: Array<{ label: string }>) => {
          list.replaceChildren(...found.map((commune) => Object.assign(document.createElement('option'), { value: commune.label })))
        })
        .catch(() => undefined) // typing on: the next request answers
    }
    const onInput = () => {
      clearTimeout(timer)
      timer = setTimeout(suggest, 150)
    }
    input.addEventListener('input', onInput)
    return () => {
      clearTimeout(timer)
      controller?.abort()
      input.removeEventListener('input', onInput)
    }
  }, [inputId, listId])
  return <span hidden data-island="" /> // data-island: this page needs its scripts
}
