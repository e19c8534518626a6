import type { Block } from 'payload'

import type { BaseFieldConfig, FieldType } from '../../../src/forms/types'
import { SubInput } from '../address/SubInput'
import { inputBaseFields } from '../shared/baseFields'
import { cleanText } from '../shared/cleanText'
import { ParcelPicker } from './ParcelPicker'

/**
 * A cadastral parcel of the town, for urbanism forms (déclaration préalable, certificat
 * d'urbanisme). The citizen types the section and the number (printed on the property tax
 * notice); the server checks the parcel exists in the imported cadastre and keeps, with its id,
 * the PLU zones it touches at that moment (decision 0064): the agent reads what applied when
 * the request was sent, whatever PLU is in force later. With JavaScript, « Choisir sur la carte »
 * fills the two inputs from a click on the parcel (ParcelPicker, decision 0065).
 */
export type ParcelleFieldConfig = BaseFieldConfig

export interface ParcelleValue {
  id: string
  commune: string
  section: string
  numero: string
  contenance: number | null
  /** Zones of the PLU in force when sent, with their share of the parcel (0–1), largest first. */
  zones: Array<{ label: string; longLabel: string | null; type: string | null; share: number }>
  /** The PLU (IDURBA) the zones come from; null when none was published. */
  plu: string | null
}

type Part = 'section' | 'numero'
const part = (name: string, p: Part) => `${name}.${p}`
const read = (value: string | undefined, max: number) => (value ?? '').replace(/\s+/g, ' ').trim().slice(0, max)

const isValue = (value: unknown): value is ParcelleValue => Boolean(value && typeof value === 'object' && typeof (value as ParcelleValue).id === 'string' && Array.isArray((value as ParcelleValue).zones))

export const block: Block = {
  slug: 'parcelle',
  interfaceName: 'ParcelleFieldBlock',
  labels: { singular: 'Parcelle cadastrale (PLU)', plural: 'Parcelles cadastrales (PLU)' },
  fields: [...inputBaseFields({ defaultValue: false })],
}

/** "AB 37" (a one-letter section is stored padded: "0A" → "A"). */
export const parcelLabel = (v: { section: string; numero: string }) => `${v.section.replace(/^0/, '')} ${Number(v.numero)}`

export const parcelle: FieldType<ParcelleFieldConfig, ParcelleValue> = cleanText({
  type: 'parcelle',
  block,
  kind: 'input',
  fieldset: true,
  requiredMessage: (field) => `Indiquez la section et le numéro de la parcelle : « ${field.label} ».`,
  sample: (_field, { index }): ParcelleValue => ({
    id: `56890000AB${String((index % 40) + 1).padStart(4, '0')}`,
    commune: '56890',
    section: 'AB',
    numero: String((index % 40) + 1).padStart(4, '0'),
    contenance: 450,
    zones: [{ label: 'Ub', longLabel: 'Zone urbaine pavillonnaire', type: 'U', share: 1 }],
    plu: null,
  }),
  // The cadastre is read here (prepare has the database): parse only takes what was found. It
  // takes nothing, so the JavaScript check step runs it too (else it would read "not answered").
  prepareOnlyReads: true,
  async prepare(_field, name, ctx) {
    const section = read(ctx.input.get(part(name, 'section')), 10)
    const numero = read(ctx.input.get(part(name, 'numero')), 10)
    if (!section && !numero) return
    const { parcelForForm } = await import('../../../src/urbanism/lookup')
    const found = await parcelForForm(ctx.payload, { section, numero })
    if ('ok' in found) {
      const input = found.field === 'section' ? part(name, 'section') : part(name, 'numero')
      ctx.prepared.errors[input] = found.message
      ctx.prepared.errors[name] = found.message
      return
    }
    ctx.prepared.values[name] = { ...found.parcel, zones: found.zones, plu: found.revision } satisfies ParcelleValue
  },
  parse(_field, input, name, ctx) {
    const typed = { section: read(input.get(part(name, 'section')), 10), numero: read(input.get(part(name, 'numero')), 10) }
    const error = ctx.prepareErrors[name]
    if (error) {
      const errors = Object.fromEntries(Object.entries(ctx.prepareErrors).filter(([key]) => key.startsWith(`${name}.`)))
      return { ok: false, error, errors, value: typed }
    }
    const value = ctx.prepared[name]
    if (isValue(value)) return { ok: true, value }
    return { ok: true, value: null }
  },
  display: (_field, value) => [
    `Parcelle ${parcelLabel(value)} (${value.id})${value.contenance ? `, ${value.contenance.toLocaleString('fr-FR')} m²` : ''}`,
    value.zones.length
      ? `Zones du PLU : ${value.zones.map((z) => `${z.label}${z.longLabel ? ` — ${z.longLabel}` : ''}${value.zones.length > 1 ? ` (${Math.round(z.share * 100)} %)` : ''}`).join(' ; ')}`
      : 'Zones du PLU : aucun PLU publié au moment de la demande',
  ],
  Input: ({ field, name, id, value, errors }) => {
    const v = isValue(value) ? { section: value.section.replace(/^0/, ''), numero: String(Number(value.numero)) } : ((value && typeof value === 'object' ? value : {}) as Partial<Record<Part, string>>)
    const required = Boolean(field.required)
    return (
      <div className="field__parts" id={id}>
        <SubInput fieldId={id} name={name} part="section" label="Section" hint="Une ou deux lettres, par exemple AB (avis de taxe foncière, cadastre.gouv.fr)"
          value={v.section} error={errors?.[part(name, 'section')]} required={required} maxLength={10} className="field__part--short" />
        <SubInput fieldId={id} name={name} part="numero" label="Numéro de parcelle" hint="Par exemple 37" value={v.numero}
          error={errors?.[part(name, 'numero')]} required={required} inputMode="numeric" maxLength={10} className="field__part--short" />
        {isValue(value) && value.zones.length ? (
          <p className="field__hint">Zone{value.zones.length > 1 ? 's' : ''} du PLU : {value.zones.map((z) => z.label).join(', ')}.</p>
        ) : null}
        <ParcelPicker fieldId={id} label={field.label ?? 'parcelle'} />
        <p className="field__hint">
          <a href={`/urbanisme/plu`} target="_blank" rel="noopener">Trouver ma parcelle sur la carte du PLU (nouvel onglet)</a>
        </p>
      </div>
    )
  },
})
