import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { Breadcrumbs } from '@/components/Breadcrumbs'
import { DocumentLink } from '@/components/DocumentLink'
import { RichText } from '@/components/RichText'
import { ServicePublicSource } from '@/components/ServicePublicSource'
import { paths } from '@/site/paths'
import { getDomain, getProcedure } from '@/site/queries'

type Props = { params: Promise<{ domaine: string; demarche: string }> }

async function load(params: Props['params']) {
  const { domaine, demarche } = await params
  const domain = await getDomain(domaine)
  return domain ? getProcedure(domain, demarche) : null
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const procedure = await load(params)
  return procedure ? { title: procedure.title, description: procedure.summary } : { title: 'Page introuvable' }
}

export default async function ProcedurePage({ params }: Props) {
  const procedure = await load(params)
  if (!procedure) notFound()
  const { domain, organisation, sections, documents } = procedure
  const form = procedure.form && typeof procedure.form === 'object' && procedure.form._status === 'published' ? procedure.form : null
  const online = !form && procedure.onlineService?.url ? procedure.onlineService : null
  return (
    <article className="procedure">
      <Breadcrumbs
        items={[
          { label: 'Démarches', href: paths.procedures() },
          { label: domain.title, href: paths.domain(domain.slug!) },
          { label: procedure.title },
        ]}
      />
      <h1>{procedure.title}</h1>
      <p className="lead">{procedure.summary}</p>

      {form ? (
        <div className="cta">
          <a className="button" href={`/formulaires/${form.slug}`}>
            Faire la démarche en ligne
          </a>
          <p className="muted">Formulaire en ligne, accessible 24 h/24. Vous recevrez une référence et un lien de suivi.</p>
        </div>
      ) : null}
      {online ? (
        <div className="cta">
          <a className="button" href={online.url!} rel="noopener">
            Faire la démarche en ligne
            <span className="visually-hidden"> sur {online.label || 'un site externe'} (site externe)</span>
          </a>
          {online.label ? <p className="muted">Service en ligne : {online.label}</p> : null}
        </div>
      ) : null}

      <RichText data={procedure.body} />

      <section aria-labelledby="infos-pratiques" className="practical">
        <h2 id="infos-pratiques">Informations pratiques</h2>
        {sections?.whoCanApply ? (
          <>
            <h3>Qui peut faire la demande ?</h3>
            <p className="pre-line">{sections.whoCanApply}</p>
          </>
        ) : null}
        {sections?.requiredDocuments?.length ? (
          <>
            <h3>Pièces à fournir</h3>
            <ul>
              {sections.requiredDocuments.map((d) => (
                <li key={d.id ?? d.item}>{d.item}</li>
              ))}
            </ul>
          </>
        ) : null}
        {sections?.cost ? (
          <>
            <h3>Coût</h3>
            <p>{sections.cost}</p>
          </>
        ) : null}
        {sections?.delay ? (
          <>
            <h3>Délai</h3>
            <p>{sections.delay}</p>
          </>
        ) : null}
        <h3>Où s&apos;adresser ?</h3>
        {sections?.whereToApply ? <p className="pre-line">{sections.whereToApply}</p> : null}
        <div className="organisation">
          <p>
            <strong>{organisation.name}</strong>
          </p>
          {organisation.address ? <address className="pre-line">{organisation.address}</address> : null}
          {organisation.phone ? (
            <p>
              Téléphone : <a href={`tel:${organisation.phone.replace(/\s/g, '')}`}>{organisation.phone}</a>
            </p>
          ) : null}
          <p>
            Courriel : <a href={`mailto:${organisation.email}`}>{organisation.email}</a>
          </p>
          {organisation.openingHours ? <p className="pre-line">{organisation.openingHours}</p> : null}
        </div>
      </section>

      {documents.length ? (
        <section aria-labelledby="imprimes">
          <h2 id="imprimes">Imprimés à télécharger</h2>
          <ul className="documents">
            {documents.map((doc) => (
              <li key={doc.id}>
                <DocumentLink doc={doc} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <ServicePublicSource procedure={procedure} />
    </article>
  )
}
