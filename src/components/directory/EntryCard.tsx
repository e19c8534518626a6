import Link from 'next/link'

import { labelOf } from '@/directory/categories'
import { DIRECTORY_KINDS, type DirectoryKind } from '@/directory/kinds'
import { lexicalToPlainText } from '@/lib/lexicalText'
import type { DirectoryEntry } from '@/site/directoryQueries'
import { directoryPaths } from '@/site/directoryPaths'

const excerpt = (text: string, max = 180) => (text.length > max ? `${text.slice(0, max).replace(/\s+\S*$/, '')}…` : text)

/** One entry in a directory list: name (link to its page), category, commune, a short excerpt. */
export function EntryCard({ kind, entry }: { kind: DirectoryKind; entry: DirectoryEntry }) {
  const { categoryField, options } = DIRECTORY_KINDS[kind]
  const category = labelOf(options, (entry as unknown as Record<string, string>)[categoryField])
  const text = excerpt(lexicalToPlainText(entry.description).trim())
  return (
    <li className="card directory-card">
      <h2>
        <Link href={directoryPaths.entry(kind, entry.slug!)}>{entry.name}</Link>
      </h2>
      <p className="directory-card__meta">
        {category}
        {entry.address?.commune ? ` · ${entry.address.commune}` : ''}
      </p>
      {text ? <p>{text}</p> : null}
    </li>
  )
}
