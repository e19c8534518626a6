import type { DirectoryKind } from './kinds'

/**
 * One directory entry as the import and the moderation produce it, before it becomes a Payload
 * document. Empty values mean "not given": on update they leave the stored value as it is.
 */
export interface EntryInput {
  name: string
  /** Category (associations) or sector (businesses), as its stored value */
  category: string
  siret?: string | null
  /** Plain text; each line becomes a paragraph */
  description?: string | null
  contact?: { email?: string | null; phone?: string | null; website?: string | null }
  address?: { street?: string | null; postcode?: string | null; commune?: string | null }
  /** [longitude, latitude] */
  location?: [number, number] | null
  openingHours?: string | null
  meetings?: Array<{ place: string; schedule: string }> | null
}

export type EntryTarget = { kind: DirectoryKind; input: EntryInput; status: 'published' | 'pending' }
