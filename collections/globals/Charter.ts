import type { GlobalConfig, TextField } from 'payload'

import { anyone } from '../../src/access/anyone'
import { isContentEditor } from '../../src/access/isContentEditor'
import { CHARTER_FONTS, DEFAULT_FONT } from '../../src/charter/fonts'
import { colourProblem } from '../../src/charter/validateColour'
import { GROUPS } from '../groups'

const colourField = (name: string, label: string, defaultValue: string, description: string): TextField => ({
  name,
  type: 'text',
  label,
  required: true,
  defaultValue,
  admin: { description: `${description} Format #rrggbb ; le texte blanc posé dessus doit atteindre un contraste de 4,5:1.` },
  validate: (value: unknown) => colourProblem(value) ?? true,
})

/** The graphic charter: applied to the site as CSS custom properties at request time. */
export const Charter: GlobalConfig = {
  slug: 'charter',
  label: 'Charte graphique',
  admin: { group: GROUPS.settings },
  access: { read: anyone, update: isContentEditor },
  fields: [
    { name: 'logo', type: 'upload', relationTo: 'media', label: 'Logo' },
    { name: 'favicon', type: 'upload', relationTo: 'media', label: 'Icône du site (favicon)' },
    colourField('primaryColor', 'Couleur principale', '#1f4e8c', 'En-tête, boutons, liens.'),
    colourField('secondaryColor', 'Couleur secondaire', '#2f5d3a', 'Pied de page, bandeaux.'),
    colourField('accentColor', "Couleur d'accent", '#a4262c', 'Alertes et mises en avant.'),
    {
      name: 'font',
      type: 'select',
      label: 'Police de caractères',
      required: true,
      defaultValue: DEFAULT_FONT,
      options: CHARTER_FONTS.map(({ value, label }) => ({ value, label })),
      admin: { description: 'Polices hébergées par le portail : aucune requête vers un service tiers.' },
    },
    { name: 'footerText', type: 'textarea', label: 'Texte du pied de page' },
    {
      name: 'socialLinks',
      type: 'array',
      label: 'Réseaux sociaux',
      labels: { singular: 'Lien', plural: 'Liens' },
      fields: [
        {
          name: 'network',
          type: 'select',
          label: 'Réseau',
          required: true,
          options: [
            { value: 'facebook', label: 'Facebook' },
            { value: 'instagram', label: 'Instagram' },
            { value: 'linkedin', label: 'LinkedIn' },
            { value: 'youtube', label: 'YouTube' },
            { value: 'mastodon', label: 'Mastodon' },
            { value: 'x', label: 'X (Twitter)' },
          ],
        },
        {
          name: 'url',
          type: 'text',
          label: 'Adresse',
          required: true,
          validate: (value: string | null | undefined) =>
            value && /^https:\/\/[^\s]+$/.test(value) ? true : 'Saisissez une adresse qui commence par https://',
        },
      ],
    },
  ],
}
