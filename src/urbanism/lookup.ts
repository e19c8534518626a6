import type { Payload } from 'payload'

import { addressSearchKey } from '../plu/cadastre/addressSearchKey'
import { normaliseParcelNumber, normaliseSection, PARCEL_ID } from '../plu/cadastre/parcelId'
import { zonesAt, zonesOfParcel } from '../plu/spatial/areaIndex'
import { findAddressOnline } from './addressApi'
import { parcelById, parcelBySection, type FoundParcel } from './parcels'
import { pluSnapshot, type OverlayView, type PluSnapshot, type ZoneView } from './snapshot'

/** The inputs of the question "which zone?", as the form and the endpoint name them. */
export type LookupField = 'adresse' | 'section' | 'numero' | 'parcelle' | 'point'

export interface ParcelView {
  id: string
  section: string
  numero: string
  contenance: number | null
  bbox?: [number, number, number, number]
}

export interface LookupFound {
  ok: true
  /** The point looked up (the address's, the click's), or null for a parcel. */
  point: [number, number] | null
  address: string | null
  parcel: ParcelView | null
  /** Zones there; for a parcel each with the share of it it covers (0–1). */
  zones: Array<{ zone: ZoneView; share: number | null }>
  prescriptions: OverlayView[]
  information: OverlayView[]
}

export interface LookupRefused {
  ok: false
  /** 400: the question is malformed; 404: it names nothing we know (or a place outside the PLU). */
  status: 400 | 404
  field: LookupField
  message: string
  /** Several addresses match: the citizen picks one. */
  candidates?: Array<{ label: string; lon: number; lat: number }>
}

export type LookupAnswer = LookupFound | LookupRefused

const refuse = (status: 400 | 404, field: LookupField, message: string, extra: Partial<LookupRefused> = {}): LookupRefused => ({ ok: false, status, field, message, ...extra })

const NO_PLU = refuse(404, 'point', "Aucun plan local d'urbanisme n'est encore publié sur ce portail.")

/**
 * How far from a point a line or point prescription or information still concerns it (decision
 * 0066): a click or an address is a few metres from the thing drawn (a hedge to keep, a building
 * line along the road), never on it; 15 m is about a plot's frontage, a house's depth.
 */
export const NEAR_METRES = 15

function overlaysAt(snapshot: PluSnapshot, lon: number, lat: number) {
  const found = [...snapshot.overlayIndex.at(lon, lat), ...snapshot.linearIndex.near(lon, lat, NEAR_METRES).map((o) => o.item)]
  return { prescriptions: found.filter((o) => o.kind === 'prescription'), information: found.filter((o) => o.kind === 'information') }
}

/** Zones, prescriptions and information at a point [lon, lat] (WGS84). */
export async function lookupPoint(payload: Payload, lon: number, lat: number, address: string | null = null): Promise<LookupAnswer> {
  if (!Number.isFinite(lon) || !Number.isFinite(lat) || Math.abs(lon) > 180 || Math.abs(lat) > 90) {
    return refuse(400, 'point', 'Coordonnées invalides : indiquez une longitude et une latitude en degrés décimaux.')
  }
  const snapshot = await pluSnapshot(payload)
  if (!snapshot) return NO_PLU
  const zones = zonesAt(snapshot.zoneIndex, [lon, lat])
  if (!zones.length) {
    return refuse(404, address ? 'adresse' : 'point', address ? `L'adresse « ${address} » est en dehors du territoire couvert par le PLU de la commune.` : 'Ce point est en dehors du territoire couvert par le PLU de la commune.')
  }
  return { ok: true, point: [lon, lat], address, parcel: null, zones: zones.map((zone) => ({ zone, share: null })), ...overlaysAt(snapshot, lon, lat) }
}

