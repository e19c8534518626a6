import Link from 'next/link'

import type { DirectoryKind } from '@/directory/kinds'
import { type DirectoryQuery, LETTERS } from '@/site/directoryQueries'
import { directoryPaths } from '@/site/directoryPaths'

/** A–Z links keeping the words and category; the chosen letter is marked aria-current. */
export function LetterFilter({ kind, query }: { kind: DirectoryKind; query: DirectoryQuery }) {
  const href = (lettre?: string) => directoryPaths.list(kind, { q: query.q, categorie: query.category, lettre })
  return (
    <nav aria-label="Filtrer par première lettre" className="letter-filter">
      <ul>
        <li>
          <Link href={href()} aria-current={query.letter ? undefined : 'true'}>
            Toutes
          </Link>
        </li>
        {LETTERS.map((letter) => (
          <li key={letter}>
            <Link href={href(letter)} aria-current={query.letter === letter ? 'true' : undefined} aria-label={`Lettre ${letter}`}>
              {letter}
            </Link>
          </li>
        ))}
        <li>
          <Link href={href('#')} aria-current={query.letter === '#' ? 'true' : undefined} aria-label="Noms commençant par un chiffre ou un signe">
            #
          </Link>
        </li>
      </ul>
    </nav>
  )
}
