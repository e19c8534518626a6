import type { Field } from 'payload'

import { MACHINE_NAME_PATTERN, machineName } from '../../../src/lib/machineName'

/** The machine name of a field (or a group), derived from its label when left empty. */
export const machineNameField: Field = {
  name: 'name',
  type: 'text',
  label: 'Nom technique',
  admin: { description: "Clé de la réponse (exports, e-mails : {{nom}}). Déduite du libellé si vide ; unique dans le formulaire." },
  hooks: {
    beforeValidate: [
      ({ value, siblingData }) =>
        typeof value === 'string' && value.trim() ? machineName(value) : machineName(String(siblingData?.label ?? '')),
    ],
  },
  validate: (value: string | null | undefined) =>
    value && MACHINE_NAME_PATTERN.test(value) ? true : 'Utilisez des lettres minuscules sans accent, des chiffres et « _ », en commençant par une lettre.',
}

/** Label, machine name, hint, required, width, default value and visibility condition. */
export function inputBaseFields(options: { defaultValue?: boolean } = {}): Field[] {
  const fields: Field[] = [
    { name: 'label', type: 'text', label: 'Libellé', required: true },
    machineNameField,
    { name: 'hint', type: 'text', label: "Texte d'aide", admin: { description: 'Affiché sous le libellé (format attendu, exemple…).' } },
    {
      type: 'row',
      fields: [
        { name: 'required', type: 'checkbox', label: 'Obligatoire', defaultValue: false },
        {
          name: 'width',
          type: 'select',
          label: 'Largeur',
          defaultValue: 'full',
          options: [
            { value: 'full', label: 'Pleine largeur' },
            { value: 'half', label: 'Demi-largeur' },
          ],
        },
      ],
    },
  ]
  if (options.defaultValue !== false) {
    fields.push({ name: 'defaultValue', type: 'text', label: 'Valeur par défaut' })
  }
  fields.push(conditionField)
  return fields
}

export const conditionField: Field = {
  name: 'condition',
  type: 'group',
  label: "Condition d'affichage",
  admin: { description: "Afficher ce champ seulement selon les réponses à d'autres champs. Un champ masqué n'est jamais obligatoire et sa réponse n'est pas conservée." },
  fields: [
    { name: 'enabled', type: 'checkbox', label: 'Afficher sous condition', defaultValue: false },
    {
      name: 'match',
      type: 'select',
      label: 'Quand',
      defaultValue: 'all',
      options: [
        { value: 'all', label: 'toutes les règles sont vraies' },
        { value: 'any', label: "au moins une règle est vraie" },
      ],
      admin: { condition: (_, sibling) => Boolean(sibling?.enabled) },
    },
    {
      name: 'rules',
      type: 'array',
      label: 'Règles',
      labels: { singular: 'Règle', plural: 'Règles' },
      admin: { condition: (_, sibling) => Boolean(sibling?.enabled) },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'field', type: 'text', label: 'Nom technique du champ', required: true },
            {
              name: 'operator',
              type: 'select',
              label: 'Opérateur',
              required: true,
              defaultValue: 'equals',
              options: [
                { value: 'equals', label: 'est égal à' },
                { value: 'notEquals', label: 'est différent de' },
                { value: 'contains', label: 'contient' },
                { value: 'filled', label: 'est rempli' },
                { value: 'empty', label: 'est vide' },
              ],
            },
            { name: 'value', type: 'text', label: 'Valeur' },
          ],
        },
      ],
    },
  ],
}

/** Options of select, radio and checkboxes: label shown, value stored. */
export const optionsField: Field = {
  name: 'options',
  type: 'array',
  label: 'Choix',
  labels: { singular: 'Choix', plural: 'Choix' },
  minRows: 1,
  required: true,
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'label', type: 'text', label: 'Libellé', required: true },
        {
          name: 'value',
          type: 'text',
          label: 'Valeur enregistrée',
          admin: { description: 'Déduite du libellé si vide.' },
          hooks: {
            beforeValidate: [
              ({ value, siblingData }) =>
                typeof value === 'string' && value.trim() ? value.trim() : machineName(String(siblingData?.label ?? '')),
            ],
          },
        },
      ],
    },
  ],
}
