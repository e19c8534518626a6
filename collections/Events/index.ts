import type { CollectionConfig } from 'payload'

import { anyone } from '../../src/access/anyone'
import { isContentEditor } from '../../src/access/isContentEditor'
import { slugField } from '../../src/fields/slug'
import { GROUPS } from '../groups'
import { attendeesExport } from './endpoints/attendeesExport'
import { cancelSessionEndpoint } from './endpoints/cancelSession'

/**
 * A show of the cultural season (Le Dôme), with its sessions and tariffs (#13). Tickets are sold
 * through a form's billets field. A tariff is on sale while the session has room and, when the
 * tariff has its own quota ("au plus 40 billets au tarif réduit"), while that quota has room too.
 */
export const Events: CollectionConfig = {
  slug: 'events',
  labels: { singular: 'Spectacle', plural: 'Spectacles' },
  defaultSort: 'title',
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'venue', 'organisation'], group: GROUPS.booking },
  access: { read: anyone, create: isContentEditor, update: isContentEditor, delete: isContentEditor },
  endpoints: [attendeesExport, cancelSessionEndpoint],
  fields: [
    { name: 'title', type: 'text', label: 'Titre', required: true },
    slugField('title'),
    {
      type: 'row',
      fields: [
        { name: 'venue', type: 'text', label: 'Lieu', defaultValue: 'Le Dôme' },
        { name: 'organisation', type: 'relationship', relationTo: 'organisations', label: 'Organisation', required: true },
        { name: 'category', type: 'text', label: 'Genre', admin: { description: 'Théâtre, concert, jeune public…' } },
      ],
    },
    { name: 'image', type: 'upload', relationTo: 'media', label: 'Image' },
    { name: 'summary', type: 'textarea', label: 'Résumé', required: true, admin: { description: 'Deux ou trois phrases, affichées dans l’agenda.' } },
    { name: 'body', type: 'richText', label: 'Présentation' },
    {
      name: 'tariffs',
      type: 'array',
      label: 'Tarifs',
      labels: { singular: 'Tarif', plural: 'Tarifs' },
      minRows: 1,
      required: true,
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', label: 'Nom', required: true, admin: { description: 'Plein, réduit, jeune, gratuit enfant…' } },
            { name: 'price', type: 'number', label: 'Prix (€)', required: true, min: 0, max: 10000, defaultValue: 0 },
            { name: 'quota', type: 'number', label: 'Au plus, par séance', min: 1, admin: { description: 'Vide : dans la limite de la jauge de la séance.' } },
          ],
        },
        { name: 'description', type: 'text', label: 'Conditions', admin: { description: 'Par exemple : moins de 18 ans, étudiants, sur justificatif.' } },
      ],
    },
    {
      name: 'sessions',
      type: 'array',
      label: 'Séances',
      labels: { singular: 'Séance', plural: 'Séances' },
      minRows: 1,
      required: true,
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'startsAt', type: 'date', label: 'Date et heure', required: true, admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm', timeFormat: 'HH:mm' } } },
            { name: 'capacity', type: 'number', label: 'Jauge (places)', min: 1, max: 5000, admin: { description: 'Placement libre ; en placement numéroté, le plan fait la jauge.' } },
            {
              name: 'salesClosed',
              type: 'checkbox',
              label: 'Ventes closes',
              admin: { description: 'Cochée puis enregistrée : plus aucune vente en ligne pour cette séance ; les billets vendus restent valables. Décochez pour rouvrir les ventes.' },
            },
          ],
        },
        // Set by the "Annuler la séance" action only (its tickets are cancelled at the same time): never typed.
        {
          name: 'cancelled',
          type: 'checkbox',
          label: 'Séance annulée',
          access: { create: () => false, update: () => false },
          admin: { readOnly: true, condition: (_, s) => Boolean(s?.cancelled), description: 'Annulée depuis le bilan des séances : ses billets sont annulés et elle ne se vend plus.' },
        },
        {
          type: 'row',
          fields: [
            {
              name: 'seating',
              type: 'select',
              label: 'Placement',
              defaultValue: 'libre',
              options: [
                { value: 'libre', label: 'Libre' },
                { value: 'numerote', label: 'Numéroté' },
              ],
            },
            { name: 'rows', type: 'text', label: 'Rangs (de A à …)', admin: { condition: (_, s) => s?.seating === 'numerote', description: 'La dernière lettre : « L » pour les rangs A à L.' } },
            { name: 'seatsPerRow', type: 'number', label: 'Places par rang', min: 1, max: 60, admin: { condition: (_, s) => s?.seating === 'numerote' } },
          ],
        },
      ],
    },
    {
      name: 'sessionReport',
      type: 'ui',
      label: 'Bilan des séances',
      admin: { components: { Field: '/collections/Events/components/SessionReport#SessionReport' } },
    },
    {
      name: 'form',
      type: 'relationship',
      relationTo: 'forms',
      label: 'Formulaire de billetterie',
      admin: { description: 'Le formulaire qui vend les billets (un champ « Billets de spectacle ») : le bouton « Réserver » de l’agenda l’ouvre pour ce spectacle.' },
    },
    {
      type: 'row',
      fields: [
        { name: 'maxPerOrder', type: 'number', label: 'Billets par commande, au plus', defaultValue: 8, min: 1, max: 50 },
        { name: 'cancellationHours', type: 'number', label: 'Annulation par l’usager jusqu’à (heures avant)', defaultValue: 48, min: 0, max: 720 },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'waitingForm',
          type: 'relationship',
          relationTo: 'forms',
          label: 'Formulaire de liste d’attente',
          admin: { description: 'Un formulaire avec un champ « Liste d’attente » : l’agenda le propose quand une séance est complète.' },
        },
        {
          name: 'waitingOfferHours',
          type: 'number',
          label: 'Places proposées en liste d’attente, gardées (heures)',
          defaultValue: 48,
          min: 1,
          max: 336,
          admin: { description: 'Quand des places se libèrent, la première personne qui peut être servie reçoit un lien à usage unique qui les lui garde ce temps-là.' },
        },
      ],
    },
  ],
}
