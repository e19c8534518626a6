import type { Field } from 'payload'

/**
 * What the service-public.fr import stores on a procedure (src/servicePublic/importFiches.ts),
 * read-only in the admin (and ignored from any other writer: hooks/servicePublicReview.ts), and
 * the staff's review of it.
 */
export const servicePublicFields: Field[] = [
  {
    name: 'servicePublic',
    type: 'group',
    label: 'Fiche service-public.fr importée',
    admin: {
      readOnly: true,
      description: 'Rempli par la commande « npm run import:service-public » ; non modifiable ici.',
      condition: (data) => Boolean(data?.servicePublic?.importedAt),
    },
    fields: [
      // Not `code`: in SQL a group's columns are prefixed with the group's name, so `servicePublic.code`
      // would be `service_public_code`, the column of the procedure's own `servicePublicCode` (and
      // Payload 3 offers no `dbName` on a text field to rename it).
      { name: 'ficheCode', type: 'text', label: 'Code' },
      { name: 'title', type: 'text', label: 'Titre' },
      { name: 'summary', type: 'textarea', label: 'Résumé' },
      { name: 'modifiedAt', type: 'date', label: 'Dernière modification importante', admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMMM yyyy' } } },
      { name: 'url', type: 'text', label: 'Adresse publique' },
      {
        name: 'services',
        type: 'array',
        label: 'Services en ligne et formulaires CERFA',
        labels: { singular: 'Service', plural: 'Services' },
        fields: [
          {
            name: 'kind',
            type: 'select',
            label: 'Type',
            options: [
              { value: 'teleservice', label: 'Téléservice' },
              { value: 'formulaire', label: 'Formulaire' },
            ],
          },
          { name: 'title', type: 'text', label: 'Intitulé' },
          { name: 'cerfa', type: 'text', label: 'N° CERFA' },
          { name: 'url', type: 'text', label: 'Adresse' },
          { name: 'serviceId', type: 'text', label: 'Identifiant' },
        ],
      },
      { name: 'importedAt', type: 'date', label: 'Données importées le', admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'd MMMM yyyy, HH:mm' } } },
    ],
  },
  {
    name: 'servicePublicReviewedAt',
    type: 'date',
    label: 'Fiche service-public.fr relue le',
    admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime', displayFormat: 'd MMMM yyyy, HH:mm' }, condition: (data) => Boolean(data?.servicePublicCode) },
  },
  {
    name: 'servicePublicMarkReviewed',
    type: 'checkbox',
    label: "J'ai relu la fiche service-public.fr",
    defaultValue: false,
    admin: {
      position: 'sidebar',
      description: "Cochez puis enregistrez : la date de relecture devient aujourd'hui et la démarche n'est plus « à revoir ».",
      condition: (data) => Boolean(data?.servicePublic?.importedAt),
    },
  },
  {
    name: 'servicePublicNeedsReview',
    type: 'checkbox',
    label: 'Fiche à revoir',
    index: true,
    defaultValue: false,
    admin: {
      readOnly: true,
      // Shown as the list column and the edit-view notice, not as a form field.
      condition: () => false,
      components: { Cell: '/collections/Procedures/components/ReviewCell#ReviewCell' },
    },
  },
]

/** Notice at the top of the edit view when the fiche changed since the last review. */
export const servicePublicNoticeField: Field = {
  name: 'servicePublicReviewNotice',
  type: 'ui',
  admin: { components: { Field: '/collections/Procedures/components/ReviewNotice#ReviewNotice' } },
}
