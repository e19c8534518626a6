/**
 * The optional online address service (decision 0062): `PLU_ADDRESS_API_URL`, e.g.
 * https://api-adresse.data.gouv.fr/search/ (the national one). Off when empty — the default, and
 * in tests: the imported BAN addresses answer offline. Asked server-side only, with a short
 * timeout; any failure is "not found", never an error page.
 */
export async function findAddressOnline(text: string, insee: string | null, env: Record<string, string | undefined> = process.env): Promise<{ label: string; lon: number; lat: number } | null> {
  const base = (env.PLU_ADDRESS_API_URL ?? '').trim()
  if (!base) return null
  try {
    const url = new URL(base)
    url.searchParams.set('q', text)
    url.searchParams.set('limit', '1')
    url.searchParams.set('type', 'housenumber')
    if (insee) url.searchParams.set('citycode', insee)
    const response = await fetch(url, { signal: AbortSignal.timeout(3000), headers: { accept: 'application/json' } })
    if (!response.ok) return null
    const body = (await response.json()) as { features?: Array<{ geometry?: { coordinates?: number[] }; properties?: { label?: string; score?: number } }> }
    const first = body.features?.[0]
    const [lon, lat] = first?.geometry?.coordinates ?? []
    if (typeof lon !== 'number' || typeof lat !== 'number' || (first?.properties?.score ?? 1) < 0.5) return null
    return { label: first?.properties?.label ?? text, lon, lat }
  } catch {
    return null
  }
}
