import type { Field, GroupField, PointField, SelectField } from 'payload'

import { POSTAL_CODE_ERROR, readPostalCode } from '../lib/postalCode'
import { formatFrenchPhone, normaliseFrenchPhone } from '../lib/frenchPhone'
import { normaliseForSearch } from '../lib/searchText'

/** Fields shared by the association and business directories. */

export const PUBLICATION_STATUSES = [
  { value: 'published', label: 'Publiée' },
  { value: 'pending', label: 'En attente de validation' },
] as const

export type PublicationStatus = (typeof PUBLICATION_STATUSES)[number]['value']

/** Only "published" entries are public; new entries wait for staff. */
export const publicationStatusField = (): SelectField => ({
  name: 'status',
  type: 'select',
  label: 'Publication',
  options: [...PUBLICATION_STATUSES],
  defaultValue: 'pending',
  required: true,
  index: true,
  admin: { position: 'sidebar', description: 'Une fiche en attente n’apparaît pas sur le site.' },
})

export const PHONE_ERROR = 'Saisissez un numéro de téléphone français, par exemple 02 97 60 12 34.'
export const WEBSITE_ERROR = 'Saisissez une adresse de site qui commence par https:// ou http://'

/** "0297601234", "+33 2 97 60 12 34" → "02 97 60 12 34"; null when it is not a French number. */
export const tidyPhone = (raw: string): string | null => {
  const e164 = normaliseFrenchPhone(raw)
  return e164 ? formatFrenchPhone(e164) : null
}

/** "www.exemple.fr" → "https://www.exemple.fr"; null when it is not a web address. */
export const tidyWebsite = (raw: string): string | null => {
  const value = raw.trim()
  const withScheme = /^https?:\/\//i.test(value) ? value : `https://${value}`
  try {
    const url = new URL(withScheme)
    return /^[^.\s]+(\.[^.\s]+)+$/.test(url.hostname) ? url.toString().replace(/\/$/, '') : null
  } catch {
    return null
  }
}

export const contactField = (): GroupField => ({
  name: 'contact',
  type: 'group',
  label: 'Contact',
  fields: [
    { name: 'email', type: 'email', label: 'Courriel' },
    {
      name: 'phone',
      type: 'text',
      label: 'Téléphone',
      hooks: { beforeValidate: [({ value }) => (typeof value === 'string' && value.trim() ? (tidyPhone(value) ?? value) : value)] },
      validate: (value: string | null | undefined) => (!value || tidyPhone(value) ? true : PHONE_ERROR),
    },
    {
      name: 'website',
      type: 'text',
      label: 'Site web',
      hooks: { beforeValidate: [({ value }) => (typeof value === 'string' && value.trim() ? (tidyWebsite(value) ?? value) : value)] },
      validate: (value: string | null | undefined) => (!value || tidyWebsite(value) ? true : WEBSITE_ERROR),
    },
  ],
})

export const addressField = (): GroupField => ({
  name: 'address',
  type: 'group',
  label: 'Adresse',
  fields: [
    { name: 'street', type: 'text', label: 'Numéro et voie' },
    {
      name: 'postcode',
      type: 'text',
      label: 'Code postal',
      validate: (value: string | null | undefined) => (!value || readPostalCode(value) === value ? true : POSTAL_CODE_ERROR),
      hooks: { beforeValidate: [({ value }) => (typeof value === 'string' ? (readPostalCode(value) ?? value) : value)] },
    },
    { name: 'commune', type: 'text', label: 'Commune' },
  ],
})

export const COORDINATES_ERROR = 'Indiquez une position valide : longitude entre -180 et 180, latitude entre -90 et 90.'

/** Map position, stored by Payload as [longitude, latitude]. */
export const locationField = (): PointField => ({
  name: 'location',
  type: 'point',
  label: 'Position sur la carte',
  admin: { description: 'Longitude puis latitude (ex. : -2.7333 et 47.6872). Vide : la fiche n’apparaît pas sur la carte.' },
  validate: (value: unknown) => {
    if (value === null || value === undefined) return true
    if (!Array.isArray(value)) return COORDINATES_ERROR
    if (value.every((v) => v === null || v === undefined || v === '')) return true
    const [lng, lat] = value.map(Number)
    return Number.isFinite(lng) && Number.isFinite(lat) && Math.abs(lng) <= 180 && Math.abs(lat) <= 90 ? true : COORDINATES_ERROR
  },
})

/** "#" for names that do not start with a letter. */
export const initialOf = (name: string): string => {
  const first = normaliseForSearch(name).charAt(0)
  return /[a-z]/.test(first) ? first.toUpperCase() : '#'
}

/**
 * Hidden keys derived from the name: `sortName` (no accents, lower case: "Élan" sorts among the
 * E) and `initial` (A–Z or #, for the letter filter).
 */
export const nameKeyFields = (): Field[] => [
  {
    name: 'sortName',
    type: 'text',
    index: true,
    admin: { hidden: true },
    hooks: {
      beforeChange: [({ data, originalDoc }) => normaliseForSearch(String(data?.name ?? originalDoc?.name ?? ''))],
    },
  },
  {
    name: 'initial',
    type: 'text',
    index: true,
    admin: { hidden: true },
    hooks: {
      beforeChange: [({ data, originalDoc }) => initialOf(String(data?.name ?? originalDoc?.name ?? ''))],
    },
  },
]
