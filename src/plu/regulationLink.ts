/** Where a zone's (or prescription's) rule is: a written piece, a page in it, and the published URL if any. */
export interface RegulationLink {
  /** The PDF's file name, as in the archive's Pieces_ecrites (`30014_reglement_20171013.pdf`). */
  file: string | null
  /** 1-based page from `#page=N`, or null. */
  page: number | null
  /** The published address (URLFIC), when it is an http(s) URL. */
  url: string | null
}

function splitFragment(value: string): { path: string; page: number | null } {
  const hash = value.indexOf('#')
  const path = hash < 0 ? value : value.slice(0, hash)
  const match = hash < 0 ? null : /(?:^|&)page=(\d{1,5})(?:&|$)/i.exec(value.slice(hash + 1))
  const page = match ? Number(match[1]) : null
  return { path, page: page && page > 0 ? page : null }
}

function fileNameOf(path: string): string | null {
  const name = path.split(/[/\\]/).pop()?.trim() ?? ''
  if (!name) return null
  try {
    return decodeURIComponent(name)
  } catch {
    return name
  }
}

/**
 * Parses NOMFIC / URLFIC (`30014_reglement_20171013.pdf#page=24`,
 * `https://…/41175_Pezou_PLU.pdf#page=3`) into a file name and page. The page of NOMFIC wins;
 * null when both are empty.
 */
export function parseRegulationLink(nomfic: unknown, urlfic?: unknown): RegulationLink | null {
  const name = typeof nomfic === 'string' ? nomfic.trim() : ''
  const address = typeof urlfic === 'string' ? urlfic.trim() : ''
  if (!name && !address) return null
  const fromName = name ? splitFragment(name) : null
  const fromUrl = address ? splitFragment(address) : null
  const url = /^https?:\/\//i.test(address) ? address : null
  return {
    file: (fromName && fileNameOf(fromName.path)) ?? (fromUrl && fileNameOf(fromUrl.path)) ?? null,
    page: fromName?.page ?? fromUrl?.page ?? null,
    url,
  }
}
