import type { Metadata } from 'next'

import { DirectoryListPage } from '@/components/directory/DirectoryListPage'

export const metadata: Metadata = { title: 'Annuaire : Associations' }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function Page({ searchParams }: Props) {
  return <DirectoryListPage kind="associations" searchParams={await searchParams} intro="Les associations de la commune : sport, culture, solidarité, loisirs et bien d’autres." />
}
