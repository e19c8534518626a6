import type { Metadata } from 'next'

import { Breadcrumbs } from '@/components/Breadcrumbs'
import type { AnswerJson } from '@/components/plu/answerTypes'
import { PluAnswerView, RegulationLink } from '@/components/plu/PluAnswerView'
import { PluMap } from '@/components/plu/PluMap'
import { inputId } from '@/forms/paths'
import { ZONE_TYPES, type ZoneType } from '@/plu/cnigCodes'
import { sitePayload } from '@/site/payload'
import { answerBody } from '@/urbanism/endpoints'
import { lookup, type LookupField } from '@/urbanism/lookup'
import { pluTileAttribution, pluTileUrl } from '@/urbanism/mapSettings'
import { pluSnapshot, type ZoneView } from '@/urbanism/snapshot'
import { ZONE_COLOURS, ZONE_TYPE_ORDER } from '@/urbanism/zoneColours'

import './plu.css'

export const metadata: Metadata = { title: "Plan local d'urbanisme : zones et règles" }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

const QUESTION = 'Quelle zone pour mon adresse ou ma parcelle ?'

/** The error messages' inputs: the point of a click belongs to the address form. */
const FIELD_INPUT: Record<LookupField, string> = { adresse: 'adresse', section: 'section', numero: 'numero', parcelle: 'section', point: 'adresse' }

/** One line per distinct zone code, with its rule: the accessible list of the map's zones. */
function distinctZones(zones: ZoneView[]): ZoneView[] {
  const seen = new Map<string, ZoneView>()
  for (const z of zones) {
    const key = `${z.label}|${z.longLabel ?? ''}`
    if (!seen.has(key)) seen.set(key, z)
  }
  return [...seen.values()].sort((a, b) => a.label.localeCompare(b.label, 'fr'))
}

