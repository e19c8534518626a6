import type { AnswerJson, RegulationJson } from './answerTypes'

/** "Règlement, page 24" linking to the stored PDF at that page. */
export function RegulationLink({ regulation, subject }: { regulation: RegulationJson | null; subject: string }) {
  if (!regulation?.href) return regulation?.file ? <span>Règlement : {regulation.file}{regulation.page ? `, page ${regulation.page}` : ''} (document non publié en ligne)</span> : null
  return (
    <a href={regulation.href} aria-label={`Règlement de ${subject}${regulation.page ? `, page ${regulation.page}` : ''} (PDF)`}>
      Lire le règlement{regulation.page ? `, page ${regulation.page}` : ''} (PDF)
    </a>
  )
}

const parcelLabel = (p: { section: string; numero: string }) => `${p.section.replace(/^0/, '')} ${Number(p.numero)}`

/**
 * The answer to "which zone?": the place asked about, its zones with their rule, the
 * prescriptions and information there. Plain HTML shared by the server page and the map's panel.
 */
export function PluAnswerView({ answer, headingLevel = 2 }: { answer: AnswerJson; headingLevel?: 2 | 3 }) {
  const H = `h${headingLevel}` as 'h2' | 'h3'
  const S = `h${headingLevel + 1}` as 'h3' | 'h4'
  const where = answer.parcel
    ? `Parcelle ${parcelLabel(answer.parcel)} (${answer.parcel.id})${answer.parcel.contenance ? `, ${answer.parcel.contenance.toLocaleString('fr-FR')} m²` : ''}`
    : answer.address
      ? answer.address
      : answer.point
        ? `Point ${answer.point[1].toFixed(5)}, ${answer.point[0].toFixed(5)}`
        : ''
  return (
    <div className="plu-answer">
      <H className="plu-answer__title">{where}</H>
      <S>{answer.zones.length > 1 ? 'Zones du PLU' : 'Zone du PLU'}</S>
      <ul className="plu-answer__zones">
        {answer.zones.map((z) => (
          <li key={z.id} data-zone={z.label}>
            <strong>{z.label}</strong>
            {z.longLabel ? ` — ${z.longLabel}` : ''}
            {z.typeLabel ? <span className="plu-answer__type"> ({z.typeLabel})</span> : null}
            {z.share !== null && answer.zones.length > 1 ? ` : environ ${Math.round(z.share * 100)} % de la parcelle` : ''}
            <br />
            <RegulationLink regulation={z.regulation} subject={`la zone ${z.label}`} />
          </li>
        ))}
      </ul>
      {answer.prescriptions.length ? (
        <>
          <S>Prescriptions</S>
          <ul>
            {answer.prescriptions.map((p) => (
              <li key={p.id}>
                <strong>{p.label}</strong>
                {p.codeLabel && p.codeLabel !== p.label ? ` — ${p.codeLabel}` : ''}
                {p.text ? <> : {p.text}</> : null} <RegulationLink regulation={p.regulation} subject={p.label} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {answer.information.length ? (
        <>
          <S>Informations</S>
          <ul>
            {answer.information.map((p) => (
              <li key={p.id}>
                <strong>{p.label}</strong>
                {p.codeLabel && p.codeLabel !== p.label ? ` — ${p.codeLabel}` : ''}
                {p.text ? <> : {p.text}</> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {!answer.prescriptions.length && !answer.information.length ? <p>Aucune prescription ni information particulière à cet endroit.</p> : null}
    </div>
  )
}
