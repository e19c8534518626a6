import { parse } from 'csv-parse/sync'
import { error, type Problem } from '../problems.ts'
import { addressSearchKey } from './addressSearchKey.ts'

/**
 * The Base Adresse Nationale CSV ("adresses-<dép>.csv"), `;`-separated, UTF-8, columns
 * id;id_fantoir;numero;rep;nom_voie;code_postal;code_insee;nom_commune;code_insee_ancienne_commune;
 * nom_ancienne_commune;x;y;lon;lat;type_position;alias;nom_ld;libelle_acheminement;nom_afnor;
 * source_position;source_nom_voie;certification_commune;cad_parcelles. Only the columns below are
 * required; the others are ignored.
 */
export const BAN_REQUIRED_COLUMNS = ['numero', 'nom_voie', 'code_postal', 'code_insee', 'nom_commune', 'lon', 'lat'] as const

export interface BanAddress {
  /** BAN identifier (`91216_0450_00012`), or null when the file has none. */
  id: string | null
  numero: number
  /** Repetition index (bis, ter, a…), or null. */
  rep: string | null
  nomVoie: string
  codePostal: string
  codeInsee: string
  nomCommune: string
  lon: number
  lat: number
  /** "12 bis Rue de la Paix, 91360 Épinay-sur-Orge". */
  label: string
  /** `addressSearchKey(label)` without the commune, to match a typed address. */
  searchKey: string
  /** Cadastral parcels the BAN links this address to (cad_parcelles, `|`-separated), when given. */
  parcels: string[]
}

export interface BanReading {
  addresses: BanAddress[]
  /** One error per bad row (row = line in the file, the header being line 1), or one for the file. */
  problems: Problem[]
}

const LAYER = 'adresses'

/** Reads a BAN addresses CSV; bad rows are reported (French, with their line) and skipped. */
export function readBanAddresses(input: string | Buffer): BanReading {
  const text = (typeof input === 'string' ? input : input.toString('utf8')).replace(/^\uFEFF/, '')
  let rows: string[][]
  try {
    rows = parse(text, { delimiter: ';', relax_column_count: true, skip_empty_lines: true, relax_quotes: true }) as string[][]
  } catch (cause) {
    return { addresses: [], problems: [error(LAYER, `Fichier d'adresses illisible (CSV séparé par « ; » attendu) : ${cause instanceof Error ? cause.message : String(cause)}.`)] }
  }
  const header = (rows[0] ?? []).map((c) => c.trim().toLowerCase())
  const missing = BAN_REQUIRED_COLUMNS.filter((c) => !header.includes(c))
  if (missing.length) return { addresses: [], problems: [error(LAYER, `Colonnes absentes du fichier d'adresses : ${missing.join(', ')} (format Base Adresse Nationale attendu, séparateur « ; »).`)] }
  const column = (name: string) => header.indexOf(name)
  const index = Object.fromEntries(['id', 'rep', 'cad_parcelles', ...BAN_REQUIRED_COLUMNS].map((c) => [c, column(c)]))
  const addresses: BanAddress[] = []
  const problems: Problem[] = []
  rows.slice(1).forEach((cells, i) => {
    const row = i + 2
    const get = (name: string) => (index[name] >= 0 ? (cells[index[name]] ?? '').trim() : '')
    const bad = (field: string, message: string) => problems.push(error(LAYER, message, { row, field }))
    if (cells.length !== header.length) return bad('', `${cells.length} colonnes au lieu de ${header.length}.`)
    const numero = Number(get('numero'))
    if (!/^\d{1,5}$/.test(get('numero')) || numero < 0) return bad('numero', `Numéro « ${get('numero')} » invalide.`)
    const nomVoie = get('nom_voie')
    if (!nomVoie) return bad('nom_voie', 'Nom de voie vide.')
    const codePostal = get('code_postal')
    if (!/^\d{5}$/.test(codePostal)) return bad('code_postal', `Code postal « ${codePostal} » invalide.`)
    const codeInsee = get('code_insee')
    if (!/^\d[\dAB]\d{3}$/.test(codeInsee)) return bad('code_insee', `Code INSEE « ${codeInsee} » invalide.`)
    const nomCommune = get('nom_commune')
    if (!nomCommune) return bad('nom_commune', 'Nom de commune vide.')
    const lon = Number(get('lon'))
    const lat = Number(get('lat'))
    if (!get('lon') || !Number.isFinite(lon) || Math.abs(lon) > 180) return bad('lon', `Longitude « ${get('lon')} » invalide.`)
    if (!get('lat') || !Number.isFinite(lat) || Math.abs(lat) > 90) return bad('lat', `Latitude « ${get('lat')} » invalide.`)
    const rep = get('rep') || null
    const street = `${numero}${rep ? ` ${rep}` : ''} ${nomVoie}`
    addresses.push({
      id: get('id') || null,
      numero,
      rep,
      nomVoie,
      codePostal,
      codeInsee,
      nomCommune,
      lon,
      lat,
      label: `${street}, ${codePostal} ${nomCommune}`,
      searchKey: addressSearchKey(street),
      parcels: get('cad_parcelles').split('|').map((p) => p.trim()).filter(Boolean),
    })
  })
  return { addresses, problems }
}
