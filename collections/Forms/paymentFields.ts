import type { CheckboxFieldValidation, Field, NumberFieldSingleValidation, SelectFieldSingleValidation, TextFieldSingleValidation } from 'payload'

import { fieldTypes } from '../../blocks/fields'
import { type ChoiceOption } from '../../blocks/fields/shared/options'
import { formatAmountFr } from '../../src/lib/formatAmountFr'
import { machineName } from '../../src/lib/machineName'
import {
  DEFAULT_FIXED_LABEL,
  eurosToCents,
  hasAtMostTwoDecimals,
  PAYFIP_MAX_CENTS,
  payfipObjetProblem,
  type PriceConfig,
  type PriceRule,
  quantityFieldOf,
} from '../../src/payment/formPrice'

/**
 * The "Paiement en ligne" group of a form (issue #14, decision 0047): what the citizen pays for a
 * démarche, set by staff — a fixed amount, and rules on the answers. Amounts are euros with at most
 * two decimals, as staff type them; the site computes in cents (src/payment/formPrice.ts).
 * Staff mistakes are refused here, in French, beside the field: a rule on a field the form does not
 * have, a negative amount, "per unit" on something else than a number, payment with nothing to pay.
 */

interface StoredField {
  blockType: string
  name?: string | null
  label?: string | null
  options?: ChoiceOption[] | null
}

/** The form's top-level input fields by machine name (price rules read top-level answers). */
function formFields(data: unknown): Map<string, StoredField> {
  const steps = ((data as { steps?: Array<{ fields?: StoredField[] | null }> | null })?.steps ?? []) as Array<{ fields?: StoredField[] | null }>
  const fields = new Map<string, StoredField>()
  for (const step of steps) for (const field of step.fields ?? []) if (field.name) fields.set(field.name, field)
  return fields
}

/** The value a choice stores (its own, else the one derived from its label when the form is saved). */
const storedValue = (option: ChoiceOption) => option.value?.trim() || machineName(option.label ?? '')
const describe = (field: StoredField) => `« ${field.label ?? field.name} »`
const paymentOf = (data: unknown): PriceConfig => ((data as { payment?: PriceConfig | null })?.payment ?? {}) as PriceConfig

/** Euros typed by staff: not negative, whole cents, at most PayFiP's maximum. */
function amountProblem(value: number | null | undefined): string | null {
  if (value === null || value === undefined) return null
  if (!Number.isFinite(value) || value < 0) return 'Le montant ne peut pas être négatif.'
  if (!hasAtMostTwoDecimals(value)) return 'Indiquez le montant en euros avec deux décimales au plus (par exemple 12,50).'
  if (eurosToCents(value) > PAYFIP_MAX_CENTS) return `Le montant ne peut pas dépasser ${formatAmountFr(PAYFIP_MAX_CENTS)}, le plus grand montant payable en ligne.`
  return null
}

const validateAmount: NumberFieldSingleValidation = (value) => amountProblem(value) ?? true
const validateRuleAmount: NumberFieldSingleValidation = (value) =>
  value === null || value === undefined ? 'Indiquez le montant que la règle ajoute, en euros.' : (amountProblem(value) ?? true)

const validateNothingToPay: CheckboxFieldValidation = (value, { data }) => {
  if (!value) return true
  const config = paymentOf(data)
  if (eurosToCents(config.fixedAmount) > 0 || (config.rules ?? []).some((rule) => eurosToCents(rule.amount) > 0)) return true
  // Tickets or a booking carry their own price (the show's tariffs, the resource's grid).
  if ([...formFields(data).values()].some((field) => fieldTypes[field.blockType]?.priced)) return true
  return 'Le paiement en ligne est activé mais rien n’est à payer : indiquez un montant fixe, au moins une règle avec un montant, ou ajoutez des billets ou une réservation.'
}

const validateObjet: TextFieldSingleValidation = (value, { data }) => {
  if (!value?.trim()) return true // the form's title and the request's reference are sent instead
  return payfipObjetProblem(value) ?? true
}

const validateRuleField: TextFieldSingleValidation = (value, { data }) => {
  const name = value?.trim()
  if (!name) return 'Indiquez le nom technique du champ sur lequel porte la règle.'
  return formFields(data).has(name) ? true : `La règle porte sur « ${name} », qui n’est le nom technique d’aucun champ de ce formulaire (hors groupes répétables).`
}

/** A choice field's rule names one of its choices (a label typed by staff was turned into its value before). */
const validateRuleValue: TextFieldSingleValidation = (value, { data, siblingData }) => {
  const rule = siblingData as PriceRule
  if (rule.operator === 'filled') return true
  if (!value?.trim()) return 'Indiquez la valeur attendue, ou choisissez « est rempli ».'
  const field = formFields(data).get(rule.field?.trim() ?? '')
  if (!field?.options?.length) return true
  const values = field.options.map(storedValue)
  return values.includes(value.trim())
    ? true
    : `« ${value} » n’est pas un des choix du champ ${describe(field)} : ${field.options.map((o) => `« ${o.label} »`).join(', ')}.`
}

const validateKind: SelectFieldSingleValidation = (value, { data, siblingData }) => {
  if (value !== 'perUnit') return true
  const name = quantityFieldOf(siblingData as PriceRule)
  const field = formFields(data).get(name)
  if (!field) return true // the rule's field is refused beside it, or the quantity field beside it
  return fieldTypes[field.blockType]?.quantity
    ? true
    : `Un montant « par unité » multiplie la réponse d’un champ Nombre : ${describe(field)} n’en est pas un. Indiquez un champ Nombre dans « Champ multiplié ».`
}

