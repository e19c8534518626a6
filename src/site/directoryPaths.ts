import { DIRECTORY_KINDS, type DirectoryKind } from '../directory/kinds'

/** Plain GET parameters of a directory list: all optional, all in the address (no JavaScript needed). */
export interface DirectoryParams {
  q?: string
  categorie?: string
  lettre?: string
  page?: number
}

const withQuery = (base: string, params: Record<string, string | number | undefined>) => {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== '' && !(key === 'page' && value === 1)) search.set(key, String(value))
  const query = search.toString()
  return query ? `${base}?${query}` : base
}

/** URLs of the directories, in one place. */
export const directoryPaths = {
  home: () => '/annuaire',
  list: (kind: DirectoryKind, params: DirectoryParams = {}) =>
    withQuery(`/annuaire/${DIRECTORY_KINDS[kind].segment}`, { q: params.q, categorie: params.categorie, lettre: params.lettre, page: params.page }),
  entry: (kind: DirectoryKind, slug: string) => `/annuaire/${DIRECTORY_KINDS[kind].segment}/${encodeURIComponent(slug)}`,
  map: (kind?: DirectoryKind) => withQuery('/annuaire/carte', { annuaire: kind ? DIRECTORY_KINDS[kind].segment : undefined }),
  /** The form of a directory (its slug from directoryFormSlug), naming the entry to update when given. */
  proposeForm: (formSlug: string, entrySlug?: string) => withQuery(`/formulaires/${encodeURIComponent(formSlug)}`, { fiche: entrySlug }),
}
