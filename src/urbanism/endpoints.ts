import type { Endpoint } from 'payload'

import { lookup, type LookupAnswer } from './lookup'
import { mapDataOf } from './mapData'
import { parcelsNear, parcelsOfSection } from './parcelMap'
import { pluSnapshot } from './snapshot'

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json; charset=utf-8', ...headers } })

/**
 * GET /api/plu/carte — the current PLU for the map: simplified zones and overlays, cached by the
 * browser and revalidated by ETag (the revision's id). 404 in French when no PLU is published.
 */
export const pluMapEndpoint: Endpoint = {
  path: '/plu/carte',
  method: 'get',
  handler: async (req) => {
    const snapshot = await pluSnapshot(req.payload)
    if (!snapshot) return json({ error: "Aucun plan local d'urbanisme n'est encore publié sur ce portail." }, 404)
    const { body, etag } = mapDataOf(snapshot)
    const headers = { ETag: etag, 'Cache-Control': 'public, max-age=300, stale-while-revalidate=86400' }
    if (req.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers })
    return json(body, 200, headers)
  },
}

/** A lookup answer without geometries: what a citizen reads. */
export function answerBody(answer: LookupAnswer) {
  if (!answer.ok) return { error: answer.message, field: answer.field, ...(answer.candidates ? { candidates: answer.candidates } : {}) }
  const overlay = (o: { id: number | string; label: string; codeLabel: string | null; text: string | null; regulation: unknown }) => ({ id: o.id, label: o.label, codeLabel: o.codeLabel, text: o.text, regulation: o.regulation })
  return {
    point: answer.point,
    address: answer.address,
    parcel: answer.parcel,
    zones: answer.zones.map(({ zone, share }) => ({ id: zone.id, label: zone.label, longLabel: zone.longLabel, type: zone.type, typeLabel: zone.typeLabel, regulation: zone.regulation, share })),
    prescriptions: answer.prescriptions.map(overlay),
    information: answer.information.map(overlay),
  }
}

/**
 * GET /api/plu/zone?lon=…&lat=… | ?adresse=… | ?section=…&numero=… | ?parcelle=<id> — the zones,
 * prescriptions and information there. Bad or unknown input: 400 / 404 with a French message
 * and the field it concerns; never a 5xx for what a visitor types.
 */
export const pluLookupEndpoint: Endpoint = {
  path: '/plu/zone',
  method: 'get',
  handler: async (req) => {
    const url = new URL(req.url ?? 'http://localhost/')
    const answer = await lookup(req.payload, url.searchParams)
    if (!answer) return json({ error: 'Indiquez une adresse, une parcelle (section et numéro) ou un point (lon et lat).', field: 'adresse' }, 400)
    return json(answerBody(answer), answer.ok ? 200 : answer.status, { 'Cache-Control': 'no-store' })
  },
}

/**
 * GET /api/plu/parcelles?lon=…&lat=… | ?section=AB — the cadastral parcels the form's map draws
 * (decision 0065): near a point or of a section, simplified, cached by the browser for 5 minutes
 * (the cadastre changes once a year). Only for drawing: the form checks the typed parcel again.
 */
export const pluParcelsEndpoint: Endpoint = {
  path: '/plu/parcelles',
  method: 'get',
  handler: async (req) => {
    const url = new URL(req.url ?? 'http://localhost/')
    const cached = { 'Cache-Control': 'public, max-age=300' }
    const section = url.searchParams.get('section')
    if (section !== null) {
      if (!section.trim()) return json({ error: 'Indiquez la section cadastrale (une ou deux lettres, par exemple AB).', field: 'section' }, 400)
      const snapshot = await pluSnapshot(req.payload)
      const parcels = await parcelsOfSection(req.payload, section, snapshot?.insee ?? null)
      if (!parcels) return json({ error: `Section « ${section.slice(0, 20)} » inconnue dans le cadastre de la commune : une ou deux lettres, par exemple AB.`, field: 'section' }, 404)
      return json({ parcels }, 200, cached)
    }
    const lon = Number((url.searchParams.get('lon') ?? '').replace(',', '.'))
    const lat = Number((url.searchParams.get('lat') ?? '').replace(',', '.'))
    if (!url.searchParams.get('lon')?.trim() || !url.searchParams.get('lat')?.trim() || !Number.isFinite(lon) || !Number.isFinite(lat) || Math.abs(lon) > 180 || Math.abs(lat) > 90) {
      return json({ error: 'Indiquez une section (section=AB) ou un point (lon et lat en degrés décimaux).', field: 'point' }, 400)
    }
    return json({ parcels: await parcelsNear(req.payload, lon, lat) }, 200, cached)
  },
}
