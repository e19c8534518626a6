import type { Block } from 'payload'

import type { BaseFieldConfig, FieldType } from '../../../src/forms/types'
import { POSTAL_CODE_ERROR, readPostalCode } from '../../../src/lib/postalCode'
import { inputBaseFields } from '../shared/baseFields'
import { readPart, SubInput } from './SubInput'
import { cleanText } from '../shared/cleanText'

/** A postal address in France: street, optional complement, postal code, commune. */
export type AddressFieldConfig = BaseFieldConfig

export interface AddressValue {
  rue: string
  complement?: string
  codePostal: string
  commune: string
}

type Part = keyof AddressValue

const MAX_LENGTH: Record<Part, number> = { rue: 200, complement: 200, codePostal: 5, commune: 100 }

const MISSING: Record<Exclude<Part, 'complement'>, string> = {
  rue: 'Indiquez le numéro et le nom de la voie.',
  codePostal: 'Indiquez le code postal.',
  commune: 'Indiquez la commune.',
}

const PART_NAMES: Record<Part, string> = { rue: 'la voie', complement: 'le complément', codePostal: 'le code postal', commune: 'la commune' }

export const block: Block = {
  slug: 'address',
  interfaceName: 'AddressFieldBlock',
  labels: { singular: 'Adresse postale', plural: 'Adresses postales' },
  fields: [...inputBaseFields({ defaultValue: false })],
}

export const address: FieldType<AddressFieldConfig, AddressValue> = cleanText({
  type: 'address',
  block,
  kind: 'input',
  sample: (_field, { index }): AddressValue => ({ rue: `${(index % 40) + 1} rue des Lilas`, codePostal: '56890', commune: 'Kerlann' }),
  requiredMessage: (field) => `Indiquez l'adresse : « ${field.label} ».`,
  fieldset: true,
  parse(_field, input, name) {
    const posted = {
      rue: readPart(input.get(`${name}.rue`)),
      complement: readPart(input.get(`${name}.complement`)),
      codePostal: readPart(input.get(`${name}.codePostal`)),
      commune: readPart(input.get(`${name}.commune`)),
    }
    if (!posted.rue && !posted.complement && !posted.codePostal && !posted.commune) return { ok: true, value: null }
    const errors: Record<string, string> = {}
    const wrong: Part[] = []
    for (const part of ['rue', 'codePostal', 'commune'] as const) {
      if (!posted[part]) {
        errors[`${name}.${part}`] = MISSING[part]
        wrong.push(part)
      }
    }
    const codePostal = posted.codePostal ? readPostalCode(posted.codePostal) : null
    if (posted.codePostal && !codePostal) {
      errors[`${name}.codePostal`] = POSTAL_CODE_ERROR
      wrong.push('codePostal')
    }
    for (const part of ['rue', 'complement', 'commune'] as const) {
      if (posted[part].length > MAX_LENGTH[part]) {
        errors[`${name}.${part}`] = `Saisissez ${MAX_LENGTH[part]} caractères au maximum.`
        wrong.push(part)
      }
    }
    if (wrong.length) {
      const list = wrong.map((p) => PART_NAMES[p])
      const error = `Vérifiez l'adresse : ${list.length > 1 ? `${list.slice(0, -1).join(', ')} et ${list.at(-1)}` : list[0]}.`
      return { ok: false, error, errors, value: posted }
    }
    const value: AddressValue = { rue: posted.rue, codePostal: codePostal!, commune: posted.commune }
    if (posted.complement) value.complement = posted.complement
    return { ok: true, value }
  },
  display: (_field, value) => [[value.rue, value.complement, `${value.codePostal} ${value.commune}`].filter(Boolean).join(', ')],
  // The fieldset (FieldShell) carries the overall hint and error; each part has its own.
  Input: ({ field, name, id, value, errors }) => {
    const v = (value && typeof value === 'object' ? value : {}) as Partial<AddressValue>
    const err = (part: Part) => errors?.[`${name}.${part}`]
    const required = Boolean(field.required)
    return (
      // id: the target of the error summary's link for the whole field ("required").
      <div className="field__parts" id={id}>
        <SubInput fieldId={id} name={name} part="rue" label="Numéro et voie" hint="Par exemple : 12 rue des Lilas"
          value={v.rue} error={err('rue')} required={required} autoComplete="address-line1" maxLength={MAX_LENGTH.rue} />
        <SubInput fieldId={id} name={name} part="complement" label="Complément d'adresse (facultatif)"
          hint="Bâtiment, appartement, lieu-dit…" value={v.complement} error={err('complement')}
          autoComplete="address-line2" maxLength={MAX_LENGTH.complement} />
        <SubInput fieldId={id} name={name} part="codePostal" label="Code postal" value={v.codePostal} error={err('codePostal')}
          required={required} autoComplete="postal-code" inputMode="numeric" maxLength={6} className="field__part--short" />
        <SubInput fieldId={id} name={name} part="commune" label="Commune" value={v.commune} error={err('commune')}
          required={required} autoComplete="address-level2" maxLength={MAX_LENGTH.commune} />
      </div>
    )
  },
})
