import type { Payload } from 'payload'

import type { EntryInput } from './entryInput'
import { DIRECTORY_KINDS, type DirectoryKind } from './kinds'
import { findMatchingEntry } from './upsertEntry'

export const REQUESTER_EMAIL_DIFFERS = 'Attention : le courriel du demandeur diffère de celui de la fiche.'
export const TARGET_HAS_NO_EMAIL = "Attention : la fiche n'a pas de courriel, impossible de vérifier que le demandeur en est responsable."

export interface ProposalTarget {
  /** The entry the proposal would update; null: approval creates a new entry */
  entry: { relationTo: 'associations' | 'businesses'; value: number | string } | null
  /** French warning for staff, when the requester may not be the entry's holder */
  warning: string | null
}

const sameEmail = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase()

/**
 * Which entry a new proposal is about, decided once when it is created (never at approval): the
 * entry of the `fiche` slug (hidden answer, set by the "Mettre à jour cette fiche" link — anyone can
 * post it), else (businesses) the one with the same SIRET, else the one with exactly the name's slug.
 * Staff see it on the proposal, with a warning when the requester's e-mail is not the entry's.
 */
export async function resolveProposalTarget(
  payload: Payload,
  kind: DirectoryKind,
  input: Pick<EntryInput, 'name' | 'siret'>,
  ficheSlug: string | null,
  requesterEmail: string | null,
): Promise<ProposalTarget> {
  const found = (await findMatchingEntry(payload, kind, input, ficheSlug)) ?? (ficheSlug ? await findMatchingEntry(payload, kind, input) : null)
  if (!found) return { entry: null, warning: null }
  const entryEmail = (found as { contact?: { email?: string | null } | null }).contact?.email
  const warning = !entryEmail ? TARGET_HAS_NO_EMAIL : requesterEmail && sameEmail(requesterEmail, entryEmail) ? null : REQUESTER_EMAIL_DIFFERS
  return { entry: { relationTo: DIRECTORY_KINDS[kind].collection, value: found.id }, warning }
}
