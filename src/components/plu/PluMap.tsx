'use client'

import 'leaflet/dist/leaflet.css'

import { useEffect, useRef, useState } from 'react'

import type { PluMapData } from '@/urbanism/mapData'

import type { AnswerJson } from './answerTypes'
import { PluAnswerView } from './PluAnswerView'

export interface PluMapProps {
  /** XYZ tile template; empty: no basemap, zones only. */
  tileUrl: string
  attribution: string
  label: string
  colours: Record<string, { fill: string; stroke: string }>
  /** What the page answered (an address, a parcel): the map opens there. */
  focus: { point: [number, number] | null; bbox: [number, number, number, number] | null } | null
}

type Panel = { state: 'idle' } | { state: 'loading' } | { state: 'answer'; answer: AnswerJson } | { state: 'error'; message: string }

/**
 * The PLU map (decision 0063), an island: zones coloured by CNIG type, prescriptions as a layer
 * to show or hide, a click → the zone's panel (GET /api/plu/zone). Data from GET /api/plu/carte
 * (simplified, cached). The form and the list of zones on the page answer the same questions
 * without JavaScript.
 */
export function PluMap({ tileUrl, attribution, label, colours, focus }: PluMapProps) {
  const container = useRef<HTMLDivElement>(null)
  const overlaysRef = useRef<import('leaflet').LayerGroup | null>(null)
  const mapRef = useRef<import('leaflet').Map | null>(null)
  const [ready, setReady] = useState(false)
  const [failed, setFailed] = useState(false)
  const [showOverlays, setShowOverlays] = useState(true)
  const [panel, setPanel] = useState<Panel>({ state: 'idle' })
  const [near, setNear] = useState(false)

  // Leaflet and the zones load when the map nears the screen: on a phone it is below the question
  // forms, and a page load that does not scroll there fetches neither (bench/RESULTS.md, budget).
  useEffect(() => {
    const element = container.current
    if (!element) return
    if (typeof IntersectionObserver === 'undefined') return setNear(true)
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setNear(true), { rootMargin: '400px 0px' })
    observer.observe(element)
    return () => observer.disconnect()
  }, [])

  useEffect(() => {
    if (!near) return
    let cancelled = false
    let map: import('leaflet').Map | null = null
    Promise.all([import('leaflet'), fetch('/api/plu/carte').then((r) => (r.ok ? (r.json() as Promise<PluMapData>) : null))])
      .then(([{ default: L }, data]) => {
        if (cancelled || !container.current) return
        if (!data) {
          setFailed(true)
          return
        }
        map = L.map(container.current, { zoomControl: false, attributionControl: Boolean(tileUrl) })
        mapRef.current = map
        L.control.zoom({ zoomInTitle: 'Zoom avant', zoomOutTitle: 'Zoom arrière' }).addTo(map)
        if (tileUrl) {
          map.attributionControl?.setPrefix(false)
          L.tileLayer(tileUrl, { attribution, maxZoom: 19 }).addTo(map)
        }
        const zones = L.geoJSON(
          { type: 'FeatureCollection', features: data.zones.map((z) => ({ type: 'Feature', geometry: z.geometry, properties: { type: z.type, label: z.label } })) } as GeoJSON.FeatureCollection,
          {
            style: (feature) => {
              const c = colours[(feature?.properties as { type?: string })?.type ?? ''] ?? { fill: '#888888', stroke: '#444444' }
              return { color: c.stroke, weight: 1, fillColor: c.fill, fillOpacity: 0.35, className: 'plu-zone' }
            },
            interactive: false,
          },
        ).addTo(map)
        const overlays = L.geoJSON(
          { type: 'FeatureCollection', features: data.overlays.map((o) => ({ type: 'Feature', geometry: o.geometry, properties: { kind: o.kind } })) } as GeoJSON.FeatureCollection,
          {
            style: (feature) => ((feature?.properties as { kind?: string })?.kind === 'information' ? { color: '#1d4f91', weight: 2, dashArray: '4 4', fillOpacity: 0.05 } : { color: '#6b2e8c', weight: 2, fillColor: '#6b2e8c', fillOpacity: 0.12 }),
            pointToLayer: (_feature, latlng) => L.circleMarker(latlng, { radius: 4, color: '#6b2e8c', weight: 2, fillOpacity: 0.6 }),
            interactive: false,
          },
        )
        overlaysRef.current = overlays
        overlays.addTo(map)
        // Clicks are read by the map itself (not the shapes): every point of the commune answers.
        map.on('click', (event) => {
          const { lat, lng } = event.latlng
          setPanel({ state: 'loading' })
          fetch(`/api/plu/zone?lon=${lng.toFixed(7)}&lat=${lat.toFixed(7)}`)
            .then(async (r) => {
              const body = (await r.json()) as AnswerJson & { error?: string }
              setPanel(r.ok ? { state: 'answer', answer: body } : { state: 'error', message: body.error ?? 'Recherche impossible.' })
            })
            .catch(() => setPanel({ state: 'error', message: 'Recherche impossible : vérifiez votre connexion.' }))
        })
        if (focus?.bbox) map.fitBounds([[focus.bbox[1], focus.bbox[0]], [focus.bbox[3], focus.bbox[2]]], { maxZoom: 18 })
        else if (focus?.point) map.setView([focus.point[1], focus.point[0]], 17)
        else map.fitBounds(zones.getBounds(), { padding: [10, 10] })
        if (focus?.point) L.circleMarker([focus.point[1], focus.point[0]], { radius: 7, color: '#000', weight: 3, fillColor: '#fff', fillOpacity: 1, interactive: false }).addTo(map)
        if (focus?.bbox) L.rectangle([[focus.bbox[1], focus.bbox[0]], [focus.bbox[3], focus.bbox[2]]], { color: '#000', weight: 2, fill: false, interactive: false }).addTo(map)
        setReady(true)
      })
      .catch(() => setFailed(true))
    return () => {
      cancelled = true
      map?.remove()
      mapRef.current = null
    }
  }, [near, tileUrl, attribution, colours, focus])

  useEffect(() => {
    const map = mapRef.current
    const overlays = overlaysRef.current
    if (!map || !overlays) return
    if (showOverlays) overlays.addTo(map)
    else overlays.remove()
  }, [showOverlays, ready])

  return (
    // data-island: this page needs its scripts (see withoutUnusedScripts in src/site/pageCache.ts).
    <div className="plu-map-frame" data-island="">
      {ready ? (
        <p className="plu-map__toggle">
          <input type="checkbox" id="plu-prescriptions" checked={showOverlays} onChange={(e) => setShowOverlays(e.target.checked)} />
          <label htmlFor="plu-prescriptions">Afficher les prescriptions et informations</label>
        </p>
      ) : null}
      {ready || failed ? null : <p className="plu-map__fallback">La carte s’affiche avec JavaScript. Le formulaire et la liste des zones, sur cette page, donnent les mêmes informations.</p>}
      {failed ? <p className="plu-map__fallback">La carte n’a pas pu être chargée. Le formulaire et la liste des zones donnent les mêmes informations.</p> : null}
      <div className="plu-map__layout">
        <div ref={container} className={tileUrl ? 'plu-map' : 'plu-map plu-map--plain'} role="region" aria-label={label} data-ready={ready ? 'true' : undefined} />
        <div className="plu-map__panel" aria-live="polite" data-panel={panel.state}>
          {panel.state === 'idle' ? <p>Cliquez sur la carte pour connaître la zone et ses règles à cet endroit.</p> : null}
          {panel.state === 'loading' ? <p>Recherche…</p> : null}
          {panel.state === 'error' ? <p className="plu-map__error">{panel.message}</p> : null}
          {panel.state === 'answer' ? <PluAnswerView answer={panel.answer} headingLevel={3} /> : null}
        </div>
      </div>
    </div>
  )
}
