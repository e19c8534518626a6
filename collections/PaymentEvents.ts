import type { CollectionConfig } from 'payload'

import { adminOrOwnOrganisation } from '../src/access/adminOrOwnOrganisation'
import { nobody } from '../src/access/nobody'
import { PAYMENT_SOURCES, PAYMENT_STATES } from '../src/payment/paymentStates'

const states = PAYMENT_STATES.map(({ value, label }) => ({ value, label }))

/**
 * A payment's transitions, with their time and what moved them. The unique `key`
 * ("<payment>:issue", "<payment>:remboursement") is the conditional write: of several
 * notifications, returns and job runs settling one payment at once, one inserts it and applies
 * the outcome; the others find it taken and do nothing (one credit per payment, decision 0045).
 */
export const PaymentEvents: CollectionConfig = {
  slug: 'payment-events',
  labels: { singular: 'Événement de paiement', plural: 'Événements de paiement' },
  defaultSort: 'at',
  admin: { hidden: true, useAsTitle: 'key' },
  access: { read: adminOrOwnOrganisation, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, admin: { hidden: true } },
    { name: 'payment', type: 'relationship', relationTo: 'payments', label: 'Paiement', required: true, index: true },
    { name: 'organisation', type: 'relationship', relationTo: 'organisations', label: 'Service', required: true, index: true },
    { name: 'at', type: 'date', label: 'Date', required: true, admin: { date: { displayFormat: 'dd/MM/yyyy HH:mm:ss' } } },
    { name: 'from', type: 'select', label: 'De', options: states },
    { name: 'to', type: 'select', label: 'Vers', required: true, options: states },
    { name: 'source', type: 'select', label: 'Origine', required: true, options: PAYMENT_SOURCES.map(({ value, label }) => ({ value, label })) },
    { name: 'detail', type: 'text', label: 'Détail' },
  ],
}
