import type { CollectionConfig } from 'payload'

import { adminOrOwnOrganisation } from '../../src/access/adminOrOwnOrganisation'
import { isAdmin } from '../../src/access/isAdmin'
import { nobody } from '../../src/access/nobody'
import { TICKET_STATES } from '../../src/ticketing/ticketStates'
import { GROUPS } from '../groups'
import { freeCancelledTicketPlaces } from './hooks/freeCancelledTicketPlaces'

// Written by the request's creation only; staff cancel a ticket, the door marks it used.
const serverOwned = { update: () => false }

/**
 * One ticket of a show's session (the billets field's commit): its tariff and price, its seat,
 * its state, and the code its QR carries (signed when printed). The order's places in
 * `place-claims` are what make overselling impossible; cancelling the last ticket of an order
 * frees them.
 */
export const Tickets: CollectionConfig = {
  slug: 'tickets',
  labels: { singular: 'Billet', plural: 'Billets' },
  defaultSort: 'sessionStartsAt',
  admin: {
    useAsTitle: 'reference',
    defaultColumns: ['reference', 'eventTitle', 'sessionStartsAt', 'tariff', 'seat', 'holderName', 'state'],
    group: GROUPS.booking,
    listSearchableFields: ['reference', 'holderName', 'eventTitle'],
  },
  access: { read: adminOrOwnOrganisation, create: nobody, update: adminOrOwnOrganisation, delete: isAdmin },
  hooks: { afterChange: [freeCancelledTicketPlaces] },
  indexes: [{ fields: ['event', 'session'] }],
  fields: [
    { name: 'reference', type: 'text', label: 'Demande n°', required: true, index: true, access: serverOwned },
    { name: 'order', type: 'text', label: 'Commande', required: true, index: true, access: serverOwned, admin: { hidden: true } },
    { name: 'event', type: 'relationship', relationTo: 'events', label: 'Spectacle', required: true, access: serverOwned },
    { name: 'organisation', type: 'relationship', relationTo: 'organisations', label: 'Organisation', required: true, index: true, access: serverOwned },
    { name: 'eventTitle', type: 'text', label: 'Spectacle', access: serverOwned, admin: { readOnly: true } },
    { name: 'session', type: 'text', label: 'Séance (identifiant)', required: true, access: serverOwned, admin: { hidden: true } },
    { name: 'sessionStartsAt', type: 'date', label: 'Séance', required: true, access: serverOwned, admin: { readOnly: true, date: { displayFormat: 'dd/MM/yyyy HH:mm' } } },
    { name: 'tariff', type: 'text', label: 'Tarif', required: true, access: serverOwned, admin: { readOnly: true } },
    { name: 'priceCents', type: 'number', label: 'Prix (centimes)', required: true, access: serverOwned, admin: { readOnly: true } },
    { name: 'seat', type: 'text', label: 'Place', access: serverOwned, admin: { readOnly: true } },
    { name: 'holderName', type: 'text', label: 'Acheteur', access: serverOwned, admin: { readOnly: true } },
    { name: 'holderEmail', type: 'email', label: 'Courriel', access: serverOwned, admin: { readOnly: true } },
    // Never shown in lists: the printed QR carries it, signed.
    { name: 'code', type: 'text', label: 'Code', required: true, unique: true, access: { read: () => false, update: () => false }, admin: { hidden: true } },
    { name: 'state', type: 'select', label: 'État', required: true, defaultValue: 'valide', options: TICKET_STATES.map(({ value, label }) => ({ value, label })) },
    { name: 'usedAt', type: 'date', label: 'Contrôlé le', access: serverOwned, admin: { readOnly: true, date: { displayFormat: 'dd/MM/yyyy HH:mm' } } },
    { name: 'usedBy', type: 'text', label: 'Contrôlé par', access: serverOwned, admin: { readOnly: true } },
  ],
}
