/** Plain data shapes of the demo town; the seed turns them into Payload documents. */

export type OrganisationSlug = 'commune' | 'ccas' | 'siaep'

export type DomainSlug =
  | 'etat-civil'
  | 'citoyennete'
  | 'reservation'
  | 'reglementation'
  | 'urbanisme'
  | 'social-solidarite'
  | 'emploi'

export interface OrganisationSeed {
  slug: OrganisationSlug
  name: string
  email: string
  phone: string
  address: string
  /** One line per opening slot, e.g. "Lundi – vendredi : 8 h 30 – 12 h, 13 h 30 – 17 h 30" */
  openingHours: string
}

export interface DomainSeed {
  slug: DomainSlug
  title: string
  description: string
  /** One of the icon names in src/site/icons.ts */
  icon: 'civil' | 'vote' | 'calendar' | 'rules' | 'house' | 'hands' | 'briefcase'
  order: number
  /** Pages of the site shown under the domain's procedures ("Voir aussi"). */
  seeAlso?: Array<{ label: string; href: string }>
}

/** A rich-text body written as paragraphs; a line starting with "## " becomes a heading, "- " a bullet. */
export type PlainBody = string[]

export interface ProcedureSeed {
  slug: string
  title: string
  domain: DomainSlug
  organisation: OrganisationSlug
  /** One or two sentences shown in lists and search results. */
  summary: string
  body: PlainBody
  sections: {
    whoCanApply: string
    /** One document per entry */
    requiredDocuments: string[]
    cost: string
    delay: string
    whereToApply: string
  }
  /** service-public.fr fiche code, e.g. "F1427", when one exists */
  servicePublicCode?: string
  /** External online service (e.g. ANTS) when the procedure is done on another site */
  onlineService?: { label: string; url: string }
  /** Slugs of DocumentSeed entries */
  documents?: string[]
  keywords?: string[]
}

export interface DocumentSeed {
  slug: string
  title: string
  description: string
  domain: DomainSlug
  /** Text of the generated PDF: a title, then fields to fill in ("Nom : ______") and notices. */
  pdf: {
    heading: string
    lines: string[]
  }
}

/** A directory entry of the demo town; positions are [longitude, latitude]. */
interface DirectoryEntrySeed {
  slug: string
  name: string
  description: string
  contact: { email: string; phone: string; website: string | null }
  address: { street: string; postcode: string; commune: string }
  location: [number, number]
  status: 'published' | 'pending'
}

export interface AssociationSeed extends DirectoryEntrySeed {
  category: string
  meetings: Array<{ place: string; schedule: string }>
}

export interface BusinessSeed extends DirectoryEntrySeed {
  sector: string
  siret: string
  openingHours: string
}
