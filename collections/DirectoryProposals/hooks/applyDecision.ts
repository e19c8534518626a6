import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { DIRECTORY_KINDS, type DirectoryKind, isDirectoryKind } from '../../../src/directory/kinds'
import { proposalToEntryInput } from '../../../src/directory/proposalToEntryInput'
import { upsertEntry } from '../../../src/directory/upsertEntry'

type FieldError = { message: string; path: string }

/**
 * The one moderation action: when staff change the decision from "À traiter", approving creates or
 * updates the entry (published) from the proposal as corrected by staff; refusing only records the
 * date. A decided proposal cannot be decided again. The e-mail follows in notifyRequester.
 */
export const applyDecision: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
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
  try {
    const result = await upsertEntry(req.payload, kind, proposalToEntryInput(merged), { status: 'published', slug: merged.targetSlug || null, req })
    data.entry = { relationTo: DIRECTORY_KINDS[kind].collection, value: result.id }
    data.targetSlug = result.slug
  } catch (error) {
    const errors = (error as { data?: { errors?: FieldError[] } }).data?.errors
    if (!Array.isArray(errors)) throw error
    // The entry's field paths are the proposal's, except the category's name for businesses.
    const mapped = errors.map((e) => ({ path: e.path === 'sector' ? 'category' : e.path, message: e.message }))
    throw new ValidationError({ errors: mapped, req })
  }
  return data
}
