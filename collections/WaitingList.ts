import type { CollectionConfig } from 'payload'

import { adminOrOwnOrganisation } from '../src/access/adminOrOwnOrganisation'
import { isAdmin } from '../src/access/isAdmin'
import { nobody } from '../src/access/nobody'
import { WAITING_STATES } from '../src/ticketing/waitingStates'
import { GROUPS } from './groups'

// Written by the request's creation and the offer job only.
const serverOwned = { update: () => false }
const dateTime = { readOnly: true, date: { displayFormat: 'dd/MM/yyyy HH:mm' } }

/**
 * One citizen waiting, in order of arrival, for places of a sold-out session (the "attente" field's
 * commit) or for a taken slot or days of a resource (the "créneau" field's, decision 0074). When
 * places come back the first who can be served gets a single-use link that holds them
 * (src/ticketing/waitingList.ts, src/booking/waitingSlots.ts); the link's secret is stored hashed.
 */
export const WaitingList: CollectionConfig = {
  slug: 'waiting-list',
  labels: { singular: 'Inscription en liste d’attente', plural: 'Liste d’attente' },
  defaultSort: 'createdAt',
  admin: {
    useAsTitle: 'reference',
    defaultColumns: ['reference', 'eventTitle', 'resource', 'sessionStartsAt', 'places', 'name', 'state', 'createdAt'],
    group: GROUPS.booking,
    listSearchableFields: ['reference', 'name', 'eventTitle', 'resourceName'],
  },
  access: { read: adminOrOwnOrganisation, create: nobody, update: adminOrOwnOrganisation, delete: isAdmin },
  indexes: [{ fields: ['event', 'session', 'state'] }, { fields: ['resource', 'slotStart', 'state'] }],
  fields: [
    { name: 'reference', type: 'text', label: 'Demande n°', required: true, index: true, access: serverOwned },
    // A show's session, or a resource's slot or days: one of the two.
    { name: 'event', type: 'relationship', relationTo: 'events', label: 'Spectacle', access: serverOwned, admin: { readOnly: true } },
    { name: 'resource', type: 'relationship', relationTo: 'resources', label: 'Ressource', index: true, access: serverOwned, admin: { readOnly: true } },
    { name: 'organisation', type: 'relationship', relationTo: 'organisations', label: 'Organisation', required: true, index: true, access: serverOwned },
    { name: 'eventTitle', type: 'text', label: 'Spectacle', access: serverOwned, admin: { readOnly: true } },
    { name: 'resourceName', type: 'text', label: 'Ressource (nom)', access: serverOwned, admin: { readOnly: true, hidden: true } },
    { name: 'session', type: 'text', label: 'Séance (identifiant)', access: serverOwned, admin: { hidden: true } },
    { name: 'slotStart', type: 'text', label: 'Créneau ou premier jour', access: serverOwned, admin: { readOnly: true, description: '« 2026-06-14 » (à la journée) ou « 2026-06-14T10:00 » (créneau).' } },
    { name: 'slotEnd', type: 'text', label: 'Fin (dernier jour ou heure)', access: serverOwned, admin: { hidden: true } },
    { name: 'days', type: 'number', label: 'Jours', min: 1, access: serverOwned, admin: { readOnly: true } },
    { name: 'sessionStartsAt', type: 'date', label: 'Date', required: true, access: serverOwned, admin: dateTime },
    { name: 'places', type: 'number', label: 'Places ou quantité souhaitées', required: true, min: 1, access: serverOwned, admin: { readOnly: true } },
    { name: 'name', type: 'text', label: 'Nom', access: serverOwned, admin: { readOnly: true } },
    { name: 'email', type: 'email', label: 'Courriel', required: true, access: serverOwned, admin: { readOnly: true } },
    {
      name: 'state',
      type: 'select',
      label: 'État',
      required: true,
      defaultValue: 'attente',
      index: true,
      options: WAITING_STATES.map(({ value, label }) => ({ value, label })),
      admin: { description: '« Retirée » : la personne ne recevra plus de proposition.' },
    },
    { name: 'offeredAt', type: 'date', label: 'Places proposées le', access: serverOwned, admin: dateTime },
    { name: 'offerExpiresAt', type: 'date', label: 'Proposition valable jusqu’au', access: serverOwned, admin: dateTime },
    { name: 'offerTokenHash', type: 'text', index: true, access: { read: () => false, update: () => false }, admin: { hidden: true } },
  ],
}
