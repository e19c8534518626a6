/** What the portal keeps of one service-public.fr fiche (co-marquage XML), see FORMATS.md. */
export interface FicheService {
  /** Resource identifier, e.g. "R1406" */
  id: string
  kind: 'teleservice' | 'formulaire'
  title: string
  url: string
  /** CERFA number of a form, e.g. "13410*11" */
  cerfa: string | null
}

export interface Fiche {
  /** Publication ID, e.g. "F1427" */
  code: string
  title: string
  summary: string
  /** Last important modification (ISO date-time): the date that drives the review flag */
  modifiedAt: string
  /** Public page of the fiche on service-public.fr */
  url: string
  services: FicheService[]
}

/** One problem found in the input, told to staff in French. */
export interface FicheProblem {
  file: string
  reason: string
}

export type ParseResult = { ok: true; fiche: Fiche } | { ok: false; reason: string }
