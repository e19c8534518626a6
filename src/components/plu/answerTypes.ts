/** A lookup answer as JSON (GET /api/plu/zone): what the page and the map's panel show. */
export interface RegulationJson {
  href: string | null
  file: string | null
  page: number | null
}

export interface OverlayJson {
  id: number | string
  label: string
  codeLabel: string | null
  text: string | null
  regulation: RegulationJson | null
}

export interface AnswerJson {
  point: [number, number] | null
  address: string | null
  parcel: { id: string; section: string; numero: string; contenance: number | null } | null
  zones: Array<{ id: number | string; label: string; longLabel: string | null; type: string | null; typeLabel: string | null; regulation: RegulationJson | null; share: number | null }>
  prescriptions: OverlayJson[]
  information: OverlayJson[]
}
