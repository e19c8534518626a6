import type { CollectionConfig } from 'payload'

import { adminOrSelf } from '../../src/access/adminOrSelf'
import { isAdmin, isAdminField } from '../../src/access/isAdmin'
import { selfColleaguesOrAdmin } from '../../src/access/selfColleaguesOrAdmin'
import { ROLE_LABELS, ROLES } from '../../src/access/roles'
import { servedOverHttps } from '../../src/lib/publicUrl'
import { GROUPS } from '../groups'
import { firstUserIsAdmin } from './hooks/firstUserIsAdmin'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: 'Utilisateur', plural: 'Utilisateurs' },
  // Secure cookies when the public address is HTTPS; SameSite=Lax keeps them off cross-site posts.
  auth: { maxLoginAttempts: 10, lockTime: 10 * 60 * 1000, cookies: { secure: servedOverHttps(), sameSite: 'Lax' } },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'role', 'organisation'],
    group: GROUPS.settings,
  },
  access: {
    admin: ({ req: { user } }) => Boolean(user),
    read: selfColleaguesOrAdmin,
    create: isAdmin,
    update: adminOrSelf,
    delete: isAdmin,
  },
  hooks: { beforeChange: [firstUserIsAdmin] },
  fields: [
    { name: 'name', type: 'text', label: 'Nom complet', required: true },
    {
      name: 'role',
      type: 'select',
      label: 'Rôle',
      required: true,
      defaultValue: 'agent',
      options: ROLES.map((value) => ({ value, label: ROLE_LABELS[value] })),
      access: { create: isAdminField, update: isAdminField },
      admin: {
        description:
          'Administrateur : tout. Service communication : contenus du site. Agent : demandes de son organisation.',
      },
    },
    {
      name: 'permissions',
      type: 'select',
      hasMany: true,
      label: 'Permissions',
      options: [{ value: 'billetterie', label: 'Contrôle des billets à l’entrée (/controle)' }],
      access: { create: isAdminField, update: isAdminField },
      admin: { description: 'Le personnel de salle du Dôme : scanne les billets et consulte les participants des séances (bilan, exports CSV et Excel).' },
    },
    {
      name: 'organisation',
      type: 'relationship',
      relationTo: 'organisations',
      label: 'Organisation',
      access: { create: isAdminField, update: isAdminField },
      admin: { condition: (data) => data?.role === 'agent' },
      validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) =>
        siblingData?.role === 'agent' && !value ? "Un agent doit être rattaché à une organisation." : true,
    },
  ],
}
