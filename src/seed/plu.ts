import type { Position } from 'geojson'
import type { Payload } from 'payload'
import { PDFDocument, StandardFonts } from 'pdf-lib'

import { addressSearchKey } from '../plu/cadastre/addressSearchKey'
import { prescriptionLabel, informationLabel } from '../plu/cnigCodes'
import { activateRevision } from '../urbanism/activateRevision'
import { currentRevisionId } from '../urbanism/currentRevision'
import { sectionKey } from '../urbanism/parcels'
import { TOWN_NAME } from './data/site'

/**
 * The demo town's PLU (decision 0063): `npm start` has no CNIG archive at hand, so the seed draws
 * a small one around Kerlann's centre — four zones (Ua, 1AU, A, N), a wooded area to keep, an
 * archaeological information area, a section AB of parcels and a few addresses — and a real
 * regulation PDF with one page per zone. Left alone when a PLU is already in force (a real one
 * imported by staff is never replaced by the demo).
 */
export const DEMO_PLU_IDURBA = '56890_PLU_20240115'
export const DEMO_INSEE = '56890'

const CENTRE: [number, number] = [-2.7333, 47.6872]
const rect = (w: number, s: number, e: number, n: number): Position[][][] => [[[[w, s], [e, s], [e, n], [w, n], [w, s]]]]
const [W, E, S, N] = [-2.7453, -2.7213, 47.6792, 47.6952]
const NORTH = 47.6912
const CUT_WEST = -2.7373
const CUT_EAST = -2.7293

const ZONES = [
  { label: 'Ua', longLabel: 'Zone urbaine du centre-bourg', type: 'U', page: 2, geometry: rect(CUT_WEST, S, CUT_EAST, NORTH) },
  { label: '1AU', longLabel: "Zone à urbaniser à court terme (quartier de Kerhoët)", type: 'AUc', page: 3, geometry: rect(CUT_EAST, S, E, NORTH) },
  { label: 'A', longLabel: 'Zone agricole', type: 'A', page: 4, geometry: rect(W, S, CUT_WEST, NORTH) },
  { label: 'N', longLabel: 'Zone naturelle et forestière (vallée du Liziec)', type: 'N', page: 5, geometry: rect(W, NORTH, E, N) },
] as const

const REGULATION_NAME = `${DEMO_INSEE}_reglement_20240115.pdf`

async function regulationPdf(): Promise<Buffer> {
  const pdf = await PDFDocument.create()
  pdf.setTitle(`Règlement du PLU de ${TOWN_NAME}`)
  pdf.setLanguage('fr-FR')
  pdf.setCreationDate(new Date('2024-01-15T00:00:00Z'))
  pdf.setModificationDate(new Date('2024-01-15T00:00:00Z'))
  const font = await pdf.embedFont(StandardFonts.Helvetica)
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold)
  const page = (title: string, lines: string[]) => {
    const p = pdf.addPage([595.28, 841.89])
    p.drawText(title, { x: 56, y: 780, size: 16, font: bold })
    lines.forEach((line, i) => p.drawText(line, { x: 56, y: 740 - i * 18, size: 11, font }))
  }
  page(`Plan local d'urbanisme de ${TOWN_NAME} — Règlement`, ['Document de démonstration : les règles ci-après sont fictives.', 'Approuvé par le conseil municipal le 15 janvier 2024.'])
  page('Zone Ua — centre-bourg', ['Hauteur maximale : 12 m au faîtage.', "Implantation à l'alignement des voies ou en retrait de 3 m au plus.", 'Emprise au sol : non réglementée.'])
  page('Zone 1AU — à urbaniser', ["Constructions autorisées dans le cadre d'une opération d'aménagement d'ensemble.", 'Hauteur maximale : 9 m au faîtage.'])
  page('Zone A — agricole', ["Seules les constructions nécessaires à l'activité agricole sont autorisées.", 'Extensions des habitations existantes : 30 % de la surface, 50 m² au plus.'])
  page('Zone N — naturelle et forestière', ['Toute construction nouvelle est interdite, sauf équipements publics légers.', 'Espaces boisés classés : défrichement interdit.'])
  return Buffer.from(await pdf.save())
}

/** Section AB: a 4 × 3 grid of parcels straddling the Ua / 1AU boundary, south of the centre. */
function demoParcels() {
  const parcels = []
  const [w0, s0, dx, dy] = [-2.7313, 47.6830, 0.0010, 0.0007]
  let n = 1
  for (let row = 0; row < 3; row++) {
    for (let col = 0; col < 4; col++) {
      const [w, s] = [w0 + col * dx, s0 + row * dy]
      const ring: Position[] = [[w, s], [w + dx, s], [w + dx, s + dy], [w, s + dy], [w, s]]
      const numero = String(n++).padStart(4, '0')
      parcels.push({ id: `${DEMO_INSEE}000AB${numero}`, numero, contenance: 5800, bbox: [w, s, w + dx, s + dy], geometry: { type: 'Polygon', coordinates: [ring] } })
    }
  }
  return parcels
}

