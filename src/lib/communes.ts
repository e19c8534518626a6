/**
 * The French communes (INSEE code, name, postal codes, département) from the official list that
 * @etalab/decoupage-administratif ships offline. Loaded on first use (8 MB): a process that never
 * asks for a commune never reads it.
 */
export interface Commune {
  code: string
  nom: string
  departement: string
  codesPostaux: string[]
}

interface RawCommune extends Commune {
  type: string
}

/** A commune with its name normalised once at load: suggestions compare 35 000 names per keystroke. */
interface LoadedCommune extends Commune {
  key: string
}

let loading: Promise<LoadedCommune[]> | undefined

export function loadCommunes(): Promise<LoadedCommune[]> {
  loading ??= import('@etalab/decoupage-administratif/data/communes.json', { with: { type: 'json' } }).then((module) =>
    (module.default as RawCommune[])
      .filter((c) => c.type === 'commune-actuelle')
      .map(({ code, nom, departement, codesPostaux }) => ({ code, nom, departement, codesPostaux: codesPostaux ?? [], key: normaliseName(nom) })),
  )
  return loading
}

/** "Saint-Étienne-du-Rouvray" and "st etienne du rouvray" compare equal. */
export function normaliseName(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[-'’]/g, ' ')
    .replace(/\bste\b/g, 'sainte')
    .replace(/\bst\b/g, 'saint')
    .replace(/\s+/g, ' ')
    .trim()
}

/** How a commune is written in a suggestion and read back: "Lorient (56100)". */
export const communeLabel = (commune: Pick<Commune, 'nom' | 'codesPostaux'>, postalCode = commune.codesPostaux[0]): string =>
  postalCode ? `${commune.nom} (${postalCode})` : commune.nom

const INSEE_CODE = /^(\d[\dAB]\d{3})$/
const WITH_POSTAL_CODE = /^(.+?)\s*\(\s*(\d{5})\s*\)$/

/**
 * The communes a citizen's text may mean, best first (at most `limit`): "Name (postal code)", a
 * postal code (else an INSEE code: citizens type postal codes), or a name — the communes bearing
 * exactly that name when there are some, else those whose name begins with it. `suggest`: as the
 * citizen types, both (exact first).
 */
export async function findCommunes(typed: string, limit = 10, { suggest = false }: { suggest?: boolean } = {}): Promise<Commune[]> {
  const text = typed.trim()
  if (!text) return []
  const communes = await loadCommunes()
  if (/^\d{5}$/.test(text)) {
    const byPostalCode = communes.filter((c) => c.codesPostaux.includes(text))
    if (byPostalCode.length) return byPostalCode.slice(0, limit)
  }
  const insee = INSEE_CODE.exec(text.toUpperCase())
  if (insee) return communes.filter((c) => c.code === insee[1]).slice(0, limit)
  const withCode = WITH_POSTAL_CODE.exec(text)
  if (withCode) {
    const name = normaliseName(withCode[1])
    return communes.filter((c) => c.codesPostaux.includes(withCode[2]) && c.key === name).slice(0, limit)
  }
  const name = normaliseName(text)
  if (name.length < 2) return []
  const exact = communes.filter((c) => c.key === name)
  if (exact.length && !suggest) return exact.slice(0, limit)
  const starting = communes.filter((c) => c.key.startsWith(name) && c.key !== name)
  return [...exact, ...starting].slice(0, limit)
}

/** The commune with this INSEE code, if any. */
export async function communeByCode(code: string): Promise<Commune | undefined> {
  const wanted = code.trim().toUpperCase()
  return (await loadCommunes()).find((c) => c.code === wanted)
}
