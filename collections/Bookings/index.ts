import type { CollectionConfig } from 'payload'

import { adminOrOwnOrganisation } from '../../src/access/adminOrOwnOrganisation'
import { isAdmin } from '../../src/access/isAdmin'
import { nobody } from '../../src/access/nobody'
import { BOOKING_STATES } from '../../src/booking/bookingStates'
import { RATE_LABELS } from '../../src/booking/resourceRules'
import { GROUPS } from '../groups'
import { applyBookingState, freeCancelledPlaces, freeDeletedPlaces } from './hooks/bookingState'

// Written by the request's creation only; staff change the state (confirm an option, cancel).
const serverOwned = { update: () => false }

/**
 * A booking of a resource, made by a citizen's request (the créneau field's commit). Its places
 * in `place-claims` are what make a second booking of the same slot impossible; cancelling or
 * deleting it frees them.
 */
export const Bookings: CollectionConfig = {
  slug: 'bookings',
  labels: { singular: 'Réservation', plural: 'Réservations' },
  defaultSort: 'startsAt',
  admin: {
    useAsTitle: 'reference',
    defaultColumns: ['reference', 'resource', 'startsAt', 'quantity', 'requesterName', 'state', 'amountCents'],
    group: GROUPS.booking,
    listSearchableFields: ['reference', 'requesterName'],
    components: { beforeListTable: ['/src/admin/CalendarLink#CalendarLink'] },
  },
  access: { read: adminOrOwnOrganisation, create: nobody, update: adminOrOwnOrganisation, delete: isAdmin },
  hooks: { beforeChange: [applyBookingState], afterChange: [freeCancelledPlaces], afterDelete: [freeDeletedPlaces] },
  indexes: [{ fields: ['resource', 'startsAt'] }],
  fields: [
    { name: 'reference', type: 'text', label: 'Demande n°', required: true, index: true, access: serverOwned },
    { name: 'submission', type: 'relationship', relationTo: 'submissions', label: 'Demande', index: true, access: serverOwned },
    { name: 'resource', type: 'relationship', relationTo: 'resources', label: 'Ressource', required: true, access: serverOwned },
    { name: 'organisation', type: 'relationship', relationTo: 'organisations', label: 'Organisation', required: true, index: true, access: serverOwned },
    {
      name: 'state',
      type: 'select',
      label: 'État',
      required: true,
      defaultValue: 'confirmee',
      options: BOOKING_STATES.map(({ value, label }) => ({ value, label })),
    },
    { name: 'optionUntil', type: 'date', label: 'Option valable jusqu’au', access: serverOwned, admin: { readOnly: true, date: { displayFormat: 'dd/MM/yyyy HH:mm' } } },
    { name: 'requesterName', type: 'text', label: 'Demandeur', access: serverOwned, admin: { readOnly: true } },
    { name: 'requesterEmail', type: 'email', label: 'Courriel du demandeur', access: serverOwned, admin: { readOnly: true } },
    { name: 'start', type: 'text', label: 'Début (jour ou créneau)', required: true, access: serverOwned, admin: { readOnly: true } },
    { name: 'startsAt', type: 'date', label: 'Début', required: true, index: true, access: serverOwned, admin: { readOnly: true, date: { displayFormat: 'dd/MM/yyyy HH:mm' } } },
    { name: 'endsAt', type: 'date', label: 'Fin', required: true, access: serverOwned, admin: { readOnly: true, date: { displayFormat: 'dd/MM/yyyy HH:mm' } } },
    { name: 'days', type: 'number', label: 'Jours', access: serverOwned, admin: { readOnly: true } },
    { name: 'quantity', type: 'number', label: 'Quantité', required: true, access: serverOwned, admin: { readOnly: true } },
    {
      name: 'rate',
      type: 'select',
      label: 'Tarif',
      access: serverOwned,
      admin: { readOnly: true },
      options: (Object.keys(RATE_LABELS) as Array<keyof typeof RATE_LABELS>).map((value) => ({ value, label: RATE_LABELS[value] })),
    },
    {
      type: 'row',
      fields: [
        { name: 'association', type: 'relationship', relationTo: 'associations', label: 'Association (tarif association)', access: serverOwned, admin: { readOnly: true } },
        { name: 'residentDeclared', type: 'checkbox', label: 'Domicile dans la commune attesté', access: serverOwned, admin: { readOnly: true, description: 'Pour le tarif habitant : un justificatif peut être demandé avant de confirmer.' } },
      ],
    },
    { name: 'amountCents', type: 'number', label: 'Montant (centimes)', required: true, defaultValue: 0, access: serverOwned, admin: { readOnly: true, description: 'À régler sur place tant que le paiement en ligne n’est pas ouvert.' } },
  ],
}
