import type { Procedure } from '../payload-types'
import { formatDateFr } from '../lib/formatDateFr'
import { paths } from '../site/paths'

/**
 * "Pour en savoir plus" on a procedure page: the service-public.fr fiche it cites, with the date
 * of the imported data ("Source : service-public.fr, mis à jour le …") and the official forms.
 */
export function ServicePublicSource({ procedure }: { procedure: Pick<Procedure, 'servicePublicCode' | 'servicePublic'> }) {
  const code = procedure.servicePublicCode
  if (!code) return null
  const fiche = procedure.servicePublic?.importedAt && procedure.servicePublic.ficheCode === code ? procedure.servicePublic : null
  const url = fiche?.url || paths.servicePublic(code)
  const forms = (fiche?.services ?? []).filter((s) => s.kind === 'formulaire' && s.url)
  return (
    <section aria-labelledby="en-savoir-plus" className="service-public">
      <h2 id="en-savoir-plus">Pour en savoir plus</h2>
      <p>
        <a href={url} rel="noopener">
          {fiche?.title ? `${fiche.title} (fiche ${code} sur service-public.fr)` : `Fiche ${code} sur service-public.fr`}
          <span className="visually-hidden"> (site externe)</span>
        </a>
      </p>
      {forms.length ? (
        <>
          <h3>Formulaires officiels</h3>
          <ul>
            {forms.map((f) => (
              <li key={f.id ?? f.url}>
                <a href={f.url!} rel="noopener">
                  {f.title}
                  {f.cerfa ? ` (cerfa n° ${f.cerfa})` : ''}
                  <span className="visually-hidden"> (site externe)</span>
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {fiche?.modifiedAt ? (
        <p className="muted service-public__source">
          Source : <a href={url} rel="noopener">service-public.fr<span className="visually-hidden"> (site externe)</span></a>, mis à jour le{' '}
          <time dateTime={fiche.modifiedAt}>{formatDateFr(fiche.modifiedAt)}</time>
        </p>
      ) : null}
    </section>
  )
}
