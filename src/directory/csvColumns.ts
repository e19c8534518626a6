/**
 * Columns of the old site's directory export, as written in its header (French, any case, with or
 * without accents): each accepted header → the field it fills. README › "Import de l'annuaire".
 */
export type CsvField =
  | 'name'
  | 'category'
  | 'description'
  | 'street'
  | 'postcode'
  | 'commune'
  | 'phone'
  | 'email'
  | 'website'
  | 'latitude'
  | 'longitude'
  | 'siret'
  | 'openingHours'
  | 'meetings'

const HEADERS: Record<CsvField, string[]> = {
  name: ['nom', 'raison sociale', 'denomination'],
  category: ['categorie', 'secteur', "secteur d'activite", 'activite'],
  description: ['description', 'presentation'],
  street: ['adresse', 'rue'],
  postcode: ['code postal', 'cp'],
  commune: ['commune', 'ville'],
  phone: ['telephone', 'tel'],
  email: ['courriel', 'email', 'e-mail', 'mail', 'adresse electronique'],
  website: ['site web', 'site', 'site internet', 'url'],
  latitude: ['latitude', 'lat'],
  longitude: ['longitude', 'lng', 'lon'],
  siret: ['siret', 'numero siret'],
  openingHours: ['horaires', "horaires d'ouverture"],
  meetings: ['rencontres', 'lieux et horaires'],
}

/** "Code Postal", "code_postal", "CODE POSTAL " → "code postal"; "Catégorie" → "categorie". */
export const normaliseHeader = (header: string): string =>
  header
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’`]/g, "'")
    .toLowerCase()
    .replace(/[_\s]+/g, ' ')
    .trim()

const BY_HEADER = new Map<string, CsvField>(
  (Object.entries(HEADERS) as Array<[CsvField, string[]]>).flatMap(([field, names]) => names.map((n) => [n, field] as [string, CsvField])),
)

/** The field a header fills, or null for a column the import ignores. */
export const fieldOfHeader = (header: string): CsvField | null => BY_HEADER.get(normaliseHeader(header)) ?? null
