'use client'

import 'leaflet/dist/leaflet.css'
import './parcelPicker.css'

import { useEffect, useRef } from 'react'

import type { PluMapData } from '@/urbanism/mapData'
import type { MapParcel } from '@/urbanism/parcelMap'
import { ZONE_COLOURS } from '@/urbanism/zoneColours'

/** Parcels are fetched around the map's centre from this zoom on (a few streets on screen). */
const PARCELS_FROM_ZOOM = 16

const setInput = (id: string, value: string) => {
  const input = document.getElementById(id) as HTMLInputElement | null
  if (!input) return
  input.value = value
  // The form's own scripts (conditions, saved draft) listen to these.
  input.dispatchEvent(new Event('input', { bubbles: true }))
  input.dispatchEvent(new Event('change', { bubbles: true }))
}

type ZoneAnswer = { zones?: Array<{ label: string; longLabel: string | null; share: number | null }>; error?: string }

/**
 * The parcel field's map (decision 0065), loaded when opened: the PLU zones for context
 * (GET /api/plu/carte, cached), the parcels of the typed section or, from zoom 16, around the
 * map's centre (GET /api/plu/parcelles, cached). A click on a parcel fills the section and number
 * inputs and tells, in words, the zones it touches (GET /api/plu/zone).
 */
export function ParcelPickerMap({ sectionInputId, numeroInputId, label, onStatus }: { sectionInputId: string; numeroInputId: string; label: string; onStatus: (text: string) => void }) {
  const container = useRef<HTMLDivElement>(null)

  useEffect(() => {
    let cancelled = false
    let map: import('leaflet').Map | null = null
    const typedSection = (document.getElementById(sectionInputId) as HTMLInputElement | null)?.value.trim() ?? ''
    const getJson = <T,>(url: string) => fetch(url).then((r) => (r.ok ? (r.json() as Promise<T>) : null)).catch(() => null)
    Promise.all([import('leaflet'), getJson<PluMapData>('/api/plu/carte'), typedSection ? getJson<{ parcels: MapParcel[] }>(`/api/plu/parcelles?section=${encodeURIComponent(typedSection)}`) : null])
      .then(([{ default: L }, plu, ofSection]) => {
        if (cancelled || !container.current) return
        map = L.map(container.current, { zoomControl: false, attributionControl: false })
        L.control.zoom({ zoomInTitle: 'Zoom avant', zoomOutTitle: 'Zoom arrière' }).addTo(map)
        if (plu) {
          L.geoJSON({ type: 'FeatureCollection', features: plu.zones.map((z) => ({ type: 'Feature', geometry: z.geometry, properties: { type: z.type } })) } as GeoJSON.FeatureCollection, {
            style: (f) => {
              const c = ZONE_COLOURS[(f?.properties as { type?: keyof typeof ZONE_COLOURS })?.type ?? 'U'] ?? { fill: '#888888', stroke: '#444444' }
              return { color: c.stroke, weight: 1, fillColor: c.fill, fillOpacity: 0.15 }
            },
            interactive: false,
          }).addTo(map)
        }
        const shown = new Set<string>()
        let picked: import('leaflet').Path | null = null
        const parcels = L.geoJSON(undefined, {
          style: (f) => ({ color: '#1e1e1e', weight: 1, fillColor: '#ffffff', fillOpacity: 0.25, className: `parcel-picker__parcel parcel-${(f?.properties as { id?: string })?.id ?? ''}` }),
          onEachFeature: (feature, layer) => {
            const p = feature.properties as Omit<MapParcel, 'geometry'>
            const path = layer as import('leaflet').Path
            layer.bindTooltip(`${p.section} ${p.numero}`, { sticky: true })
            layer.on('click', () => {
              picked?.setStyle({ weight: 1, fillColor: '#ffffff', fillOpacity: 0.25 })
              path.setStyle({ weight: 3, fillColor: '#1f4e8c', fillOpacity: 0.5 })
              picked = path
              setInput(sectionInputId, p.section)
              setInput(numeroInputId, p.numero)
              onStatus(`Parcelle ${p.section} ${p.numero} choisie : section et numéro remplis.`)
              getJson<ZoneAnswer>(`/api/plu/zone?parcelle=${encodeURIComponent(p.id)}`).then((answer) => {
                if (cancelled || picked !== path) return
                const zones = answer?.zones ?? []
                onStatus(
                  `Parcelle ${p.section} ${p.numero} choisie : section et numéro remplis. ` +
                    (zones.length
                      ? `Zone${zones.length > 1 ? 's' : ''} du PLU : ${zones.map((z) => `${z.label}${z.longLabel ? ` (${z.longLabel})` : ''}${zones.length > 1 && z.share ? ` ${Math.round(z.share * 100)} %` : ''}`).join(', ')}.`
                      : 'Zone du PLU non trouvée.'),
                )
              })
            })
          },
        }).addTo(map)
        const add = (list: MapParcel[]) => {
          const fresh = list.filter((p) => !shown.has(p.id))
          for (const p of fresh) shown.add(p.id)
          if (fresh.length) parcels.addData({ type: 'FeatureCollection', features: fresh.map(({ geometry, ...properties }) => ({ type: 'Feature', geometry, properties })) } as GeoJSON.FeatureCollection)
        }
        if (ofSection?.parcels.length) {
          add(ofSection.parcels)
          map.fitBounds(parcels.getBounds(), { maxZoom: 18 })
        } else if (plu?.bbox) {
          map.fitBounds([[plu.bbox[1], plu.bbox[0]], [plu.bbox[3], plu.bbox[2]]])
        } else {
          map.setView([46.6, 2.4], 5)
        }
        // Near the centre, rounded to ~100 m so that the browser's cache answers a small move.
        const loadAround = () => {
          if (!map || map.getZoom() < PARCELS_FROM_ZOOM) return
          const c = map.getCenter()
          getJson<{ parcels: MapParcel[] }>(`/api/plu/parcelles?lon=${c.lng.toFixed(3)}&lat=${c.lat.toFixed(3)}`).then((r) => !cancelled && r && add(r.parcels))
        }
        map.on('moveend', loadAround)
        loadAround()
        container.current.dataset.ready = 'true'
      })
      .catch(() => onStatus('La carte n’a pas pu être chargée : indiquez la section et le numéro.'))
    return () => {
      cancelled = true
      map?.remove()
    }
  }, [sectionInputId, numeroInputId, onStatus])

  return (
    // data-island: rendered inside ParcelPicker's island only; marked like every client component.
    <div data-island="">
      <p className="field__hint">Zoomez sur votre terrain puis cliquez sur la parcelle : la section et le numéro sont remplis pour vous. Vous pouvez aussi les saisir.</p>
      <div ref={container} className="parcel-picker__map" role="region" aria-label={`Carte des parcelles (facultative) : ${label}`} />
    </div>
  )
}
