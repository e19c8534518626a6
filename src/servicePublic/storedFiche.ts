import type { Fiche } from './types'

/** The `servicePublic` group as stored on a procedure. */
export interface StoredFiche {
  /** The code of the imported fiche (not always the procedure's `servicePublicCode`: see the review hook) */
  ficheCode?: string | null
  title?: string | null
  summary?: string | null
  modifiedAt?: string | null
  url?: string | null
  services?: Array<{ serviceId?: string | null; kind?: string | null; title?: string | null; url?: string | null; cerfa?: string | null }> | null
  importedAt?: string | null
}

/** An empty group: what a procedure holds when no fiche was imported for its current code. */
export const EMPTY_FICHE: StoredFiche = { ficheCode: null, title: null, summary: null, modifiedAt: null, url: null, services: [], importedAt: null }

/** The fiche's content, comparable across a round trip through the database (dates, row ids). */
export const comparable = (f: StoredFiche | null | undefined) =>
  JSON.stringify(
    f
      ? [f.ficheCode, f.title, f.summary ?? '', f.modifiedAt ? new Date(f.modifiedAt).toISOString() : null, f.url,
          (f.services ?? []).map((s) => [s.serviceId ?? '', s.kind, s.title, s.url, s.cerfa ?? null])]
      : null,
  )

/** What the importer writes for a parsed fiche. */
export function toStored(fiche: Fiche, importedAt: string): StoredFiche {
  return {
    ficheCode: fiche.code,
    title: fiche.title,
    summary: fiche.summary,
    modifiedAt: fiche.modifiedAt,
    url: fiche.url,
    services: fiche.services.map((s) => ({ serviceId: s.id, kind: s.kind, title: s.title, url: s.url, cerfa: s.cerfa })),
    importedAt,
  }
}
