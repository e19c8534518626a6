import type { Payload } from 'payload'

import type { Answers } from '../forms/engine'
import { DIRECTORY_KINDS, isDirectoryKind } from './kinds'
import { categoryFromText } from './categories'
import { resolveProposalTarget } from './proposalTarget'

/**
 * Answer names a directory form uses (README, "Annuaires"): any of them may be missing.
 * denomination, categorie | secteur, siret, presentation, courriel_public, telephone, site_web,
 * adresse (postal address block), horaires, rencontres, fiche (hidden: slug of the entry to update).
 */
const text = (answers: Answers, name: string): string | null => {
  const value = answers[name]
  return typeof value === 'string' && value.trim() ? value.trim() : null
}

/**
 * Puts a citizen's directory request into the moderation queue (collection directory-proposals),
 * as a proposal staff can correct before deciding. The entry it would update is resolved here, once
 * (proposalTarget.ts), and shown to staff; approval updates that entry or creates a new one. Called by
 * the submission service once the request is stored.
 */
export async function proposeFromSubmission(
  payload: Payload,
  args: { directory: string; answers: Answers; reference: string; requesterName: string | null; requesterEmail: string | null },
): Promise<void> {
  if (!isDirectoryKind(args.directory)) return
  const kind = args.directory
  const { answers } = args
  const address = (answers.adresse ?? null) as { rue?: string; codePostal?: string; commune?: string } | null
  const rawCategory = text(answers, kind === 'associations' ? 'categorie' : 'secteur') ?? ''
  const name = text(answers, 'denomination') ?? '(sans nom)'
  const siret = text(answers, 'siret')
  const target = await resolveProposalTarget(payload, kind, { name, siret }, text(answers, 'fiche'), args.requesterEmail)
  await payload.create({
    collection: 'directory-proposals',
    data: {
      kind,
      decision: 'pending',
      reference: args.reference,
      requesterName: args.requesterName,
      requesterEmail: args.requesterEmail,
      entry: target.entry as never,
      requesterWarning: target.warning,
      name,
      category: (categoryFromText(DIRECTORY_KINDS[kind].options, rawCategory) ?? 'autre') as never,
      siret,
      description: text(answers, 'presentation'),
      contact: { email: text(answers, 'courriel_public'), phone: text(answers, 'telephone'), website: text(answers, 'site_web') },
      address: { street: address?.rue ?? null, postcode: address?.codePostal ?? null, commune: address?.commune ?? null },
      openingHours: text(answers, 'horaires'),
      meetings: text(answers, 'rencontres'),
    },
    overrideAccess: true,
    depth: 0,
  })
}
