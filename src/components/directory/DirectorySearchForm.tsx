import { DIRECTORY_KINDS, type DirectoryKind } from '@/directory/kinds'
import type { DirectoryQuery } from '@/site/directoryQueries'
import { directoryPaths } from '@/site/directoryPaths'

/** Words and category of a directory list: a plain GET form (works without JavaScript). */
export function DirectorySearchForm({ kind, query }: { kind: DirectoryKind; query: DirectoryQuery }) {
  const { categoryLabel, allCategories, options, singular } = DIRECTORY_KINDS[kind]
  return (
    <form role="search" method="get" action={directoryPaths.list(kind)} className="directory-search" aria-label={`Rechercher une ${singular}`}>
      <div className="directory-search__field">
        <label htmlFor="annuaire-q">Nom ou mot-clé</label>
        <input id="annuaire-q" name="q" type="search" defaultValue={query.q} autoComplete="off" />
      </div>
      <div className="directory-search__field">
        <label htmlFor="annuaire-categorie">{categoryLabel}</label>
        <select id="annuaire-categorie" name="categorie" defaultValue={query.category}>
          <option value="">{allCategories}</option>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      {query.letter ? <input type="hidden" name="lettre" value={query.letter} /> : null}
      <button type="submit">Rechercher</button>
    </form>
  )
}