export default async function PluPage({ searchParams }: Props) {
  const raw = await searchParams
  const params = { get: (name: string) => (typeof raw[name] === 'string' ? (raw[name] as string).slice(0, 300) : null) }
  const payload = await sitePayload()
  const [snapshot, answer] = await Promise.all([pluSnapshot(payload), lookup(payload, params)])
  const refusal = answer && !answer.ok ? answer : null
  const found = answer && answer.ok ? (answerBody(answer) as AnswerJson) : null
  const errorInput = refusal ? FIELD_INPUT[refusal.field] : null
  const errorOf = (name: string) => (errorInput === name ? refusal!.message : undefined)
  const typed = { adresse: params.get('adresse') ?? '', section: params.get('section') ?? '', numero: params.get('numero') ?? '' }
  const focus = found ? { point: found.point, bbox: (found.parcel as { bbox?: [number, number, number, number] } | null)?.bbox ?? null } : null
  const byType = new Map<ZoneType | 'autre', ZoneView[]>()
  for (const z of distinctZones(snapshot?.zones ?? [])) byType.set(z.type ?? 'autre', [...(byType.get(z.type ?? 'autre') ?? []), z])

  return (
    <>
      <Breadcrumbs items={[{ label: 'Démarches', href: '/demarches' }, { label: 'Urbanisme', href: '/demarches/urbanisme' }, { label: "Plan local d'urbanisme" }]} />
      <h1>Plan local d&apos;urbanisme (PLU)</h1>
      <p className="lead">
        Le PLU découpe la commune en zones : urbaines (U), à urbaniser (AU), agricoles (A) et naturelles (N). Chaque zone a son règlement, qui dit ce que vous pouvez construire.
        {snapshot ? ` Document en vigueur : ${snapshot.idurba}.` : ''}
      </p>
      {!snapshot ? (
        <p className="plu-empty">Le plan local d&apos;urbanisme n&apos;est pas encore publié sur ce portail : renseignez-vous auprès du service urbanisme de la mairie.</p>
      ) : null}

      <section aria-labelledby="plu-question" className="plu-question">
        <h2 id="plu-question">{QUESTION}</h2>
        {refusal ? (
          <div className="error-summary" role="alert" aria-labelledby="plu-erreurs-titre" tabIndex={-1} autoFocus>
            <h3 id="plu-erreurs-titre">Il y a un problème</h3>
            <ul>
              <li>
                <a href={`#${inputId(errorInput!)}`}>{refusal.message}</a>
              </li>
            </ul>
          </div>
        ) : null}
        <div className="plu-forms">
          <form method="get" action="/urbanisme/plu#plu-reponse" className="plu-form" aria-labelledby="plu-par-adresse">
            <h3 id="plu-par-adresse">Par adresse</h3>
            <div className="field">
              <label htmlFor={inputId('adresse')} className="field__label">Adresse dans la commune</label>
              <p className="field__hint" id={`${inputId('adresse')}-aide`}>Numéro et voie, par exemple 12 rue de la Mairie</p>
              {errorOf('adresse') ? <p className="field__error" id={`${inputId('adresse')}-erreur`}><span className="visually-hidden">Erreur : </span>{errorOf('adresse')}</p> : null}
              <input type="text" id={inputId('adresse')} name="adresse" defaultValue={typed.adresse} maxLength={200} autoComplete="street-address"
                aria-describedby={[`${inputId('adresse')}-aide`, errorOf('adresse') ? `${inputId('adresse')}-erreur` : null].filter(Boolean).join(' ')} aria-invalid={errorOf('adresse') ? true : undefined} />
            </div>
            {refusal?.candidates?.length ? (
              <ul className="plu-candidates" aria-label="Adresses possibles">
                {refusal.candidates.map((c) => (
                  <li key={`${c.lon},${c.lat},${c.label}`}>
                    <a href={`/urbanisme/plu?adresse=${encodeURIComponent(c.label)}#plu-reponse`}>{c.label}</a>
                  </li>
                ))}
              </ul>
            ) : null}
            <button type="submit">Chercher la zone</button>
          </form>
          <form method="get" action="/urbanisme/plu#plu-reponse" className="plu-form" aria-labelledby="plu-par-parcelle">
            <h3 id="plu-par-parcelle">Par parcelle cadastrale</h3>
            <p className="field__hint">La section et le numéro figurent sur l&apos;avis de taxe foncière ou sur cadastre.gouv.fr.</p>
            {(['section', 'numero'] as const).map((name) => (
              <div className="field" key={name}>
                <label htmlFor={inputId(name)} className="field__label">{name === 'section' ? 'Section (par exemple AB)' : 'Numéro de parcelle (par exemple 37)'}</label>
                {errorOf(name) ? <p className="field__error" id={`${inputId(name)}-erreur`}><span className="visually-hidden">Erreur : </span>{errorOf(name)}</p> : null}
                <input type="text" id={inputId(name)} name={name} defaultValue={typed[name]} maxLength={10} inputMode={name === 'numero' ? 'numeric' : undefined}
                  className="plu-form__short" aria-describedby={errorOf(name) ? `${inputId(name)}-erreur` : undefined} aria-invalid={errorOf(name) ? true : undefined} />
              </div>
            ))}
            <button type="submit">Chercher la zone</button>
          </form>
        </div>
        {found ? (
          <section id="plu-reponse" aria-labelledby="plu-reponse-titre" className="plu-reponse" tabIndex={-1}>
            <h2 id="plu-reponse-titre" className="visually-hidden">Réponse</h2>
            <PluAnswerView answer={found} headingLevel={3} />
          </section>
        ) : null}
      </section>

      {snapshot ? (
        <>
          <section aria-labelledby="plu-carte">
            <h2 id="plu-carte">Carte des zones</h2>
            <ul className="plu-legend" aria-label="Légende des zones">
              {ZONE_TYPE_ORDER.filter((t) => byType.has(t)).map((t) => (
                <li key={t}>
                  <span className="plu-legend__swatch" style={{ background: ZONE_COLOURS[t].fill, borderColor: ZONE_COLOURS[t].stroke }} aria-hidden="true" />
                  {t} — {ZONE_TYPES[t]} ({ZONE_COLOURS[t].name})
                </li>
              ))}
              <li>
                <span className="plu-legend__swatch plu-legend__swatch--prescription" aria-hidden="true" />
                Prescriptions (violet) et informations (bleu, tirets)
              </li>
            </ul>
            <PluMap
              tileUrl={pluTileUrl()}
              attribution={pluTileAttribution()}
              label="Carte des zones du PLU (complément du formulaire et de la liste)"
              colours={ZONE_COLOURS}
              focus={focus}
            />
          </section>
          <section aria-labelledby="plu-liste">
            <h2 id="plu-liste">Les zones et leur règlement</h2>
            {[...ZONE_TYPE_ORDER, 'autre' as const].filter((t) => byType.has(t)).map((t) => (
              <div key={t} className="plu-zone-list">
                <h3>{t === 'autre' ? 'Autres zones' : `${ZONE_TYPES[t]} (${t})`}</h3>
                <ul>
                  {byType.get(t)!.map((z) => (
                    <li key={z.id}>
                      <strong>{z.label}</strong>
                      {z.longLabel ? ` — ${z.longLabel}` : ''} <RegulationLink regulation={z.regulation} subject={`la zone ${z.label}`} />
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </section>
        </>
      ) : null}
    </>
  )
}
