import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { EntryDetail } from '@/components/directory/EntryDetail'
import { directoryFormSlug, getDirectoryEntry } from '@/site/directoryQueries'

type Props = { params: Promise<{ slug: string }> }

const load = async (params: Props['params']) => getDirectoryEntry('businesses', (await params).slug)

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const entry = await load(params)
  return { title: entry ? entry.name : 'Page introuvable' }
}

/** Unknown or pending slugs are answered 404 by src/proxy.ts; notFound() is the safety net. */
export default async function Page({ params }: Props) {
  const [entry, formSlug] = await Promise.all([load(params), directoryFormSlug('businesses')])
  if (!entry) notFound()
  return <EntryDetail kind="businesses" entry={entry} formSlug={formSlug} />
}
