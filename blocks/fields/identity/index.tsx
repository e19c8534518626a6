import type { Block } from 'payload'

import type { BaseFieldConfig, FieldType } from '../../../src/forms/types'
import { readPart, SubInput } from '../address/SubInput'
import { checkDate, numericDateFr } from '../../../src/lib/calendarDate'
import { inputBaseFields } from '../shared/baseFields'
import { cleanText } from '../shared/cleanText'

/** A person's civil identity: civility (optional), names, date and place of birth. */
export type IdentityFieldConfig = BaseFieldConfig

export const CIVILITES = [
  { value: 'madame', label: 'Madame' },
  { value: 'monsieur', label: 'Monsieur' },
  { value: 'non_precise', label: 'Ne se prononce pas' },
] as const

export type Civilite = (typeof CIVILITES)[number]['value']

export interface IdentityValue {
  civilite?: Civilite
  nom: string
  prenoms: string
  /** YYYY-MM-DD */
  dateNaissance: string
  lieuNaissance: string
}

type TextPart = 'nom' | 'prenoms' | 'lieuNaissance'

const MAX_LENGTH = 100

const ORDER: Array<keyof IdentityValue> = ['civilite', 'nom', 'prenoms', 'dateNaissance', 'lieuNaissance']

const MISSING: Record<TextPart | 'dateNaissance', string> = {
  nom: 'Indiquez le nom.',
  prenoms: 'Indiquez le ou les prénoms.',
  dateNaissance: 'Indiquez la date de naissance.',
  lieuNaissance: 'Indiquez le lieu de naissance.',
}

const PART_NAMES: Record<keyof IdentityValue, string> = {
  civilite: 'la civilité',
  nom: 'le nom',
  prenoms: 'les prénoms',
  dateNaissance: 'la date de naissance',
  lieuNaissance: 'le lieu de naissance',
}

export const block: Block = {
  slug: 'identity',
  interfaceName: 'IdentityFieldBlock',
  labels: { singular: 'Identité', plural: 'Identités' },
  fields: [...inputBaseFields({ defaultValue: false })],
}

