import type { Field, FieldAccess } from 'payload'

import { DEFAULT_DELAY, DELAY_UNITS, SILENCE_RULES } from '../../src/submissions/implicitDecision'

/**
 * A procedure's legal settings (decision 0049): what silence means and the delay, in months or days.
 * A form stored before them has only `responseDelayDays`: it reads as that many days (afterRead),
 * so no data migration is needed and a save writes the new fields with the same delay.
 */
export const legalDelayFields = (access: { read: FieldAccess }): Field[] => [
  {
    name: 'silenceRule',
    type: 'select',
    label: 'Silence de l’administration',
    defaultValue: 'acceptation',
    required: true,
    access,
    options: SILENCE_RULES.map(({ value, label }) => ({ value, label })),
    admin: {
      position: 'sidebar',
      description:
        'Ce que vaut l’absence de réponse à la fin du délai, indiqué dans l’accusé de réception. Rejet : seulement si un texte le prévoit (liste des décrets sur Légifrance).',
    },
  },
  {
    type: 'row',
    admin: { position: 'sidebar' },
    fields: [
      {
        name: 'responseDelayValue',
        type: 'number',
        label: 'Délai légal de réponse',
        min: 1,
        max: 999,
        access,
        hooks: { afterRead: [({ value, siblingData }) => value ?? siblingData?.responseDelayDays ?? DEFAULT_DELAY.value] },
        admin: { width: '50%', step: 1, placeholder: String(DEFAULT_DELAY.value), description: 'Deux mois par défaut, à compter du dossier complet.' },
        validate: (value: number | null | undefined) => (value == null || (Number.isInteger(value) && value >= 1) ? true : 'Saisissez un nombre entier de mois ou de jours.'),
      },
      {
        name: 'responseDelayUnit',
        type: 'select',
        label: 'Unité',
        access,
        options: DELAY_UNITS.map(({ value, label }) => ({ value, label })),
        hooks: { afterRead: [({ value, siblingData }) => value ?? (siblingData?.responseDelayDays ? 'jours' : DEFAULT_DELAY.unit)] },
        admin: { width: '50%', placeholder: DEFAULT_DELAY.unit },
      },
    ],
  },
  {
    name: 'appealRoutes',
    type: 'textarea',
    label: 'Voies de recours propres à la démarche',
    access,
    admin: {
      position: 'sidebar',
      description:
        'Silence vaut rejet seulement. Vide : l’accusé de réception indique le recours gracieux et le recours devant le tribunal administratif (Paramètres › Site et commune). À remplir quand un code prévoit d’autres recours (ex. : listes électorales).',
    },
  },
  {
    // The delay before months existed, in days: read when the fields above were never saved.
    name: 'responseDelayDays',
    type: 'number',
    label: 'Délai légal de réponse (jours, ancien réglage)',
    min: 1,
    access,
    admin: { hidden: true },
  },
]
