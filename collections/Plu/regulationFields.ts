import type { Field } from 'payload'

/** Where the rule of a zone or prescription is: a stored written piece and its page. */
export const regulationFields: Field[] = [
  { name: 'regulationFile', type: 'text', label: 'Pièce écrite (NOMFIC)' },
  { name: 'regulationDocument', type: 'relationship', relationTo: 'documents', label: 'Règlement enregistré' },
  { name: 'regulationPage', type: 'number', label: 'Page du règlement' },
  { name: 'regulationUrl', type: 'text', label: 'Adresse publiée (URLFIC)' },
]
