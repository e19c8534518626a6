import type { Answers, FormDefinition } from '../forms/engine'
import { stripControlCharacters } from '../lib/controlCharacters'

/**
 * Who made the request, for the agents' list and the acknowledgement: the first identity field,
 * else text fields named nom/prenom, and the first e-mail field.
 */
export function requesterOf(definition: FormDefinition, answers: Answers): { name: string | null; email: string | null } {
  let name: string | null = null
  let email: string | null = null
  const fields = definition.steps.flatMap((s) => s.fields)
  for (const field of fields) {
    const value = field.name ? answers[field.name] : undefined
    if (value === undefined || value === null) continue
    if (!email && field.blockType === 'email' && typeof value === 'string') email = value
    if (!name && field.blockType === 'identity' && typeof value === 'object') {
      const v = value as { prenoms?: string; nom?: string }
      name = [v.prenoms, v.nom].filter(Boolean).join(' ') || null
    }
  }
  if (!name) {
    const part = (n: string) => fields.find((f) => f.name === n && typeof answers[n] === 'string')
    const first = part('prenom') ?? part('prenoms')
    const last = part('nom') ?? part('nom_de_famille')
    name = [first && answers[first.name!], last && answers[last.name!]].filter(Boolean).join(' ') || null
  }
  // Listed and exported as is: no control character, whatever the parser let through (decision 0024).
  const clean = (v: string | null) => (v === null ? null : stripControlCharacters(v, { multiline: false }).trim() || null)
  return { name: clean(name), email: clean(email) }
}

/**
 * The form of an address used to find a person (RGPD export): trimmed and lower-cased. Providers
 * treat the local part without case in practice, so `Camille.Martin@Example.fr` is the same person.
 */
export function emailKey(email: string | null | undefined): string | null {
  const key = typeof email === 'string' ? email.normalize('NFC').trim().toLowerCase() : ''
  return key || null
}
