import type { Metadata } from 'next'
import Link from 'next/link'

import { Breadcrumbs } from '@/components/Breadcrumbs'
import { plural } from '@/lib/plural'
import { countDirectory, directoryFormSlug } from '@/site/directoryQueries'
import { directoryPaths } from '@/site/directoryPaths'
import { getSiteSettings } from '@/site/queries'

export const metadata: Metadata = { title: 'Annuaire des associations et des entreprises' }

export default async function DirectoryHomePage() {
  const [associations, businesses, { site }, associationForm, businessForm] = await Promise.all([
    countDirectory('associations'),
    countDirectory('businesses'),
    getSiteSettings(),
    directoryFormSlug('associations'),
    directoryFormSlug('businesses'),
  ])
  return (
    <>
      <Breadcrumbs items={[{ label: 'Annuaire' }]} />
      <h1>Annuaire des associations et des entreprises</h1>
      <p className="lead">Trouvez une association, un commerce ou une entreprise de {site.townName} : coordonnées, horaires, lieux de rencontre.</p>
      <ul className="tiles">
        <li className="tile">
          <h2>
            <Link className="tile__link" href={directoryPaths.list('associations')}>
              Associations
            </Link>
          </h2>
          <p>Sport, culture, solidarité, loisirs…</p>
          <p className="tile__count">{plural(associations, 'association', 'associations')}</p>
        </li>
        <li className="tile">
          <h2>
            <Link className="tile__link" href={directoryPaths.list('businesses')}>
              Entreprises et commerces
            </Link>
          </h2>
          <p>Commerces, artisans, services, restaurants…</p>
          <p className="tile__count">{plural(businesses, 'entreprise', 'entreprises')}</p>
        </li>
      </ul>
      <h2>Autres façons de consulter l&apos;annuaire</h2>
      <ul className="directory-links">
        <li>
          <Link href={directoryPaths.map()}>Carte des associations et des entreprises</Link>
        </li>
        {associationForm ? (
          <li>
            <Link href={directoryPaths.proposeForm(associationForm)}>Référencer ou mettre à jour une association</Link>
          </li>
        ) : null}
        {businessForm ? (
          <li>
            <Link href={directoryPaths.proposeForm(businessForm)}>Référencer ou mettre à jour une entreprise</Link>
          </li>
        ) : null}
      </ul>
    </>
  )
}
