import { dateNumericFr } from '../lib/dateTimeNumericFr'
import { cell, headCell, numberCell, table } from './tableStyles'

type Week = { week: string; received: number; closed: number }

// Payload's theme variables: both series stay readable in light and dark modes.
const RECEIVED = 'var(--theme-elevation-800)'
const CLOSED = 'var(--theme-success-500)'
const W = 720
const H = 260
const M = { top: 12, right: 12, bottom: 44, left: 44 }

/** A round upper bound of the scale and its step (1, 2 or 5 × 10ⁿ), about four gridlines. */
export function niceScale(max: number): { top: number; step: number } {
  if (max <= 4) return { top: Math.max(1, max), step: 1 }
  const rough = max / 4
  const power = 10 ** Math.floor(Math.log10(rough))
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power
  return { top: Math.ceil(max / step) * step, step }
}

const dayMonth = (iso: string) => dateNumericFr(`${iso}T12:00:00Z`).slice(0, 5)

function Swatch({ colour }: { colour: string }) {
  return <span aria-hidden="true" style={{ display: 'inline-block', width: '0.9rem', height: '0.9rem', background: colour, borderRadius: '2px', verticalAlign: '-0.1rem', marginRight: '0.35rem' }} />
}

/**
 * Requests received and closed per week: a bar chart with its axes, scale and legend, drawn for
 * the eye only (aria-hidden), followed by its data table, the content for everyone.
 */
export function WeeklyFlowChart({ flow, headingId }: { flow: Week[]; headingId: string }) {
  const { top, step } = niceScale(Math.max(0, ...flow.flatMap((w) => [w.received, w.closed])))
  const plotW = W - M.left - M.right
  const plotH = H - M.top - M.bottom
  const slot = plotW / Math.max(1, flow.length)
  const bar = Math.min(18, (slot - 8) / 2)
  const y = (v: number) => M.top + plotH - (v / top) * plotH
  const ticks = Array.from({ length: Math.round(top / step) + 1 }, (_, i) => i * step)
  return (
    <figure aria-labelledby={headingId} style={{ margin: 0 }}>
      <p className="weekly-legend" style={{ display: 'flex', gap: '1.25rem', margin: '0 0 0.5rem' }}>
        <span>
          <Swatch colour={RECEIVED} />
          Reçues
        </span>
        <span>
          <Swatch colour={CLOSED} />
          Closes
        </span>
      </p>
      <svg aria-hidden="true" focusable="false" viewBox={`0 0 ${W} ${H}`} style={{ width: '100%', maxWidth: `${W}px`, height: 'auto', display: 'block', color: 'var(--theme-text)' }}>
        {ticks.map((t) => (
          <g key={t}>
            <line x1={M.left} x2={W - M.right} y1={y(t)} y2={y(t)} stroke="var(--theme-elevation-150)" strokeWidth={1} />
            <text x={M.left - 6} y={y(t)} dy="0.32em" textAnchor="end" fontSize={12} fill="currentColor">
              {t}
            </text>
          </g>
        ))}
        <line x1={M.left} x2={M.left} y1={M.top} y2={M.top + plotH} stroke="currentColor" strokeWidth={1} />
        <line x1={M.left} x2={W - M.right} y1={M.top + plotH} y2={M.top + plotH} stroke="currentColor" strokeWidth={1} />
        {flow.map((w, i) => {
          const x = M.left + i * slot + (slot - 2 * bar) / 2
          return (
            <g key={w.week}>
              <rect x={x} y={y(w.received)} width={bar} height={M.top + plotH - y(w.received)} fill={RECEIVED} />
              <rect x={x + bar} y={y(w.closed)} width={bar} height={M.top + plotH - y(w.closed)} fill={CLOSED} />
              <text x={M.left + i * slot + slot / 2} y={M.top + plotH + 16} textAnchor="middle" fontSize={11} fill="currentColor">
                {dayMonth(w.week)}
              </text>
            </g>
          )
        })}
        <text x={M.left + plotW / 2} y={H - 6} textAnchor="middle" fontSize={12} fill="currentColor">
          Semaine du (lundi)
        </text>
        <text x={12} y={M.top + plotH / 2} textAnchor="middle" fontSize={12} fill="currentColor" transform={`rotate(-90 12 ${M.top + plotH / 2})`}>
          Demandes
        </text>
      </svg>
      <figcaption style={{ margin: '0.25rem 0 0', color: 'var(--theme-elevation-700)' }}>Le graphique reprend le tableau qui suit.</figcaption>
      <table style={{ ...table, maxWidth: '32rem' }} className="weekly-table">
        <caption style={{ textAlign: 'left', fontWeight: 600, padding: '0.25rem 0' }}>Demandes reçues et closes, par semaine</caption>
        <thead>
          <tr>
            <th scope="col" style={headCell}>
              Semaine du
            </th>
            <th scope="col" style={{ ...headCell, textAlign: 'right' }}>
              Reçues
            </th>
            <th scope="col" style={{ ...headCell, textAlign: 'right' }}>
              Closes
            </th>
          </tr>
        </thead>
        <tbody>
          {flow.map((w) => (
            <tr key={w.week}>
              <th scope="row" style={{ ...cell, fontWeight: 'normal' }}>
                {dateNumericFr(`${w.week}T12:00:00Z`)}
              </th>
              <td style={numberCell}>{w.received}</td>
              <td style={numberCell}>{w.closed}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  )
}
