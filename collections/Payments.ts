import type { CollectionConfig } from 'payload'

import { adminOrOwnOrganisation } from '../src/access/adminOrOwnOrganisation'
import { nobody } from '../src/access/nobody'
import { PAYMENT_MEANS, PAYMENT_STATES } from '../src/payment/paymentStates'
import { refundEndpoint } from '../src/payment/refundEndpoint'
import { regieExportEndpoint } from '../src/payment/regieExportEndpoint'
import { GROUPS } from './groups'

// Everything about money is written by the server only (decision 0045): never from a client.
const serverOwned = { create: () => false, update: () => false }
const dateTime = { readOnly: true, date: { displayFormat: 'dd/MM/yyyy HH:mm' } }

/**
 * One attempt to pay a request online (PayFiP): its amount, computed by the server, the refdet
 * sent to PayFiP (unique), the operation id PayFiP gave (unique), and its state. Every transition
 * is a row of payment-events, whose unique key makes each outcome happen once (src/payment/settle.ts).
 * Staff: amounts in euros, the history as a table, the régie's export and a refund recorded by
 * staff (decision 0048).
 */
export const Payments: CollectionConfig = {
  slug: 'payments',
  labels: { singular: 'Paiement', plural: 'Paiements' },
  defaultSort: '-createdAt',
  admin: {
    useAsTitle: 'refdet',
    defaultColumns: ['refdet', 'reference', 'amountCents', 'state', 'means', 'paidAt', 'organisation', 'problem'],
    group: GROUPS.payments,
    listSearchableFields: ['refdet', 'reference', 'idOp'],
    components: { beforeListTable: ['/src/admin/PaymentQuickFilters#PaymentQuickFilters'] },
  },
  access: { read: adminOrOwnOrganisation, create: nobody, update: nobody, delete: nobody },
  indexes: [{ fields: ['state', 'createdAt'] }],
  endpoints: [regieExportEndpoint, refundEndpoint],
  fields: [
    { name: 'reference', type: 'text', label: 'Demande n°', required: true, index: true, access: serverOwned, admin: { readOnly: true } },
    { name: 'submission', type: 'relationship', relationTo: 'submissions', label: 'Demande', required: true, index: true, access: serverOwned, admin: { readOnly: true } },
    { name: 'organisation', type: 'relationship', relationTo: 'organisations', label: 'Service', required: true, index: true, access: serverOwned, admin: { readOnly: true } },
    { name: 'amountCents', type: 'number', label: 'Montant', required: true, min: 1, access: serverOwned, admin: { readOnly: true, components: { Cell: '/src/admin/EurosCell#EurosCell', Field: '/src/admin/EurosField#EurosField' } } },
    // "Enregistrer un remboursement…" on a paid payment (stores nothing itself).
    { name: 'refundAction', type: 'ui', admin: { disableListColumn: true, components: { Field: '/src/admin/PaymentRefund#PaymentRefund' } } },
    { name: 'objet', type: 'text', label: 'Objet (PayFiP)', access: serverOwned, admin: { readOnly: true } },
    { name: 'refdet', type: 'text', label: 'Référence de paiement (refdet)', required: true, unique: true, access: serverOwned, admin: { readOnly: true } },
    // A placeholder ("attente-<refdet>") until PayFiP answers: unique and never null (MongoDB counts nulls).
    { name: 'idOp', type: 'text', label: 'Opération PayFiP (idOp)', required: true, unique: true, access: serverOwned, admin: { readOnly: true } },
    // "<reference>" while the payment is in flight, "<reference>:<id>" once settled: one payment in flight per request.
    { name: 'openKey', type: 'text', required: true, unique: true, access: { read: () => false, create: () => false, update: () => false }, admin: { hidden: true } },
    { name: 'state', type: 'select', label: 'État', required: true, defaultValue: 'en_attente', index: true, options: PAYMENT_STATES.map(({ value, label }) => ({ value, label })), access: serverOwned, admin: { readOnly: true } },
    { name: 'means', type: 'select', label: 'Moyen', options: PAYMENT_MEANS.map(({ value, label }) => ({ value, label })), access: serverOwned, admin: { readOnly: true } },
    { name: 'provider', type: 'text', label: 'Prestataire', access: serverOwned, admin: { readOnly: true } },
    { name: 'mode', type: 'text', label: 'Saisie (T test, X activation, W production)', access: serverOwned, admin: { readOnly: true } },
    { name: 'paidAt', type: 'date', label: 'Payé le', index: true, access: serverOwned, admin: dateTime },
    { name: 'numauto', type: 'text', label: 'N° d’autorisation', access: serverOwned, admin: { readOnly: true } },
    { name: 'payerEmail', type: 'email', label: 'Courriel du payeur', access: serverOwned, admin: { readOnly: true } },
    { name: 'settledAt', type: 'date', label: 'Résultat connu le', access: serverOwned, admin: dateTime },
    { name: 'problem', type: 'text', label: 'À traiter', access: serverOwned, admin: { readOnly: true, description: 'Par exemple : payé alors que les places avaient été libérées — à rembourser.' } },
    { name: 'events', type: 'join', collection: 'payment-events', on: 'payment', label: 'Historique', admin: { defaultColumns: ['at', 'from', 'to', 'source', 'detail'], components: { Field: '/src/admin/PaymentHistory#PaymentHistory' } } },
  ],
}
