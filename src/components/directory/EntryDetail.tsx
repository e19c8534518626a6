import Link from 'next/link'

import { formatSiret } from '../../lib/siret'
import { Breadcrumbs } from '@/components/Breadcrumbs'
import { RichText } from '@/components/RichText'
import { labelOf } from '@/directory/categories'
import { DIRECTORY_KINDS, type DirectoryKind } from '@/directory/kinds'
import type { Association, Business, Media } from '@/payload-types'
import type { DirectoryEntry } from '@/site/directoryQueries'
import { directoryPaths } from '@/site/directoryPaths'

/** The page of one association or business: presentation, contact, address, times, map link. */
export function EntryDetail({ kind, entry, formSlug }: { kind: DirectoryKind; entry: DirectoryEntry; formSlug: string | null }) {
  const { title, categoryField, options, singular } = DIRECTORY_KINDS[kind]
  const category = labelOf(options, (entry as unknown as Record<string, string>)[categoryField])
  const logo = entry.logo && typeof entry.logo === 'object' ? (entry.logo as Media) : null
  const logoUrl = logo?.sizes?.thumbnail?.url ?? logo?.url ?? null
  const { contact, address } = entry
  const hasAddress = Boolean(address?.street || address?.postcode || address?.commune)
  const meetings = kind === 'associations' ? ((entry as Association).meetings ?? []) : []
  const business = kind === 'businesses' ? (entry as Business) : null
  return (
    <article className="directory-entry">
      <Breadcrumbs
        items={[{ label: 'Annuaire', href: directoryPaths.home() }, { label: title, href: directoryPaths.list(kind) }, { label: entry.name }]}
      />
      <div className="directory-entry__head">
        {logoUrl ? <img src={logoUrl} alt={`Logo de ${entry.name}`} width="96" height="96" className="directory-entry__logo" /> : null}
        <div>
          <h1>{entry.name}</h1>
          <p className="lead">
            <Link href={directoryPaths.list(kind, { categorie: (entry as unknown as Record<string, string>)[categoryField] })}>{category}</Link>
          </p>
        </div>
      </div>

      <RichText data={entry.description} />

      <section aria-labelledby="coordonnees" className="practical">
        <h2 id="coordonnees">Coordonnées</h2>
        <div className="organisation">
          {hasAddress ? (
            <address className="pre-line">
              {[address?.street, [address?.postcode, address?.commune].filter(Boolean).join(' ')].filter(Boolean).join('\n')}
            </address>
          ) : null}
          {contact?.phone ? (
            <p>
              Téléphone : <a href={`tel:${contact.phone.replace(/\s/g, '')}`}>{contact.phone}</a>
            </p>
          ) : null}
          {contact?.email ? (
            <p>
              Courriel : <a href={`mailto:${contact.email}`}>{contact.email}</a>
            </p>
          ) : null}
          {contact?.website ? (
            <p>
              Site web :{' '}
              <a href={contact.website} rel="noopener">
                {contact.website.replace(/^https?:\/\//, '')}
                <span className="visually-hidden"> (site externe)</span>
              </a>
            </p>
          ) : null}
          {business?.siret ? <p>SIRET : {formatSiret(business.siret)}</p> : null}
        </div>
        {entry.location ? (
          <p>
            <Link href={directoryPaths.map(kind)}>Voir sur la carte des {kind === 'associations' ? 'associations' : 'entreprises'}</Link>
          </p>
        ) : null}
      </section>

      {meetings.length ? (
        <section aria-labelledby="rencontres">
          <h2 id="rencontres">Lieux et horaires</h2>
          <ul>
            {meetings.map((m) => (
              <li key={m.id ?? m.place}>
                <strong>{m.place}</strong> : {m.schedule}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {business?.openingHours ? (
        <section aria-labelledby="horaires">
          <h2 id="horaires">Jours et heures d&apos;ouverture</h2>
          <p className="pre-line">{business.openingHours}</p>
        </section>
      ) : null}

      {formSlug ? (
        <p className="directory-update">
          Vous êtes responsable de cette {singular} ?{' '}
          <Link href={directoryPaths.proposeForm(formSlug, entry.slug!)}>Mettre à jour cette fiche</Link>
        </p>
      ) : null}
    </article>
  )
}
