import type { CnigLayerName } from './cnigLayers.ts'

/**
 * The two CNIG PLU models met in archives: "2017" (the current standard, IDURBA on every layer)
 * and "2014" (the 2013/2014 standard: INSEE and DATAPPRO instead of IDURBA, DESTDOMI on zones).
 */
export type CnigModel = '2017' | '2014'

const COMMON_2017 = ['NOMFIC', 'URLFIC', 'IDURBA', 'DATVALID']
const COMMON_2014 = ['NOMFIC', 'URLFIC', 'INSEE', 'DATAPPRO']

/** Fields without which a layer is refused (decision 0058), per model. */
export const MANDATORY_FIELDS: Record<CnigModel, Partial<Record<CnigLayerName, string[]>>> = {
  '2017': {
    ZONE_URBA: ['LIBELLE', 'LIBELONG', 'TYPEZONE', ...COMMON_2017],
    PRESCRIPTION_SURF: ['LIBELLE', 'TYPEPSC', 'STYPEPSC', ...COMMON_2017],
    PRESCRIPTION_LIN: ['LIBELLE', 'TYPEPSC', 'STYPEPSC', ...COMMON_2017],
    PRESCRIPTION_PCT: ['LIBELLE', 'TYPEPSC', 'STYPEPSC', ...COMMON_2017],
    INFO_SURF: ['LIBELLE', 'TYPEINF', 'STYPEINF', ...COMMON_2017],
    INFO_LIN: ['LIBELLE', 'TYPEINF', 'STYPEINF', ...COMMON_2017],
    INFO_PCT: ['LIBELLE', 'TYPEINF', 'STYPEINF', ...COMMON_2017],
    DOC_URBA: ['IDURBA', 'TYPEDOC', 'DATAPPRO'],
    DOC_URBA_COM: ['IDURBA', 'INSEE'],
  },
  '2014': {
    ZONE_URBA: ['LIBELLE', 'LIBELONG', 'TYPEZONE', ...COMMON_2014],
    PRESCRIPTION_SURF: ['LIBELLE', 'TYPEPSC', ...COMMON_2014],
    PRESCRIPTION_LIN: ['LIBELLE', 'TYPEPSC', ...COMMON_2014],
    PRESCRIPTION_PCT: ['LIBELLE', 'TYPEPSC', ...COMMON_2014],
    INFO_SURF: ['LIBELLE', 'TYPEINF', ...COMMON_2014],
    INFO_LIN: ['LIBELLE', 'TYPEINF', ...COMMON_2014],
    INFO_PCT: ['LIBELLE', 'TYPEINF', ...COMMON_2014],
    DOC_URBA: ['IDURBA', 'TYPEDOC', 'DATAPPRO'],
    DOC_URBA_COM: ['IDURBA', 'INSEE'],
  },
}

/** The model of an archive, told by its ZONE_URBA fields; null when neither model's identifiers are there. */
export function detectModel(zoneFields: readonly string[]): CnigModel | null {
  const fields = new Set(zoneFields)
  if (fields.has('IDURBA')) return '2017'
  if (fields.has('INSEE') && fields.has('DATAPPRO')) return '2014'
  return null
}
