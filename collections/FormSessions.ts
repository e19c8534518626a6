import type { CollectionConfig } from 'payload'

import { nobody } from '../src/access/nobody'

/**
 * A citizen's form in progress (multi-step, with or without JavaScript): answers kept on the
 * server, found by an unguessable token carried in the page address. Never exposed by the API;
 * expired sessions are purged.
 */
export const FormSessions: CollectionConfig = {
  slug: 'form-sessions',
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'token', type: 'text', required: true, unique: true, index: true },
    { name: 'form', type: 'relationship', relationTo: 'forms', required: true },
    { name: 'answers', type: 'json' },
    { name: 'shown', type: 'json' },
    { name: 'errors', type: 'json' },
    { name: 'startedAt', type: 'date', required: true },
    { name: 'expiresAt', type: 'date', required: true, index: true },
  ],
}
