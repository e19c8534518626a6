import type { GlobalConfig } from 'payload'

import { isAdmin } from '../../src/access/isAdmin'
import { isStaff } from '../../src/access/isStaff'
import { SUBMISSION_STATUSES } from '../../src/submissions/statuses'
import { GROUPS } from '../groups'

/**
 * E-mails sent to the citizen when an agent changes the status of a request. They carry the secret
 * follow-up link ({{lien}}): edited by admins only, read by staff, never public (decision 0020). The
 * workflow reads them with the Local API's full rights.
 */
export const StatusEmails: GlobalConfig = {
  slug: 'status-emails',
  label: 'Courriels de suivi',
  admin: { group: GROUPS.settings, description: 'Jetons : {{reference}}, {{formulaire}}, {{statut}}, {{commentaire}}, {{lien}}.' },
  access: { read: isStaff, update: isAdmin },
  fields: SUBMISSION_STATUSES.filter((s) => s.value !== 'recue').map((status) => ({
    name: status.value,
    type: 'group' as const,
    label: `Passage à « ${status.label} »`,
    fields: [
      { name: 'enabled', type: 'checkbox' as const, label: 'Envoyer un courriel', defaultValue: true },
      { name: 'subject', type: 'text' as const, label: 'Objet', defaultValue: 'Votre demande {{reference}} : {{statut}}' },
      {
        name: 'body',
        type: 'textarea' as const,
        label: 'Texte',
        defaultValue:
          'Bonjour,\n\nVotre demande « {{formulaire}} » ({{reference}}) est maintenant : {{statut}}.\n{{commentaire}}\n\nSuivre votre demande : {{lien}}',
      },
    ],
  })),
}
