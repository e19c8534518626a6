import type { CollectionConfig } from 'payload'

import { isAdmin } from '../src/access/isAdmin'
import { isStaff } from '../src/access/isStaff'
import { nobody } from '../src/access/nobody'
import { GROUPS } from './groups'

/**
 * Every scan at the door (/controle): what was scanned, by whom, at which door, and the verdict
 * shown. Written by the server only; the door's screen shows the record it just made.
 */
export const CheckIns: CollectionConfig = {
  slug: 'check-ins',
  labels: { singular: 'Contrôle de billet', plural: 'Contrôles de billets' },
  defaultSort: '-createdAt',
  admin: { useAsTitle: 'verdict', defaultColumns: ['createdAt', 'door', 'byName', 'accepted', 'verdict'], group: GROUPS.booking },
  access: { read: isStaff, create: nobody, update: nobody, delete: isAdmin },
  fields: [
    { name: 'ticket', type: 'relationship', relationTo: 'tickets', label: 'Billet' },
    { name: 'accepted', type: 'checkbox', label: 'Accepté' },
    { name: 'verdict', type: 'text', label: 'Verdict', required: true },
    { name: 'detail', type: 'text', label: 'Détail' },
    { name: 'door', type: 'text', label: 'Porte' },
    { name: 'by', type: 'relationship', relationTo: 'users', label: 'Par', index: true },
    { name: 'byName', type: 'text', label: 'Agent' },
  ],
}
