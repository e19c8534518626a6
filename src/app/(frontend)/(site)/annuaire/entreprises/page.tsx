import type { Metadata } from 'next'

import { DirectoryListPage } from '@/components/directory/DirectoryListPage'

export const metadata: Metadata = { title: 'Annuaire : Entreprises et commerces' }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function Page({ searchParams }: Props) {
  return <DirectoryListPage kind="businesses" searchParams={await searchParams} intro="Les commerces, artisans, entreprises et services installés sur la commune." />
}
