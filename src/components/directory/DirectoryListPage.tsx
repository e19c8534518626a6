import Link from 'next/link'

import { Breadcrumbs } from '@/components/Breadcrumbs'
import { labelOf } from '@/directory/categories'
import { DIRECTORY_KINDS, type DirectoryKind } from '@/directory/kinds'
import { plural } from '@/lib/plural'
import { directoryFormSlug, listDirectory, readDirectoryQuery } from '@/site/directoryQueries'
import { directoryPaths } from '@/site/directoryPaths'
import { DirectorySearchForm } from './DirectorySearchForm'
import { EntryCard } from './EntryCard'
import { LetterFilter } from './LetterFilter'
import { Pagination } from './Pagination'

type RawParams = Record<string, string | string[] | undefined>

/** A directory's list page: search, category, letter, results count (announced), pages. */
export async function DirectoryListPage({ kind, searchParams, intro }: { kind: DirectoryKind; searchParams: RawParams; intro: string }) {
  const query = readDirectoryQuery(kind, searchParams)
  const [result, formSlug] = await Promise.all([listDirectory(kind, query), directoryFormSlug(kind)])
  const { title, singular, options } = DIRECTORY_KINDS[kind]
  const filters = [
    result.words.length ? `« ${query.q.trim()} »` : '',
    query.category ? labelOf(options, query.category) : '',
    query.letter ? `lettre ${query.letter}` : '',
  ].filter(Boolean)
  const pageHref = (page: number) => directoryPaths.list(kind, { q: query.q, categorie: query.category, lettre: query.letter, page })
  const pluralWord = kind === 'associations' ? 'associations' : 'entreprises'
  return (
    <>
      <Breadcrumbs items={[{ label: 'Annuaire', href: directoryPaths.home() }, { label: title }]} />
      <h1>{title}</h1>
      <p className="lead">{intro}</p>
      <DirectorySearchForm kind={kind} query={query} />
      <LetterFilter kind={kind} query={query} />
      <p role="status" className="search-summary">
        {plural(result.totalDocs, singular, pluralWord)}
        {filters.length ? ` (${filters.join(', ')})` : ''}
        {result.totalPages > 1 && result.docs.length ? ` — page ${result.page} sur ${result.totalPages}` : ''}
      </p>
      {query.q.trim() && result.words.length === 0 ? <p>Saisissez au moins un mot de deux lettres.</p> : null}
      {result.docs.length ? (
        <ul className="cards directory-list">
          {result.docs.map((entry) => (
            <EntryCard key={entry.id} kind={kind} entry={entry} />
          ))}
        </ul>
      ) : result.totalDocs > 0 ? (
        <p>
          Cette page n&apos;existe pas. <Link href={pageHref(1)}>Revenir à la première page</Link>.
        </p>
      ) : (
        <p>
          Aucun résultat. Essayez un autre mot ou <Link href={directoryPaths.list(kind)}>affichez toute la liste</Link>.
        </p>
      )}
      <Pagination page={result.page} totalPages={result.totalPages} href={pageHref} />
      <ul className="directory-links">
        <li>
          <Link href={directoryPaths.map(kind)}>Voir les {pluralWord} sur une carte</Link>
        </li>
        {formSlug ? (
          <li>
            <Link href={directoryPaths.proposeForm(formSlug)}>Référencer votre {singular} dans l&apos;annuaire</Link>
          </li>
        ) : null}
      </ul>
    </>
  )
}
