import { parcelle, type ParcelleValue } from '../../../blocks/fields/parcelle'
import { parseWith, renderInput, tagWithId, attr } from './rawInput'

const field = { blockType: 'parcelle', name: 'terrain', label: 'Parcelle du terrain', required: true }
const found: ParcelleValue = {
  id: '56206000AB0037',
  commune: '56206',
  section: 'AB',
  numero: '0037',
  contenance: 1250,
  zones: [
    { label: 'Ua', longLabel: 'Zone urbaine dense', type: 'U', share: 0.8 },
    { label: 'N', longLabel: 'Zone naturelle', type: 'N', share: 0.2 },
  ],
  plu: '56206_PLU_20200101',
}

describe('parcelle', () => {
  it('accepts the parcel the server found (prepare) with its zones', async () => {
    expect(await parseWith(parcelle, field, { 'terrain.section': 'ab', 'terrain.numero': '37' }, { prepared: { terrain: found } })).toEqual({ ok: true, value: found })
  })
  it('returns null when nothing is typed', async () => {
    expect(await parseWith(parcelle, field, { 'terrain.section': ' ', 'terrain.numero': '' })).toEqual({ ok: true, value: null })
  })
  it('refuses what prepare refused (unknown parcel), keyed by the sub-input, the typed text shown back', async () => {
    const message = "La parcelle AB 9999 n'existe pas dans le cadastre de la commune."
    const result = await parseWith(parcelle, field, { 'terrain.section': 'AB', 'terrain.numero': '9999' }, { prepareErrors: { terrain: message, 'terrain.numero': message } })
    expect(result).toEqual({ ok: false, error: message, errors: { 'terrain.numero': message }, value: { section: 'AB', numero: '9999' } })
  })
  it('never takes a value that prepare did not produce (a forged post of zones is ignored)', async () => {
    expect(await parseWith(parcelle, field, { 'terrain.section': 'AB', 'terrain.numero': '37', 'terrain.zones': 'Ua' }, { prepared: { terrain: { id: 'x' } } })).toEqual({ ok: true, value: null })
  })
  it('displays the parcel and its zones with their share, in French', () => {
    expect(parcelle.display(field, found, () => [])).toEqual([
      'Parcelle AB 37 (56206000AB0037), 1\u202f250 m²',
      'Zones du PLU : Ua — Zone urbaine dense (80 %) ; N — Zone naturelle (20 %)',
    ])
    expect(parcelle.display(field, { ...found, zones: [found.zones[0]], contenance: null }, () => [])).toEqual(['Parcelle AB 37 (56206000AB0037)', 'Zones du PLU : Ua — Zone urbaine dense'])
    expect(parcelle.display(field, { ...found, zones: [], plu: null }, () => [])[1]).toBe('Zones du PLU : aucun PLU publié au moment de la demande')
  })
  it('renders two labelled inputs with their errors, and a link to the PLU map', () => {
    const html = renderInput(parcelle, { field, name: 'terrain', id: 'terrain', value: { section: 'AB', numero: '9999' }, errors: { 'terrain.numero': 'Inconnue.' } })
    expect(attr(tagWithId(html, 'terrain-section'), 'name')).toBe('terrain.section')
    expect(attr(tagWithId(html, 'terrain-section'), 'value')).toBe('AB')
    expect(attr(tagWithId(html, 'terrain-numero'), 'aria-invalid')).toBe('true')
    expect(html).toContain('Inconnue.')
    expect(html).toContain('href="/urbanisme/plu"')
    const stored = renderInput(parcelle, { field, name: 'terrain', id: 'terrain', value: found })
    expect(attr(tagWithId(stored, 'terrain-numero'), 'value')).toBe('37')
    expect(stored).toContain('Zones du PLU : Ua, N.')
  })
})
