import type { Field } from 'payload'

import { DELAY_UNITS, SILENCE_RULES } from '../../src/submissions/implicitDecision'

const readOnlyAfterCreate = { update: () => false }
// Shown as text: a disabled widget announces a control that does nothing.
const asText = { Field: '/collections/Submissions/components/ReadOnlyFact#ReadOnlyFact' }

/**
 * The form's legal settings copied on the request by the server when it is stored (decision 0049):
 * a setting changed later does not change what this request's receipt said. A request stored
 * before them has only `responseDelayDays` (read as days by src/submissions/implicitDecision.ts).
 */
export const legalSnapshotFields: Field[] = [
  {
    name: 'silenceRule',
    type: 'select',
    label: 'Silence de l’administration',
    access: readOnlyAfterCreate,
    options: SILENCE_RULES.map(({ value, label }) => ({ value, label })),
    admin: { readOnly: true, position: 'sidebar', components: asText },
  },
  {
    type: 'row',
    admin: { position: 'sidebar' },
    fields: [
      { name: 'responseDelayValue', type: 'number', label: 'Délai légal', access: readOnlyAfterCreate, admin: { readOnly: true, width: '50%', components: asText } },
      { name: 'responseDelayUnit', type: 'select', label: 'Unité', access: readOnlyAfterCreate, options: DELAY_UNITS.map(({ value, label }) => ({ value, label })), admin: { readOnly: true, width: '50%', components: asText } },
    ],
  },
  { name: 'responseDelayDays', type: 'number', label: 'Délai légal (jours, ancien réglage)', access: readOnlyAfterCreate, admin: { readOnly: true, position: 'sidebar', condition: (data) => data?.responseDelayValue == null, components: asText } },
]
