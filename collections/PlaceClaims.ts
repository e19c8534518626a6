import type { CollectionConfig } from 'payload'

import { nobody } from '../src/access/nobody'

/**
 * One place taken in a limited pool (a form's maximum of requests; later a room's slots, a show's
 * seats, a stock of chairs): place N of pool P is one document, and the unique `key` "P#N" is what refuses a second
 * taker — in the database, whichever process or server takes it (decision 0031). Server-owned:
 * never exposed by the API.
 */
export const PlaceClaims: CollectionConfig = {
  slug: 'place-claims',
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'key', type: 'text', required: true, unique: true },
    { name: 'pool', type: 'text', required: true, index: true },
    { name: 'place', type: 'number', required: true },
    // What holds the place (e.g. "submissions:42", "bookings:7", "holds:<token>"): freed when it is deleted.
    { name: 'holder', type: 'text', index: true },
    // The pools read together (a resource's days and slots: "resources:3"), for availability tables.
    { name: 'scope', type: 'text', index: true },
    // A hold (or an option) frees its place at this time: expired claims are purged when their pool is read.
    { name: 'expiresAt', type: 'date', index: true },
  ],
}