/** Finds a parcel by its id (`91216000AB0037`) or by section + number in the town. */
async function findParcel(payload: Payload, query: { id?: string; section?: string; numero?: string }, insee: string | null): Promise<FoundParcel | LookupRefused> {
  if (query.id !== undefined) {
    const id = query.id.trim().toUpperCase()
    if (!PARCEL_ID.test(id)) return refuse(400, 'parcelle', `Identifiant de parcelle « ${query.id.slice(0, 40)} » invalide (14 caractères attendus, par exemple 91216000AB0037).`)
    return (await parcelById(payload, id)) ?? refuse(404, 'parcelle', `La parcelle ${id} n'existe pas dans le cadastre de la commune.`)
  }
  const section = normaliseSection(query.section ?? '')
  const numero = normaliseParcelNumber(query.numero ?? '')
  if (!query.section?.trim()) return refuse(400, 'section', 'Indiquez la section cadastrale (une ou deux lettres, par exemple AB).')
  if (!section) return refuse(400, 'section', `Section « ${query.section.slice(0, 20)} » invalide : une ou deux lettres ou chiffres, par exemple AB.`)
  if (!query.numero?.trim()) return refuse(400, 'numero', 'Indiquez le numéro de la parcelle (par exemple 37).')
  if (!numero) return refuse(400, 'numero', `Numéro « ${query.numero.slice(0, 20)} » invalide : un nombre de 1 à 9999, par exemple 37.`)
  return (
    (await parcelBySection(payload, section, numero, insee)) ??
    refuse(404, 'numero', `La parcelle ${parcelLabel({ section, numero })} n'existe pas dans le cadastre de la commune : vérifiez la section et le numéro (ils figurent sur l'avis de taxe foncière ou sur cadastre.gouv.fr).`)
  )
}

/** The zones a parcel lies in (with their share of it), and the prescriptions and information touching it. */
export async function lookupParcel(payload: Payload, query: { id?: string; section?: string; numero?: string }): Promise<LookupAnswer> {
  const snapshot = await pluSnapshot(payload)
  const parcel = await findParcel(payload, query, snapshot?.insee ?? null)
  if ('ok' in parcel) return parcel
  if (!snapshot) return NO_PLU
  const geometry = parcel.geometry
  const zones = zonesOfParcel(snapshot.zoneIndex, { geometry })
  const view: ParcelView = { id: parcel.id, section: parcel.section, numero: parcel.numero, contenance: parcel.contenance ?? null, bbox: parcel.bbox }
  if (!zones.length) return refuse(404, query.id !== undefined ? 'parcelle' : 'numero', `La parcelle ${parcelLabel(view)} est en dehors du territoire couvert par le PLU de la commune.`)
  const overlays = [...snapshot.overlayIndex.overlapping(geometry, { minShare: 0.001 }).map((o) => o.item), ...snapshot.linearIndex.within(geometry)]
  return {
    ok: true,
    point: null,
    address: null,
    parcel: view,
    zones: zones.map((o) => ({ zone: o.item, share: o.share })),
    prescriptions: overlays.filter((o) => o.kind === 'prescription'),
    information: overlays.filter((o) => o.kind === 'information'),
  }
}

/** "AB 37" from a stored parcel. */
export const parcelLabel = (p: { section: string; numero: string }) => `${p.section.replace(/^0/, '')} ${Number(p.numero)}`

type StoredAddress = { label: string; searchKey: string; lon: number; lat: number }

/** Addresses of the imported BAN matching a typed address (exactly, else by contained words). */
export async function findAddresses(payload: Payload, text: string): Promise<StoredAddress[]> {
  const key = addressSearchKey(text)
  if (!key) return []
  const find = async (where: Parameters<Payload['find']>[0]['where']) =>
    (await payload.find({ collection: 'addresses', where, limit: 10, depth: 0, overrideAccess: true, pagination: false, sort: 'label' })).docs as unknown as StoredAddress[]
  const exact = await find({ searchKey: { equals: key } })
  if (exact.length) return exact
  // "12 rue de la paix 91360 epinay sur orge": the stored key has no commune; drop trailing words.
  const words = key.split(' ')
  for (let end = words.length - 1; end >= 2 && end >= words.length - 5; end--) {
    const shorter = await find({ searchKey: { equals: words.slice(0, end).join(' ') } })
    if (shorter.length) return shorter
  }
  return find({ searchKey: { contains: key } })
}

