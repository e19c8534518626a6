import type { Block } from 'payload'

/** An "À savoir" box inside a procedure's text. */
export const CalloutBlock: Block = {
  slug: 'callout',
  labels: { singular: 'Encadré', plural: 'Encadrés' },
  interfaceName: 'CalloutBlock',
  fields: [
    {
      name: 'variant',
      type: 'select',
      label: 'Type',
      required: true,
      defaultValue: 'info',
      options: [
        { value: 'info', label: 'À savoir' },
        { value: 'important', label: 'Important' },
      ],
    },
    { name: 'title', type: 'text', label: 'Titre' },
    { name: 'text', type: 'textarea', label: 'Texte', required: true },
  ],
}