export const identity: FieldType<IdentityFieldConfig, IdentityValue> = cleanText({
  type: 'identity',
  block,
  kind: 'input',
  sample: (_field, { first, last, index }): IdentityValue => ({ civilite: index % 2 ? 'madame' : 'monsieur', nom: last, prenoms: first, dateNaissance: '1980-05-12', lieuNaissance: 'Vannes' }),
  requester: (_field, value) => ({ name: value && typeof value === 'object' ? [value.prenoms, value.nom].filter(Boolean).join(' ') || null : null }),
  requiredMessage: (field) => `Renseignez les informations de « ${field.label} ».`,
  fieldset: true,
  parse(_field, input, name, ctx) {
    const posted = {
      civilite: readPart(input.get(`${name}.civilite`)),
      nom: readPart(input.get(`${name}.nom`)),
      prenoms: readPart(input.get(`${name}.prenoms`)),
      dateNaissance: readPart(input.get(`${name}.dateNaissance`)),
      lieuNaissance: readPart(input.get(`${name}.lieuNaissance`)),
    }
    if (Object.values(posted).every((v) => !v)) return { ok: true, value: null }
    const errors: Record<string, string> = {}
    const wrong: Array<keyof IdentityValue> = []
    const fail = (part: keyof IdentityValue, message: string) => {
      errors[`${name}.${part}`] = message
      wrong.push(part)
    }
    const civilite = CIVILITES.find((c) => c.value === posted.civilite)?.value
    if (posted.civilite && !civilite) fail('civilite', 'Choisissez une des civilités proposées.')
    for (const part of ['nom', 'prenoms', 'lieuNaissance'] as const) {
      if (!posted[part]) fail(part, MISSING[part])
      else if (posted[part].length > MAX_LENGTH) fail(part, `Saisissez ${MAX_LENGTH} caractères au maximum.`)
    }
    let dateNaissance = ''
    if (!posted.dateNaissance) fail('dateNaissance', MISSING.dateNaissance)
    else {
      const checked = checkDate(posted.dateNaissance, { notInFuture: true }, ctx.today)
      if (checked.ok) dateNaissance = checked.iso
      else fail('dateNaissance', checked.error)
    }
    if (wrong.length) {
      const list = [...new Set(wrong)].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b)).map((p) => PART_NAMES[p])
      const error = `Vérifiez l'identité : ${list.length > 1 ? `${list.slice(0, -1).join(', ')} et ${list.at(-1)}` : list[0]}.`
      return { ok: false, error, errors, value: posted }
    }
    const value: IdentityValue = { nom: posted.nom, prenoms: posted.prenoms, dateNaissance, lieuNaissance: posted.lieuNaissance }
    if (civilite) value.civilite = civilite
    return { ok: true, value }
  },
  display(_field, value) {
    const civilite = value.civilite === 'madame' ? 'Madame ' : value.civilite === 'monsieur' ? 'Monsieur ' : ''
    const ne = value.civilite === 'madame' ? 'née' : value.civilite === 'monsieur' ? 'né' : 'né(e)'
    return [`${civilite}${value.prenoms} ${value.nom}, ${ne} le ${numericDateFr(value.dateNaissance)} à ${value.lieuNaissance}`]
  },
  // The fieldset (FieldShell) carries the overall hint and error; each part has its own.
  Input: ({ field, name, id, value, errors }) => {
    const v = (value && typeof value === 'object' ? value : {}) as Partial<Record<keyof IdentityValue, string>>
    const err = (part: keyof IdentityValue) => errors?.[`${name}.${part}`]
    const required = Boolean(field.required)
    const civiliteError = err('civilite')
    const civiliteErrorId = `${id}-civilite-erreur`
    return (
      // id: the target of the error summary's link for the whole field ("required").
      <div className="field__parts" id={id}>
        <fieldset className="field__part" aria-describedby={civiliteError ? civiliteErrorId : undefined}>
          <legend className="field__label">Civilité (facultatif)</legend>
          {civiliteError ? (
            <p className="field__error" id={civiliteErrorId}>
              <span className="visually-hidden">Erreur : </span>
              {civiliteError}
            </p>
          ) : null}
          <div className="choices choices--inline">
            {CIVILITES.map((c, index) => {
              // The first option carries the part's id, for error-summary links.
              const optionId = index === 0 ? `${id}-civilite` : `${id}-civilite-${index + 1}`
              return (
                <div className="choices__item" key={c.value}>
                  <input
                    type="radio"
                    id={optionId}
                    name={`${name}.civilite`}
                    value={c.value}
                    defaultChecked={v.civilite === c.value}
                    aria-invalid={civiliteError ? true : undefined}
                  />
                  <label htmlFor={optionId}>{c.label}</label>
                </div>
              )
            })}
          </div>
        </fieldset>
        <SubInput fieldId={id} name={name} part="nom" label="Nom"
          value={v.nom} error={err('nom')} required={required} autoComplete="family-name" maxLength={MAX_LENGTH} />
        <SubInput fieldId={id} name={name} part="prenoms" label="Prénoms" hint="Tous les prénoms, dans l'ordre de l'état civil"
          value={v.prenoms} error={err('prenoms')} required={required} autoComplete="given-name" maxLength={MAX_LENGTH} />
        <SubInput fieldId={id} name={name} part="dateNaissance" label="Date de naissance" type="date"
          value={v.dateNaissance} error={err('dateNaissance')} required={required} autoComplete="bday" />
        <SubInput fieldId={id} name={name} part="lieuNaissance" label="Lieu de naissance" hint="Commune, et pays en cas de naissance à l'étranger"
          value={v.lieuNaissance} error={err('lieuNaissance')} required={required} maxLength={MAX_LENGTH} />
      </div>
    )
  },
})
