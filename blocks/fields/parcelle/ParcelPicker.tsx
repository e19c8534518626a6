'use client'

import dynamic from 'next/dynamic'
import { useEffect, useState } from 'react'

// Leaflet, its styles and the map's code load only when the citizen opens the map (decision 0014).
const ParcelPickerMap = dynamic(() => import('./ParcelPickerMap').then((m) => m.ParcelPickerMap), { ssr: false, loading: () => <p className="field__hint">Chargement de la carte…</p> })

/**
 * « Choisir sur la carte » (decision 0065): with JavaScript, a button opens a small map of the
 * parcels; a click on one writes its section and number into the field's inputs, which stay the
 * answer (typed or picked, the server checks the parcel again). Without JavaScript nothing is
 * rendered; keyboard and screen-reader users type the section and number.
 */
export function ParcelPicker({ fieldId, label }: { fieldId: string; label: string }) {
  const [mounted, setMounted] = useState(false)
  const [open, setOpen] = useState(false)
  const [status, setStatus] = useState('')
  useEffect(() => setMounted(true), [])
  const mapId = `${fieldId}-carte`
  return (
    // data-island: this page needs its scripts (see withoutUnusedScripts in src/site/pageCache.ts).
    <div className="parcel-picker" data-island="">
      {mounted ? (
        <button type="button" className="button--secondary parcel-picker__toggle" aria-expanded={open} aria-controls={mapId} onClick={() => setOpen(!open)}>
          {open ? 'Fermer la carte' : 'Choisir sur la carte'}
        </button>
      ) : null}
      <div id={mapId} hidden={!open}>
        {open ? <ParcelPickerMap sectionInputId={`${fieldId}-section`} numeroInputId={`${fieldId}-numero`} label={label} onStatus={setStatus} /> : null}
      </div>
      <p className="field__hint parcel-picker__status" aria-live="polite" data-status={status ? 'picked' : undefined}>
        {status}
      </p>
    </div>
  )
}
