import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { checkFieldsBeforeSave } from '../../../src/lib/checkFieldsBeforeSave'
import { DIRECTORY_KINDS, type DirectoryKind, isDirectoryKind } from '../../../src/directory/kinds'
import { proposalToEntryInput } from '../../../src/directory/proposalToEntryInput'
import { createEntry, updateEntry } from '../../../src/directory/upsertEntry'

type FieldError = { message: string; path: string }
type EntryRef = { relationTo?: string; value?: number | string | { id: number | string } | null } | null | undefined

/** The id of the proposal's entry (the relationship may come populated or not). */
const entryId = (ref: EntryRef): number | string | null => {
  const value = ref?.value
  if (value === null || value === undefined) return null
  return typeof value === 'object' ? value.id : value
}

/**
 * The one moderation action: when staff change the decision from "À traiter", approving publishes
 * the proposal as corrected by staff — it updates the entry the proposal names (`entry`, resolved
 * when the request arrived) or, when it names none, creates a new entry under a free slug; nothing is
 * matched here. Refusing only records the date. A decided proposal cannot be decided again.
 *
 * The proposal's own fields are checked first: Payload validates them only after this hook, and an
 * invalid proposal must not leave a published entry behind. The e-mail follows in notifyRequester.
 */
export const applyDecision: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, operation, req }) => {
  if (operation !== 'update') return data
  const before = originalDoc?.decision ?? 'pending'
  const after = data.decision ?? before
  if (before === after) return data
  if (before !== 'pending') {
    throw new ValidationError({ errors: [{ path: 'decision', message: 'Cette proposition a déjà été traitée.' }], req })
  }
  if (after === 'pending') return data
  data.decidedAt = new Date().toISOString()
  if (after === 'rejected') return data

  const merged = { ...originalDoc, ...data }
  if (!isDirectoryKind(merged.kind)) throw new ValidationError({ errors: [{ path: 'kind', message: 'Annuaire inconnu.' }], req })
  const kind: DirectoryKind = merged.kind
  const collectionOfKind = DIRECTORY_KINDS[kind].collection
  const target = entryId(merged.entry)
  if (target !== null && merged.entry?.relationTo !== collectionOfKind) {
    throw new ValidationError({ errors: [{ path: 'entry', message: `La fiche à mettre à jour n'appartient pas à l'annuaire « ${DIRECTORY_KINDS[kind].title} ».` }], req })
  }
  await checkFieldsBeforeSave({ collection, data, originalDoc, operation, req })

  try {
    const input = proposalToEntryInput(merged)
    const result =
      target !== null
        ? await updateEntry(req.payload, kind, target, input, { status: 'published', req })
        : await createEntry(req.payload, kind, input, { status: 'published', req })
    data.entry = { relationTo: collectionOfKind, value: result.id }
  } catch (error) {
    if ((error as Error).name === 'NotFound') {
      throw new ValidationError({ errors: [{ path: 'entry', message: "La fiche à mettre à jour n'existe plus : refusez la demande ou demandez-en une nouvelle." }], req })
    }
    const errors = (error as { data?: { errors?: FieldError[] } }).data?.errors
    if (!Array.isArray(errors)) throw error
    // The entry's field paths are the proposal's, except the category's name for businesses.
    const mapped = errors.map((e) => ({ path: e.path === 'sector' ? 'category' : e.path, message: e.message }))
    throw new ValidationError({ errors: mapped, req })
  }
  return data
}
