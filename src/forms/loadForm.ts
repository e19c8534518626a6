import type { Payload } from 'payload'

import type { Form } from '../payload-types'
import { formatDateFr } from '../lib/formatDateFr'
import { assertKnownFieldTypes, type FormDefinition } from './engine'
import { placesTaken } from '../places/claims'
import { formPool } from '../submissions/capacity'
import { procedureDomainOf } from '../submissions/procedureDomain'
import { cachedForm } from './formCache'
import type { BaseFieldConfig } from './types'

/** `domain`: the domain of the procedure linking the form, stored on each request (agents filter by it). */
export type PublishedForm = Form & { definition: FormDefinition; domain?: number | string | null }

/** The published form with this slug, as the citizen sees it (drafts never). */
export function loadPublishedForm(payload: Payload, slug: string): Promise<PublishedForm | null> {
  return cachedForm(slug, () => readPublishedForm(payload, slug))
}

async function readPublishedForm(payload: Payload, slug: string): Promise<PublishedForm | null> {
  const { docs } = await payload.find({
    collection: 'forms',
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 1, // the organisation (its e-mail receives the notifications)
    overrideAccess: false,
  })
  const form = docs[0]
  if (!form) return null
  const definition = toDefinition(form)
  for (const step of definition.steps) assertKnownFieldTypes(step.fields)
  return { ...form, definition, domain: await procedureDomainOf(payload, form.id) }
}

export function toDefinition(form: Pick<Form, 'steps'>): FormDefinition {
  return {
    steps: (form.steps ?? []).map((step) => ({
      title: step.title,
      fields: step.fields ?? [],
    })),
  }
}

export type Availability = { open: true } | { open: false; reason: string }

/** Whether the form accepts requests now (opening dates, maximum number reached). */
export async function formAvailability(payload: Payload, form: Form, now = new Date()): Promise<Availability> {
  const { opensAt, closesAt, maxSubmissions } = form.availability ?? {}
  if (opensAt && now < new Date(opensAt)) return { open: false, reason: `Ce formulaire ouvrira le ${formatDateFr(opensAt)}.` }
  if (closesAt && now >= new Date(closesAt)) return { open: false, reason: `Ce formulaire est fermé depuis le ${formatDateFr(closesAt)}.` }
  if (maxSubmissions) {
    if ((await placesTaken(payload, formPool(form.id))) >= maxSubmissions) return { open: false, reason: 'Le nombre maximum de demandes pour ce formulaire est atteint.' }
  }
  return { open: true }
}
