import type { Block } from 'payload'

import { describedBy } from '../../../src/forms/render/FieldShell'
import type { BaseFieldConfig, FieldType } from '../../../src/forms/types'
import { type Commune, communeByCode, communeLabel, findCommunes, normaliseName } from '../../../src/lib/communes'
import { inputBaseFields } from '../shared/baseFields'
import { cleanText } from '../shared/cleanText'
import { CommuneSuggestions } from './CommuneSuggestions'

/**
 * A French commune, kept with its INSEE code. The citizen types a name or a postal code; with
 * JavaScript, suggestions come from the official list as they type (CommuneSuggestions); without,
 * the server finds the commune, or lists the ones the text may mean to choose from.
 */
export type CommuneFieldConfig = BaseFieldConfig

export interface CommuneValue {
  code: string
  nom: string
  codePostal?: string | null
}

/** Shown back when the text means several communes: what was typed and the ones to choose from. */
interface Ambiguous {
  typed: string
  candidates: Array<{ code: string; label: string }>
}

export const chosenName = (name: string) => `${name}.code`

const CANDIDATES_SHOWN = 20

/** "Saint-Denis" or "Saint-Denis (93200)" names the commune Saint-Denis. */
const namesCommune = (typed: string, commune: Commune) => normaliseName(typed.replace(/\s*\(\d{5}\)$/, '')) === normaliseName(commune.nom)

const valueOf = (commune: Commune, postalCode?: string | null): CommuneValue => ({
  code: commune.code,
  nom: commune.nom,
  codePostal: postalCode ?? (commune.codesPostaux.length === 1 ? commune.codesPostaux[0] : null),
})

export const block: Block = {
  slug: 'commune',
  interfaceName: 'CommuneFieldBlock',
  labels: { singular: 'Commune (code INSEE)', plural: 'Communes (code INSEE)' },
  fields: [...inputBaseFields({ defaultValue: false })],
}

export const commune: FieldType<CommuneFieldConfig, CommuneValue> = cleanText({
  type: 'commune',
  block,
  kind: 'input',
  closedValue: true,
  sample: () => ({ code: '56121', nom: 'Lorient', codePostal: '56100' }),
  async parse(_field, input, name) {
    const typed = (input.get(name) ?? '').replace(/\s+/g, ' ').trim().slice(0, 120)
    const chosen = (input.get(chosenName(name)) ?? '').trim()
    // A code chosen in the list, or kept with the commune already found: taken while the text
    // still names that commune (the citizen may have typed another one since).
    if (chosen) {
      const found = await communeByCode(chosen)
      if (found && (!typed || namesCommune(typed, found))) return { ok: true, value: valueOf(found, /\((\d{5})\)$/.exec(typed)?.[1]) }
    }
    if (!typed) return { ok: true, value: null }
    const postalCode = /\((\d{5})\)$/.exec(typed)?.[1] ?? (/^\d{5}$/.test(typed) ? typed : null)
    const found = await findCommunes(typed, CANDIDATES_SHOWN + 1)
    if (found.length === 1) return { ok: true, value: valueOf(found[0], postalCode) }
    if (!found.length) {
      return { ok: false, error: `Aucune commune ne correspond à « ${typed} » : vérifiez l’orthographe, ou indiquez son code postal.`, value: typed }
    }
    const shown: Ambiguous = {
      typed,
      candidates: found.slice(0, CANDIDATES_SHOWN).map((c) => ({ code: c.code, label: `${communeLabel(c, postalCode ?? undefined)} — département ${c.departement}` })),
    }
    const more = found.length > CANDIDATES_SHOWN ? ' Si la vôtre n’y est pas, précisez le nom ou indiquez le code postal.' : ''
    return { ok: false, error: `Plusieurs communes correspondent à « ${typed} » : choisissez la vôtre dans la liste.${more}`, value: shown }
  },
  display: (_field, value) => [`${value.codePostal ? `${value.nom} (${value.codePostal})` : value.nom} — code INSEE ${value.code}`],
  Input: ({ field, name, id, value, error }) => {
    const stored = value && typeof value === 'object' && 'code' in value ? (value as CommuneValue) : null
    const ambiguous = value && typeof value === 'object' && 'candidates' in value ? (value as Ambiguous) : null
    const text = stored ? communeLabel({ nom: stored.nom, codesPostaux: stored.codePostal ? [stored.codePostal] : [] }) : ambiguous ? ambiguous.typed : typeof value === 'string' ? value : ''
    const listId = `${id}-suggestions`
    return (
      <>
        <input
          type="text"
          id={id}
          name={name}
          defaultValue={text}
          maxLength={120}
          autoComplete="off"
          list={listId}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, field, error)}
          aria-required={field.required ? true : undefined}
        />
        {/* The commune found keeps its code: posted again with the later steps, it reads back the same. */}
        {stored ? <input type="hidden" name={chosenName(name)} value={stored.code} /> : null}
        <datalist id={listId} />
        {ambiguous ? (
          <fieldset className="commune-candidates">
            <legend>Choisissez votre commune</legend>
            <div className="choices">
              {ambiguous.candidates.map((candidate, index) => (
                <div className="choices__item" key={candidate.code}>
                  <input type="radio" id={`${id}-code-${index + 1}`} name={chosenName(name)} value={candidate.code} />
                  <label htmlFor={`${id}-code-${index + 1}`}>{candidate.label}</label>
                </div>
              ))}
            </div>
          </fieldset>
        ) : null}
        <CommuneSuggestions inputId={id} listId={listId} />
      </>
    )
  },
})
