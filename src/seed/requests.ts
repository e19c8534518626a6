import type { Payload } from 'payload'

import { getFieldType } from '../forms/engine'
import { loadPublishedForm, type PublishedForm } from '../forms/loadForm'
import type { BaseFieldConfig } from '../forms/types'
import { newSecureToken } from '../lib/secureToken'
import { legalDueDate } from '../submissions/delays'
import { legalDelayOf, legalSnapshotOf } from '../submissions/implicitDecision'
import { formatReference } from '../submissions/reference'
import { requesterOf } from '../submissions/requester'
import { responseTimings } from '../submissions/stats'
import { forms } from './data/forms'

const FIRST = ['Anne', 'Yann', 'Maëlle', 'Erwan', 'Nolwenn', 'Loïc', 'Gwenaëlle', 'Tristan', 'Soizic', 'Ronan', 'Léa', 'Mathis']
const LAST = ['Le Goff', 'Le Floch', 'Tanguy', 'Guillou', 'Le Gall', 'Morvan', 'Riou', 'Kerbrat', 'Jézéquel', 'Le Bihan', 'Cadiou', 'Quéré']
const DAY = 86_400_000

/** A deterministic pseudo-random sequence, so the demo is the same on every machine. */
function sequence(seed: number) {
  let x = seed
  return () => {
    x = (x * 1103515245 + 12345) % 2147483648
    return x / 2147483648
  }
}

/** A plausible answer from the field's type (files, groups and hidden values: left empty). */
export function sampleValue(field: BaseFieldConfig, i: number): unknown {
  const person = { first: FIRST[i % FIRST.length], last: LAST[(i * 7) % LAST.length], index: i }
  return getFieldType(field.blockType).sample?.(field as never, person) ?? null
}

/** Status paths of the demo, with their weights (out of 100). */
const PATHS: Array<[number, string[]]> = [
  [28, ['recue']],
  [24, ['recue', 'en_cours']],
  [10, ['recue', 'en_cours', 'attente_usager']],
  [28, ['recue', 'en_cours', 'terminee']],
  [5, ['recue', 'en_cours', 'refusee']],
  [5, ['recue', 'classee']],
]

/**
 * About 200 requests over the last six months, spread over forms and statuses, so that agents'
 * lists and the dashboard show something true. Only on an empty submissions collection.
 */
export async function seedDemoRequests(payload: Payload, count = 200, now = new Date()): Promise<number> {
  const { totalDocs } = await payload.count({ collection: 'submissions', overrideAccess: true })
  if (totalDocs > 0) return 0
  const loaded = (await Promise.all(forms.map((f) => loadPublishedForm(payload, f.slug)))).filter((f): f is PublishedForm => f !== null)
  const agents = (await payload.find({ collection: 'users', where: { role: { equals: 'agent' } }, limit: 100, depth: 0, overrideAccess: true })).docs
  const random = sequence(42)
  const dates = Array.from({ length: count }, () => now.getTime() - Math.floor(random() * 180) * DAY - Math.floor(random() * 8) * 3600_000).sort()
  for (let i = 0; i < count; i += 1) {
    const form = loaded[i % loaded.length]
    const answers: Record<string, unknown> = {}
    for (const step of form.definition.steps) {
      for (const field of step.fields) {
        if (!field.name || getFieldType(field.blockType).kind !== 'input' || field.condition?.enabled) continue
        const value = sampleValue(field, i)
        if (value !== null && value !== undefined) answers[field.name] = value
      }
    }
    const createdAt = new Date(dates[i])
    let roll = random() * 100
    const path = PATHS.find(([weight]) => (roll -= weight) < 0)?.[1] ?? ['recue']
    const organisation = typeof form.organisation === 'object' ? form.organisation.id : form.organisation
    const orgAgents = agents.filter((a) => (typeof a.organisation === 'object' ? a.organisation?.id : a.organisation) === organisation)
    const history = path.slice(1).map((to, step) => ({
      at: new Date(Math.min(now.getTime(), createdAt.getTime() + (step + 1) * (1 + Math.floor(random() * 6)) * DAY)).toISOString(),
      byName: orgAgents[0]?.name ?? 'Agent',
      by: orgAgents[0]?.id,
      from: path[step],
      to,
      comment: null,
    }))
    const completeAt = path.length > 1 ? history[0].at : null
    const requester = requesterOf(form.definition, answers)
    const doc = await payload.create({
      collection: 'submissions',
      data: {
        reference: formatReference(createdAt.getFullYear(), i + 1),
        followUpToken: newSecureToken(),
        form: form.id,
        organisation,
        status: path.at(-1)!,
        ...legalSnapshotOf(form),
        requesterName: requester.name,
        requesterEmail: requester.email,
        formVersion: { id: form.id, title: form.title, updatedAt: form.updatedAt, steps: form.definition.steps, appealRoutes: form.appealRoutes ?? null },
        answers,
        assignee: path.length > 1 && orgAgents.length ? orgAgents[i % orgAgents.length].id : undefined,
        completeAt,
        dueDate: completeAt ? legalDueDate(new Date(completeAt), legalDelayOf(form)).toISOString() : null,
        history,
      } as never,
      overrideAccess: true,
      depth: 0,
    })
    // Timestamps in the past: written straight to the database (the operation layer sets "now").
    const timings = responseTimings({ createdAt: createdAt.toISOString(), status: path.at(-1)!, history, dueDate: doc.dueDate })
    await payload.db.updateOne({
      collection: 'submissions',
      id: doc.id,
      data: { createdAt: createdAt.toISOString(), updatedAt: history.at(-1)?.at ?? createdAt.toISOString(), ...timings },
      returning: false,
    })
  }
  return count
}
