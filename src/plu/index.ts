/**
 * The PLU importer's library (issue #16): pure functions over a CNIG archive, the Etalab
 * cadastre and BAN addresses, and the spatial lookups. Nothing here touches the database.
 *
 * - `readPluArchive(path)` → layers (WGS84 GeoJSON geometries), written pieces, model, IDURBA
 *   and every problem in French; `isImportable(problems, acceptWarnings)` decides the write;
 *   `readArchiveFiles(path, piecePaths)` gives the PDFs' bytes to store.
 * - `toZoneRecord` / `toOverlayRecord` → what to store and show (type, labels, regulation page).
 * - `readParcels(json)`, `readBanAddresses(csv)`, `parcelId(commune, section, numero)`,
 *   `addressSearchKey(text)`.
 * - `new AreaIndex(items, geometryOf)` then `zonesAt(index, [lon, lat])` and
 *   `zonesOfParcel(index, parcel)` (zones with their share of the parcel).
 */
export { readPluArchive, readArchiveFiles, type PluArchiveReading, type ReadPluOptions } from './readPluArchive.ts'
export { isImportable, hasErrors, formatProblem, type Problem, type Severity } from './problems.ts'
export { toZoneRecord, toOverlayRecord, type ZoneRecord, type OverlayRecord } from './records.ts'
export { parseRegulationLink, type RegulationLink } from './regulationLink.ts'
export { ZONE_TYPES, PRESCRIPTION_CODES, INFORMATION_CODES, prescriptionLabel, informationLabel, normaliseCode, type ZoneType } from './cnigCodes.ts'
export { inferZoneType, isZoneType } from './zoneType.ts'
export { CNIG_LAYERS, type CnigLayerName, type WrittenPiece } from './cnigLayers.ts'
export type { CnigModel } from './cnigModel.ts'
export type { PluLayer, PluFeature, PluValue } from './readLayer.ts'
export type { PluGeometry } from './geometry.ts'
export { readParcels, type Parcel, type ParcelsReading } from './cadastre/readParcels.ts'
export { parcelId, normaliseSection, normaliseParcelNumber, PARCEL_ID } from './cadastre/parcelId.ts'
export { readBanAddresses, BAN_REQUIRED_COLUMNS, type BanAddress, type BanReading } from './cadastre/readBanAddresses.ts'
export { addressSearchKey } from './cadastre/addressSearchKey.ts'
export { AreaIndex, zonesAt, zonesOfParcel, type Overlap, type OverlapOptions } from './spatial/areaIndex.ts'
export { pointInArea } from './spatial/pointInPolygon.ts'