const validateQuantityField: TextFieldSingleValidation = (value, { data, siblingData }) => {
  const name = value?.trim()
  if (!name || (siblingData as PriceRule).kind !== 'perUnit') return true
  return formFields(data).has(name) ? true : `« ${name} » n’est le nom technique d’aucun champ de ce formulaire.`
}

const whenEnabled = (_: unknown, sibling: { enabled?: boolean | null }) => Boolean(sibling?.enabled)

export const paymentFields: Field = {
  name: 'payment',
  type: 'group',
  label: 'Paiement en ligne',
  admin: {
    description:
      'Pour une démarche payante (concession, occupation du domaine public…) : l’usager voit le montant avant d’envoyer sa demande, puis paie en ligne par carte ou prélèvement (PayFiP).',
  },
  fields: [
    {
      name: 'enabled',
      type: 'checkbox',
      label: 'Démarche payante : l’usager paie en ligne',
      defaultValue: false,
      validate: validateNothingToPay,
    },
    {
      name: 'objet',
      type: 'text',
      label: 'Objet du paiement',
      validate: validateObjet,
      admin: {
        condition: whenEnabled,
        description:
          'Lu par l’usager sur la page de paiement et par la régie dans ses exports, par exemple « Concession cimetiere ». Vide : le titre du formulaire suivi du numéro de la demande. PayFiP n’accepte que les lettres sans accent, les chiffres et les espaces : les accents sont retirés (« é » devient « e ») et la ponctuation remplacée par des espaces ; 100 caractères au plus.',
      },
    },
    {
      type: 'row',
      admin: { condition: whenEnabled },
      fields: [
        {
          name: 'fixedAmount',
          type: 'number',
          label: 'Montant fixe (€)',
          min: 0,
          validate: validateAmount,
          admin: { step: 0.01, description: 'Payé pour toute demande. Laissez vide si le montant dépend seulement des règles ci-dessous.' },
        },
        { name: 'fixedLabel', type: 'text', label: 'Libellé du montant fixe', admin: { placeholder: DEFAULT_FIXED_LABEL, description: `Vide : « ${DEFAULT_FIXED_LABEL} ».` } },
      ],
    },
    {
      name: 'rules',
      type: 'array',
      label: 'Montants selon les réponses',
      labels: { singular: 'Règle', plural: 'Règles' },
      admin: {
        condition: whenEnabled,
        description:
          'Chaque règle vraie ajoute son montant au montant fixe. Exemples : « duree est égal à 30 ans : ajoute 300 € » ; « surface est rempli : ajoute 12 € par unité × surface ». Une règle sur un champ masqué ou laissé vide n’ajoute rien.',
      },
      fields: [
        { name: 'label', type: 'text', label: 'Libellé affiché à l’usager', required: true, admin: { description: 'Par exemple « Concession de 30 ans ».' } },
        {
          type: 'row',
          fields: [
            { name: 'field', type: 'text', label: 'Nom technique du champ', required: true, validate: validateRuleField },
            {
              name: 'operator',
              type: 'select',
              label: 'Opérateur',
              required: true,
              defaultValue: 'equals',
              options: [
                { value: 'equals', label: 'est égal à' },
                { value: 'notEquals', label: 'est différent de' },
                { value: 'filled', label: 'est rempli' },
              ],
            },
            {
              name: 'value',
              type: 'text',
              label: 'Valeur',
              validate: validateRuleValue,
              admin: { condition: (_, sibling) => sibling?.operator !== 'filled', description: 'Pour une liste ou des boutons : le libellé ou la valeur enregistrée du choix.' },
              hooks: {
                // A choice typed by its label ("30 ans") is stored as the value the answers hold ("30_ans").
                beforeValidate: [
                  ({ value, data, siblingData }) => {
                    if (typeof value !== 'string' || !value.trim()) return value
                    const field = formFields(data).get(String(siblingData?.field ?? '').trim())
                    const typed = value.trim().toLowerCase()
                    const option = field?.options?.find((o) => storedValue(o).toLowerCase() === typed || (o.label ?? '').trim().toLowerCase() === typed)
                    return option ? storedValue(option) : value.trim()
                  },
                ],
              },
            },
          ],
        },
        {
          type: 'row',
          fields: [
            {
              name: 'kind',
              type: 'select',
              label: 'La règle ajoute',
              required: true,
              defaultValue: 'fixed',
              validate: validateKind,
              options: [
                { value: 'fixed', label: 'un montant' },
                { value: 'perUnit', label: 'un montant par unité × un nombre saisi' },
              ],
            },
            { name: 'amount', type: 'number', label: 'Montant (€)', required: true, min: 0, validate: validateRuleAmount, admin: { step: 0.01, description: 'Par unité pour « par unité ».' } },
            {
              name: 'quantityField',
              type: 'text',
              label: 'Champ multiplié',
              validate: validateQuantityField,
              admin: {
                condition: (_, sibling) => sibling?.kind === 'perUnit',
                description: 'Nom technique du champ Nombre (surface, nombre de jours…). Vide : le champ de la règle.',
              },
            },
          ],
        },
      ],
    },
  ],
}
