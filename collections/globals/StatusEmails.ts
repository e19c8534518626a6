import type { GlobalConfig } from 'payload'

import { anyone } from '../../src/access/anyone'
import { isContentEditor } from '../../src/access/isContentEditor'
import { SUBMISSION_STATUSES } from '../../src/submissions/statuses'
import { GROUPS } from '../groups'

/** E-mails sent to the citizen when an agent changes the status of a request; editable by staff. */
export const StatusEmails: GlobalConfig = {
  slug: 'status-emails',
  label: 'Courriels de suivi',
  admin: { group: GROUPS.settings, description: 'Jetons : {{reference}}, {{formulaire}}, {{statut}}, {{commentaire}}, {{lien}}.' },
  access: { read: anyone, update: isContentEditor },
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
