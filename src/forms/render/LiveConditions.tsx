'use client'

import { useEffect, useRef } from 'react'

import { isFieldVisible } from '../conditions'
import type { FieldCondition } from '../types'

/**
 * Progressive enhancement: shows and hides conditional fields as the citizen answers, with the
 * same isFieldVisible() the server uses. Without JavaScript the server decides after each post.
 * `context` carries the answers of the other steps (conditions may refer to them).
 */
export function LiveConditions({ context }: { context: Record<string, unknown> }) {
  const anchor = useRef<HTMLSpanElement>(null)
  useEffect(() => {
    const form = anchor.current?.closest('form')
    if (!form) return
    // Answers kept by the server count only for fields not in this page: an unticked box posts
    // nothing, and its old value must not keep a field shown.
    const inPage = new Set(Array.from(form.elements, (e) => (e as HTMLInputElement).name?.split('.')[0]).filter(Boolean))
    const kept = Object.fromEntries(Object.entries(context).filter(([key]) => !inPage.has(key)))
    const update = () => {
      const data = new FormData(form)
      const answers: Record<string, unknown> = { ...kept }
      for (const key of new Set(data.keys())) {
        const values = data.getAll(key).filter((v): v is string => typeof v === 'string' && v !== '')
        answers[key] = values.length > 1 ? values : values[0] ?? null
      }
      form.querySelectorAll<HTMLElement>('[data-condition]').forEach((element) => {
        const condition = JSON.parse(element.dataset.condition ?? '{}') as FieldCondition
        element.hidden = !isFieldVisible({ condition }, answers)
      })
    }
    form.addEventListener('change', update)
    form.addEventListener('input', update)
    update()
    return () => {
      form.removeEventListener('change', update)
      form.removeEventListener('input', update)
    }
  }, [context])
  return <span ref={anchor} hidden data-island="" /> // data-island: this page needs its scripts
}
