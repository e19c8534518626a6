import type { Payload } from 'payload'

import { type Rate, type ResourceRules, ratesFor, ratesToChoose } from './resourceRules'

/** Who the booking is for, beyond the rate: the association from the directory, the resident's word. */
export interface Eligibility {
  association?: { id: number | string; name: string }
  residentDeclared?: boolean
}

export type EligibilityCheck = { ok: true; eligibility: Eligibility } | { ok: false; input: 'association' | 'habitant'; error: string }

/**
 * The resident rate, when it is cheaper than another one or the resource is for residents only, is
 * attested by the citizen (staff may ask for proof when they confirm). Posted by a box.
 */
export const residentAttestationNeeded = (resource: ResourceRules, rate: Rate): boolean =>
  rate === 'resident' && (resource.audience === 'habitants' || ratesToChoose(resource).length > 1)

/** The association rate names an association of the town's directory (published). */
export const associationNeeded = (rate: Rate): boolean => rate === 'association'

/** The published associations of the directory, by name: what the créneau field offers to choose. */
export async function directoryAssociations(payload: Payload, resource: ResourceRules): Promise<Array<{ id: number | string; name: string }>> {
  if (!ratesFor(resource).includes('association')) return []
  const { docs } = await payload.find({
    collection: 'associations',
    where: { status: { equals: 'published' } },
    select: { name: true },
    sort: 'name',
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return docs.map((d) => ({ id: d.id, name: d.name }))
}

/** Checks what the chosen rate asks of the citizen, from their post. */
export async function checkEligibility(payload: Payload, resource: ResourceRules, rate: Rate, posted: { association: string; habitant: string }): Promise<EligibilityCheck> {
  if (associationNeeded(rate)) {
    const id = posted.association.trim()
    const found = /^[A-Za-z0-9]{1,40}$/.test(id)
      ? (await payload.find({ collection: 'associations', where: { and: [{ id: { equals: id } }, { status: { equals: 'published' } }] }, select: { name: true }, limit: 1, depth: 0, overrideAccess: true })).docs[0]
      : undefined
    if (!found) return { ok: false, input: 'association', error: 'Choisissez votre association dans la liste de l’annuaire de la commune : le tarif association lui est réservé.' }
    return { ok: true, eligibility: { association: { id: found.id, name: found.name } } }
  }
  if (residentAttestationNeeded(resource, rate)) {
    if (posted.habitant !== 'oui') return { ok: false, input: 'habitant', error: 'Cochez l’attestation : le tarif habitant est réservé aux habitants de la commune.' }
    return { ok: true, eligibility: { residentDeclared: true } }
  }
  return { ok: true, eligibility: {} }
}
