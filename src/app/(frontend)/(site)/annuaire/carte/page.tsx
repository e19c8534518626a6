import type { Metadata } from 'next'
import Link from 'next/link'

import { Breadcrumbs } from '@/components/Breadcrumbs'
import { DirectoryMap } from '@/components/directory/DirectoryMap'
import { labelOf } from '@/directory/categories'
import { DIRECTORY_KINDS, type DirectoryKind, kindOfSegment } from '@/directory/kinds'
import { DEFAULT_MAP_CENTRE } from '@/directory/mapCentre'
import { plural } from '@/lib/plural'
import { listMapMarkers } from '@/site/directoryQueries'
import { directoryPaths } from '@/site/directoryPaths'
import { getSiteSettings } from '@/site/queries'

export const metadata: Metadata = { title: 'Carte des associations et des entreprises' }

type Props = { searchParams: Promise<{ annuaire?: string | string[] }> }

export default async function DirectoryMapPage({ searchParams }: Props) {
  const raw = (await searchParams).annuaire
  const only = typeof raw === 'string' ? kindOfSegment(raw) : null
  const kinds: DirectoryKind[] = only ? [only] : ['associations', 'businesses']
  const [markers, { site }] = await Promise.all([listMapMarkers(kinds), getSiteSettings()])
  const title = only === 'associations' ? 'Carte des associations' : only === 'businesses' ? 'Carte des entreprises' : 'Carte des associations et des entreprises'
  return (
    <>
      <Breadcrumbs items={[{ label: 'Annuaire', href: directoryPaths.home() }, { label: 'Carte' }]} />
      <h1>{title}</h1>
      <p className="lead">
        La carte complète les listes de l&apos;annuaire, qui donnent les mêmes informations et se parcourent au clavier ou avec un lecteur d&apos;écran :{' '}
        <Link href={directoryPaths.list('associations')}>liste des associations</Link>,{' '}
        <Link href={directoryPaths.list('businesses')}>liste des entreprises</Link>.
      </p>
      <form method="get" action={directoryPaths.map()} className="filter">
        <label htmlFor="carte-annuaire">Afficher</label>
        <select id="carte-annuaire" name="annuaire" defaultValue={only ? DIRECTORY_KINDS[only].segment : ''}>
          <option value="">Associations et entreprises</option>
          <option value="associations">Associations</option>
          <option value="entreprises">Entreprises</option>
        </select>
        <button type="submit">Afficher</button>
      </form>
      <p role="status">{plural(markers.length, 'fiche placée', 'fiches placées')} sur la carte. Sélectionnez un repère pour ouvrir le lien vers sa fiche.</p>
      <DirectoryMap
        label={`${title} (complément de la liste)`}
        tileUrl={site.mapTileUrl ?? ''}
        attribution={site.mapAttribution ?? ''}
        center={DEFAULT_MAP_CENTRE}
        markers={markers.map((m) => ({
          ...m,
          href: directoryPaths.entry(m.kind, m.slug),
          categoryLabel: labelOf(DIRECTORY_KINDS[m.kind].options, m.category),
        }))}
      />
    </>
  )
}
