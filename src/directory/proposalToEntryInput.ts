import type { EntryInput } from './entryInput'
import { parseMeetingLines } from './meetingLines'

type ProposalLike = {
  name?: string | null
  category?: string | null
  siret?: string | null
  description?: string | null
  contact?: { email?: string | null; phone?: string | null; website?: string | null } | null
  address?: { street?: string | null; postcode?: string | null; commune?: string | null } | null
  openingHours?: string | null
  meetings?: string | null
  /** [longitude, latitude], set by staff before approving */
  location?: unknown
}

/** [lng, lat] when both are numbers (an empty point field may come back as null or [null, null]). */
const readPoint = (value: unknown): [number, number] | null => {
  if (!Array.isArray(value) || value.length !== 2) return null
  if (value.some((v) => v === null || v === undefined || v === '')) return null
  const [lng, lat] = value.map(Number)
  return Number.isFinite(lng) && Number.isFinite(lat) ? [lng, lat] : null
}

/** The entry a (possibly corrected) proposal describes. */
export function proposalToEntryInput(proposal: ProposalLike): EntryInput {
  const meetings = parseMeetingLines(proposal.meetings)
  return {
    name: proposal.name ?? '',
    category: proposal.category ?? '',
    siret: proposal.siret ?? null,
    description: proposal.description ?? null,
    contact: { ...(proposal.contact ?? {}) },
    address: { ...(proposal.address ?? {}) },
    openingHours: proposal.openingHours ?? null,
    meetings: meetings.length ? meetings : null,
    location: readPoint(proposal.location),
  }
}
