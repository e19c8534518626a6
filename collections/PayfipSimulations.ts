import type { CollectionConfig } from 'payload'

import { nobody } from '../src/access/nobody'

/**
 * The PayFiP simulator's operations (decision 0046): one document per idOp created through its
 * web service, with what the tester chose on its payment page. `state` goes from "en-attente" to
 * "choisi" once, by a conditional write (src/payment/simulator/paymentPage.ts). Server-owned:
 * never exposed by the API nor shown in the admin.
 */
export const PayfipSimulations: CollectionConfig = {
  slug: 'payfip-simulations',
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'idOp', type: 'text', required: true, unique: true },
    { name: 'numcli', type: 'text', required: true },
    { name: 'exer', type: 'text', required: true },
    { name: 'refdet', type: 'text', required: true, index: true },
    { name: 'amountCents', type: 'number', required: true },
    { name: 'mel', type: 'text', required: true },
    { name: 'objet', type: 'text' },
    { name: 'saisie', type: 'text', required: true },
    { name: 'urlnotif', type: 'text', required: true },
    { name: 'urlredirect', type: 'text', required: true },
    // When creerPaiementSecurise gave the idOp: the page refuses it 15 minutes later.
    { name: 'issuedAt', type: 'date', required: true },
    { name: 'state', type: 'select', required: true, defaultValue: 'en-attente', options: ['en-attente', 'choisi'], index: true },
    { name: 'resultrans', type: 'text' },
    { name: 'numauto', type: 'text' },
    { name: 'chosenAt', type: 'date' },
    // The tester chose "paid, notification never sent".
    { name: 'notificationSkipped', type: 'checkbox', defaultValue: false },
  ],
}
