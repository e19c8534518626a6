import type { CollectionConfig } from 'payload'

import { anyone } from '../src/access/anyone'
import { isContentEditor } from '../src/access/isContentEditor'
import { slugField } from '../src/fields/slug'
import { DEFAULT_HOLD_MINUTES } from '../src/booking/holds'
import { RATE_LABELS, WEEKDAYS } from '../src/booking/resourceRules'
import { HHMM } from '../src/lib/clockTime'
import { GROUPS } from './groups'

const validClock = (value: string | null | undefined) => (!value || HHMM.test(value) ? true : 'Écrivez l’heure sous la forme 08:30.')

/**
 * What citizens book online (#13): a room, equipment held as a stock (20 marquees, 300 chairs), a
 * sports hall. Its rules — opening hours, closures, public holidays, how far ahead, who may book,
 * prices, approval by staff — drive the créneau field's availability table and checks.
 */
export const Resources: CollectionConfig = {
  slug: 'resources',
  labels: { singular: 'Ressource réservable', plural: 'Ressources réservables' },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'kind', 'unit', 'stock', 'organisation'], group: GROUPS.booking, components: { beforeListTable: ['/src/admin/CalendarLink#CalendarLink'] } },
  access: { read: anyone, create: isContentEditor, update: isContentEditor, delete: isContentEditor },
  fields: [
    { name: 'name', type: 'text', label: 'Nom', required: true },
    slugField('name'),
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          label: 'Type',
          required: true,
          defaultValue: 'salle',
          options: [
            { value: 'salle', label: 'Salle' },
            { value: 'materiel', label: 'Matériel' },
            { value: 'sport', label: 'Équipement sportif' },
          ],
        },
        { name: 'organisation', type: 'relationship', relationTo: 'organisations', label: 'Organisation', required: true },
      ],
    },
    { name: 'description', type: 'textarea', label: 'Description', admin: { description: 'Affichée aux usagers au-dessus du calendrier (équipements, accès…).' } },
    {
      type: 'row',
      fields: [
        { name: 'capacity', type: 'number', label: 'Capacité (personnes)', min: 0, admin: { description: 'Information affichée ; vide pour du matériel.' } },
        { name: 'stock', type: 'number', label: 'Quantité disponible', required: true, defaultValue: 1, min: 1, max: 10000, admin: { description: '1 pour une salle ; 20 pour 20 barnums : les réservations qui se chevauchent ne la dépassent jamais.' } },
        { name: 'maxQuantity', type: 'number', label: 'Quantité maximale par réservation', min: 1, admin: { description: 'Vide : toute la quantité disponible.' } },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'unit',
          type: 'select',
          label: 'Se réserve',
          required: true,
          defaultValue: 'jour',
          options: [
            { value: 'jour', label: 'À la journée' },
            { value: 'creneau', label: 'Par créneau horaire' },
          ],
        },
        { name: 'slotMinutes', type: 'number', label: 'Durée d’un créneau (minutes)', defaultValue: 120, min: 15, max: 1440, admin: { condition: (_, s) => s?.unit === 'creneau' } },
        { name: 'maxDays', type: 'number', label: 'Jours consécutifs au plus', defaultValue: 1, min: 1, max: 31, admin: { condition: (_, s) => s?.unit !== 'creneau' } },
      ],
    },
    {
      name: 'openingHours',
      type: 'array',
      label: 'Horaires d’ouverture',
      labels: { singular: 'Plage', plural: 'Plages' },
      admin: { description: 'Vide : ouvert tous les jours, toute la journée. Les créneaux sont découpés dans chaque plage.' },
      fields: [
        { name: 'days', type: 'select', hasMany: true, label: 'Jours', required: true, options: WEEKDAYS.map((day, i) => ({ value: String(i + 1), label: day })) },
        {
          type: 'row',
          fields: [
            { name: 'opens', type: 'text', label: 'Ouverture (HH:MM)', required: true, validate: validClock },
            { name: 'closes', type: 'text', label: 'Fermeture (HH:MM)', required: true, validate: validClock },
          ],
        },
      ],
    },
    {
      name: 'closures',
      type: 'array',
      label: 'Fermetures',
      labels: { singular: 'Fermeture', plural: 'Fermetures' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'from', type: 'date', label: 'Du', required: true, admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } } },
            { name: 'to', type: 'date', label: 'Au (inclus)', admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } } },
            { name: 'reason', type: 'text', label: 'Motif (affiché)' },
          ],
        },
      ],
    },
    { name: 'closedOnPublicHolidays', type: 'checkbox', label: 'Fermé les jours fériés', defaultValue: true },
    {
      type: 'row',
      fields: [
        { name: 'minDelayDays', type: 'number', label: 'Délai minimum (jours)', defaultValue: 2, min: 0, max: 365 },
        { name: 'maxDelayDays', type: 'number', label: 'Réservable jusqu’à (jours à l’avance)', defaultValue: 90, min: 1, max: 730 },
        { name: 'cancellationDays', type: 'number', label: 'Annulation par l’usager jusqu’à (jours avant)', defaultValue: 2, min: 0, max: 365, admin: { description: 'Depuis son lien de suivi ; ensuite, il contacte la mairie.' } },
        { name: 'holdMinutes', type: 'number', label: 'Réservation provisoire (minutes)', defaultValue: DEFAULT_HOLD_MINUTES, min: 1, max: 120, admin: { description: 'Le créneau choisi est bloqué ce temps-là pendant que l’usager termine sa demande.' } },
      ],
    },
    {
      name: 'waitingOfferHours',
      type: 'number',
      label: 'Créneau libéré proposé en liste d’attente, gardé (heures)',
      defaultValue: 48, // DEFAULT_OFFER_HOURS (src/ticketing/waitingOffer.ts), as events' own setting
      min: 1,
      max: 336,
      admin: { description: 'Quand un créneau complet se libère, la première personne en liste d’attente reçoit un lien à usage unique qui le lui garde ce temps-là.' },
    },
    {
      name: 'audience',
      type: 'select',
      label: 'Qui peut réserver',
      required: true,
      defaultValue: 'tous',
      options: [
        { value: 'tous', label: 'Tout le monde' },
        { value: 'habitants', label: 'Les habitants de la commune' },
        { value: 'associations', label: 'Les associations' },
      ],
    },
    {
      name: 'prices',
      type: 'group',
      label: 'Tarifs (€ par jour ou par créneau, et par unité)',
      admin: { description: 'Vide ou 0 : gratuit. Le tarif est enregistré avec chaque réservation.' },
      fields: [
        {
          type: 'row',
          fields: (['resident', 'nonResident', 'association'] as const).map((rate) => ({ name: rate, type: 'number' as const, label: RATE_LABELS[rate], min: 0, max: 100000 })),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'approval', type: 'checkbox', label: 'Soumis à validation (option)', defaultValue: false, admin: { description: 'La réservation est une option jusqu’à ce qu’un agent la confirme ou la refuse.' } },
        { name: 'optionDays', type: 'number', label: 'Durée de l’option (jours)', defaultValue: 7, min: 1, max: 60, admin: { condition: (_, s) => Boolean(s?.approval) } },
      ],
    },
  ],
}