const ADDRESSES = [
  { numero: 1, voie: 'Place de la Mairie', at: CENTRE },
  { numero: 12, voie: 'Rue des Lilas', at: [-2.7352, 47.6851] },
  { numero: 3, voie: 'Rue de Kerhoët', at: [-2.7258, 47.6860] },
  { numero: 8, voie: 'Chemin du Liziec', at: [-2.7330, 47.6930] },
  { numero: 15, voie: 'Route de Vannes', at: [-2.7420, 47.6820] },
] as const

export async function seedDemoPlu(payload: Payload, log: (line: string) => void = () => {}): Promise<void> {
  if ((await currentRevisionId(payload)) !== null) {
    log('  PLU : un plan est déjà en vigueur, laissé tel quel')
    return
  }
  const pdf = await regulationPdf()
  const revision = await payload.create({
    collection: 'plu-revisions',
    data: { idurba: DEMO_PLU_IDURBA, insee: DEMO_INSEE, model: '2017', source: 'démonstration', state: 'importing', importedAt: new Date().toISOString(), report: [] },
    overrideAccess: true,
    depth: 0,
  })
  const existing = await payload.find({ collection: 'documents', where: { slug: { equals: 'plu-reglement-demonstration' } }, limit: 1, depth: 0, overrideAccess: true })
  const doc =
    existing.docs[0] ??
    (await payload.create({
      collection: 'documents',
      data: { title: `Règlement du plan local d'urbanisme de ${TOWN_NAME}`, slug: 'plu-reglement-demonstration', description: `Le règlement écrit du PLU (${DEMO_PLU_IDURBA}) : une page par zone.` },
      file: { data: pdf, mimetype: 'application/pdf', name: REGULATION_NAME, size: pdf.length },
      overrideAccess: true,
      depth: 0,
    }))
  for (const [i, z] of ZONES.entries()) {
    await payload.create({
      collection: 'plu-zones',
      data: {
        revision: revision.id,
        row: i + 1,
        label: z.label,
        longLabel: z.longLabel,
        type: z.type,
        regulationFile: REGULATION_NAME,
        regulationDocument: doc.id,
        regulationPage: z.page,
        attributes: { LIBELLE: z.label, LIBELONG: z.longLabel, TYPEZONE: z.type, NOMFIC: `${REGULATION_NAME}#page=${z.page}`, IDURBA: DEMO_PLU_IDURBA },
        geometry: { type: 'MultiPolygon', coordinates: z.geometry as unknown as Position[][][] },
      },
      overrideAccess: true,
      depth: 0,
    })
  }
  const overlays = [
    { kind: 'prescription', layer: 'PRESCRIPTION_SURF', label: 'EBC', code: ['01', '01'], text: 'Bois du Liziec à conserver', page: 5, geometry: rect(-2.7380, 47.6920, -2.7300, 47.6945) },
    { kind: 'information', layer: 'INFO_SURF', label: 'Zone de présomption de prescription archéologique', code: ['16', '00'], text: 'Saisine du service régional de l’archéologie pour les travaux affectant le sous-sol.', page: null, geometry: rect(-2.7350, 47.6860, -2.7320, 47.6880) },
  ] as const
  for (const [i, o] of overlays.entries()) {
    await payload.create({
      collection: 'plu-overlays',
      data: {
        revision: revision.id,
        kind: o.kind,
        shape: 'surface',
        layer: o.layer,
        row: i + 1,
        label: o.label,
        code: o.code.join('-'),
        codeLabel: o.kind === 'prescription' ? prescriptionLabel(o.code[0], o.code[1]) : informationLabel(o.code[0], o.code[1]),
        text: o.text,
        regulationFile: o.page ? REGULATION_NAME : null,
        regulationDocument: o.page ? doc.id : null,
        regulationPage: o.page,
        geometry: { type: 'MultiPolygon', coordinates: o.geometry as unknown as Position[][][] },
      },
      overrideAccess: true,
      depth: 0,
    })
  }
  await activateRevision(payload, revision.id, { zoneCount: ZONES.length, overlayCount: overlays.length, regulations: [doc.id] as never })

  const parcels = demoParcels()
  const key = sectionKey(DEMO_INSEE, '000', 'AB')
  const section = await payload.find({ collection: 'cadastre-sections', where: { key: { equals: key } }, limit: 1, depth: 0, overrideAccess: true })
  if (!section.docs.length) {
    await payload.create({ collection: 'cadastre-sections', data: { key, commune: DEMO_INSEE, prefixe: '000', section: 'AB', parcelCount: parcels.length, parcels, batch: 'demonstration' }, overrideAccess: true, depth: 0 })
  }
  if ((await payload.count({ collection: 'addresses', where: { codeInsee: { equals: DEMO_INSEE } }, overrideAccess: true })).totalDocs === 0) {
    for (const a of ADDRESSES) {
      const street = `${a.numero} ${a.voie}`
      await payload.create({
        collection: 'addresses',
        data: { label: `${street}, 56890 ${TOWN_NAME}`, searchKey: addressSearchKey(street), codeInsee: DEMO_INSEE, codePostal: '56890', lon: a.at[0], lat: a.at[1], batch: 'demonstration' },
        overrideAccess: true,
        depth: 0,
      })
    }
  }
  log(`  PLU de démonstration : ${ZONES.length} zones, ${overlays.length} prescriptions et informations, ${parcels.length} parcelles, ${ADDRESSES.length} adresses`)
}