/** Zones at an address: the imported BAN first, then the configured address service if any. */
export async function lookupAddress(payload: Payload, text: string): Promise<LookupAnswer> {
  const typed = text.replace(/\s+/g, ' ').trim()
  if (!typed) return refuse(400, 'adresse', 'Indiquez une adresse (numéro et voie), par exemple 12 rue de la Mairie.')
  if (typed.length > 200) return refuse(400, 'adresse', "L'adresse est trop longue (200 caractères au plus).")
  const found = await findAddresses(payload, typed)
  if (found.length === 1 || (found.length > 1 && found.every((a) => a.searchKey === found[0].searchKey))) return lookupPoint(payload, found[0].lon, found[0].lat, found[0].label)
  if (found.length > 1) {
    return refuse(404, 'adresse', `Plusieurs adresses correspondent à « ${typed} » : choisissez la vôtre.`, { candidates: found.map((a) => ({ label: a.label, lon: a.lon, lat: a.lat })) })
  }
  const snapshot = await pluSnapshot(payload)
  const online = await findAddressOnline(typed, snapshot?.insee ?? null)
  if (online) return lookupPoint(payload, online.lon, online.lat, online.label)
  return refuse(404, 'adresse', `Adresse « ${typed} » introuvable dans la commune : vérifiez le numéro et le nom de la voie, ou cherchez par parcelle.`)
}

/** The question as the form and the endpoint ask it: address, parcel (section + number or id), or point. */
export async function lookup(payload: Payload, params: { get(name: string): string | null }): Promise<LookupAnswer | null> {
  const get = (name: string) => params.get(name) ?? undefined
  const adresse = get('adresse')
  const section = get('section')
  const numero = get('numero')
  const parcelle = get('parcelle')
  const lon = get('lon')
  const lat = get('lat')
  if (section?.trim() || numero?.trim()) return lookupParcel(payload, { section, numero })
  if (parcelle?.trim()) return lookupParcel(payload, { id: parcelle })
  if (adresse !== undefined && (adresse.trim() || (!lon && !lat))) return lookupAddress(payload, adresse)
  if (lon !== undefined || lat !== undefined) {
    const x = Number((lon ?? '').replace(',', '.'))
    const y = Number((lat ?? '').replace(',', '.'))
    if (!lon?.trim() || !lat?.trim() || !Number.isFinite(x) || !Number.isFinite(y)) return refuse(400, 'point', 'Coordonnées invalides : indiquez une longitude et une latitude en degrés décimaux.')
    return lookupPoint(payload, x, y)
  }
  return null
}

/** What a parcel field keeps: the parcel and the zones it touches at that moment (decision 0064). */
export interface ParcelAnswer {
  parcel: ParcelView & { commune: string }
  /** Empty when no PLU is published yet. */
  zones: Array<{ label: string; longLabel: string | null; type: string | null; share: number }>
  revision: string | null
}

/** A parcel typed in a form, checked against the cadastre, with its zones; or a French refusal. */
export async function parcelForForm(payload: Payload, query: { id?: string; section?: string; numero?: string }): Promise<ParcelAnswer | LookupRefused> {
  const snapshot = await pluSnapshot(payload)
  const parcel = await findParcel(payload, query, snapshot?.insee ?? null)
  if ('ok' in parcel) return parcel
  const zones = snapshot ? zonesOfParcel(snapshot.zoneIndex, { geometry: parcel.geometry }) : []
  return {
    parcel: { id: parcel.id, commune: parcel.commune, section: parcel.section, numero: parcel.numero, contenance: parcel.contenance ?? null },
    zones: zones.map((o) => ({ label: o.item.label, longLabel: o.item.longLabel, type: o.item.type, share: Math.round(o.share * 100) / 100 })),
    revision: snapshot ? snapshot.idurba : null,
  }
}
