import { type Answers, type FormDefinition, getFieldType } from '../forms/engine'
import { stripControlCharacters } from '../lib/controlCharacters'

/**
 * Who made the request, for the agents' list and the acknowledgement: the first name and the first
 * e-mail an answer's field type tells (an identity, an e-mail field), else text fields named nom/prenom.
 */
export function requesterOf(definition: FormDefinition, answers: Answers): { name: string | null; email: string | null } {
  let name: string | null = null
  let email: string | null = null
  const fields = definition.steps.flatMap((s) => s.fields)
  for (const field of fields) {
    const value = field.name ? answers[field.name] : undefined
    if (value === undefined || value === null) continue
    const told = getFieldType(field.blockType).requester?.(field as never, value as never)
    if (!email && told?.email) email = told.email
    if (!name && told?.name) name = told.name
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
