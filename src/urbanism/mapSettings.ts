/**
 * The PLU map's basemap (decision 0063): `PLU_MAP_TILE_URL`, an XYZ tile template ({z}/{x}/{y}).
 * Default in .env.example: IGN's Plan IGN v2 from the Géoplateforme (free, no key). Empty: no
 * basemap, the zones are drawn alone (tests, offline towns).
 */
export const IGN_PLAN_TILES =
  'https://data.geopf.fr/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=GEOGRAPHICALGRIDSYSTEMS.PLANIGNV2&STYLE=normal&TILEMATRIXSET=PM&FORMAT=image/png&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}'

export function pluTileUrl(env: Record<string, string | undefined> = process.env): string {
  const url = (env.PLU_MAP_TILE_URL ?? '').trim()
  return /^https?:\/\//i.test(url) ? url : ''
}

export function pluTileAttribution(env: Record<string, string | undefined> = process.env): string {
  return (env.PLU_MAP_ATTRIBUTION ?? '').trim() || (pluTileUrl(env).includes('geopf.fr') ? '© IGN — Plan IGN' : '')
}

/** The tile server's origin, for the CSP's img-src; null when there is none. */
export function pluTileOrigin(env: Record<string, string | undefined> = process.env): string | null {
  const url = pluTileUrl(env)
  if (!url) return null
  try {
    return new URL(url.replace(/[{}]/g, '')).origin
  } catch {
    return null
  }
}
