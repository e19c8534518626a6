import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { EntryDetail } from '@/components/directory/EntryDetail'
import type { DirectoryKind } from '@/directory/kinds'
import { directoryFormSlug, getDirectoryEntry } from '@/site/directoryQueries'

type Props = { params: Promise<{ slug: string }> }

/** The page of one entry of a directory (associations or businesses): its route file names the kind. */
export function entryPage(kind: DirectoryKind) {
  const load = async (params: Props['params']) => getDirectoryEntry(kind, (await params).slug)

  async function generateMetadata({ params }: Props): Promise<Metadata> {
    const entry = await load(params)
    return { title: entry ? entry.name : 'Page introuvable' }
  }

  /** Unknown or pending slugs are answered 404 by src/proxy.ts; notFound() is the safety net. */
  async function Page({ params }: Props) {
    const [entry, formSlug] = await Promise.all([load(params), directoryFormSlug(kind)])
    if (!entry) notFound()
    return <EntryDetail kind={kind} entry={entry} formSlug={formSlug} />
  }

  return { generateMetadata, Page }
}
