'use client'

import 'leaflet/dist/leaflet.css'

import { useEffect, useRef, useState } from 'react'

import type { MapMarker } from '@/site/directoryQueries'

export interface DirectoryMapProps {
  markers: Array<MapMarker & { href: string; categoryLabel: string }>
  /** Tile URL template from the Site global; empty: no background tiles (offline), markers only */
  tileUrl: string
  attribution: string
  /** [lat, lng] shown when there is no marker */
  center: [number, number]
  label: string
}

/**
 * Leaflet map of directory entries, loaded only on the map page (self-hosted script, styles and
 * marker images). A complement to the lists, which stay the accessible way to browse.
 */
export function DirectoryMap({ markers, tileUrl, attribution, center, label }: DirectoryMapProps) {
  const container = useRef<HTMLDivElement>(null)
  const [ready, setReady] = useState(false)

  useEffect(() => {
    let cancelled = false
    let map: import('leaflet').Map | null = null
    import('leaflet').then(({ default: L }) => {
      if (cancelled || !container.current) return
      map = L.map(container.current, { zoomControl: false, attributionControl: Boolean(tileUrl) })
      L.control.zoom({ zoomInTitle: 'Zoom avant', zoomOutTitle: 'Zoom arrière' }).addTo(map)
      if (tileUrl) {
        map.attributionControl?.setPrefix(false)
        L.tileLayer(tileUrl, { attribution, maxZoom: 19 }).addTo(map)
      }
      const icon = (kind: string) =>
        L.icon({
          iconUrl: '/leaflet/marker-icon.png',
          iconRetinaUrl: '/leaflet/marker-icon-2x.png',
          shadowUrl: '/leaflet/marker-shadow.png',
          iconSize: [25, 41],
          iconAnchor: [12, 41],
          popupAnchor: [1, -34],
          shadowSize: [41, 41],
          className: `directory-marker directory-marker--${kind}`,
        })
      const points: Array<[number, number]> = []
      for (const marker of markers) {
        const popup = document.createElement('div')
        const link = document.createElement('a')
        link.href = marker.href
        link.textContent = marker.name
        const category = document.createElement('p')
        category.textContent = marker.categoryLabel
        popup.append(link, category)
        // Markers are for pointer and touch; keyboard and screen-reader users have the list of the
        // same entries on this page (close markers overlap: too small as keyboard targets).
        L.marker([marker.lat, marker.lng], { icon: icon(marker.kind), alt: marker.name, title: marker.name, keyboard: false }).bindPopup(popup).addTo(map)
        points.push([marker.lat, marker.lng])
      }
      if (points.length) map.fitBounds(L.latLngBounds(points), { padding: [30, 30], maxZoom: 16 })
      else map.setView(center, 14)
      setReady(true)
    })
    return () => {
      cancelled = true
      map?.remove()
    }
  }, [markers, tileUrl, attribution, center])

  return (
    // data-island: this page needs its scripts (see withoutUnusedScripts in src/site/pageCache.ts).
    <div className="directory-map-frame" data-island="">
      {ready ? null : <p className="directory-map__fallback">La carte s’affiche avec JavaScript. La liste des fiches, ci-dessus, donne les mêmes informations.</p>}
      <div ref={container} className={tileUrl ? 'directory-map' : 'directory-map directory-map--plain'} role="region" aria-label={label} data-ready={ready ? 'true' : undefined} />
    </div>
  )
}
