import { chosenName, commune, type CommuneFieldConfig } from '../../../blocks/fields/commune'
import { displayAnswer } from '../../../src/forms/engine'
import { findCommunes } from '../../../src/lib/communes'
import { parseWith, renderInput } from './rawInput'

const field: CommuneFieldConfig = { blockType: 'commune', name: 'commune', label: 'Commune de résidence' }
const parse = (data: Record<string, string>) => parseWith(commune, field, data)

describe('commune', () => {
  it('finds one commune from its name, its postal code, "name (postal code)" or its INSEE code', async () => {
    expect(await parse({ commune: 'Lorient' })).toEqual({ ok: true, value: { code: '56121', nom: 'Lorient', codePostal: '56100' } })
    expect(await parse({ commune: 'lorient' })).toMatchObject({ ok: true, value: { code: '56121' } })
    expect(await parse({ commune: '56100' })).toMatchObject({ ok: true, value: { code: '56121' } })
    expect(await parse({ commune: 'Saint-Denis (93200)' })).toMatchObject({ ok: true, value: { code: '93066', codePostal: '93200' } })
    expect(await parse({ commune: '2A004' })).toMatchObject({ ok: true, value: { code: '2A004', nom: 'Ajaccio' } })
    expect(await parse({ commune: 'st etienne du rouvray' })).toMatchObject({ ok: true, value: { code: '76575' } })
  })
  it('lists the communes a name may mean, to choose from (without JavaScript)', async () => {
    const result = await parse({ commune: 'Saint-Denis' })
    expect(result).toMatchObject({ ok: false, error: 'Plusieurs communes correspondent à « Saint-Denis » : choisissez la vôtre dans la liste.' })
    const shown = (result as { value: { candidates: Array<{ code: string; label: string }> } }).value
    expect(shown.candidates.map((c) => c.code)).toEqual(expect.arrayContaining(['93066', '97411']))
    const html = renderInput(commune, { field, name: 'commune', id: 'commune', value: shown, error: 'x' })
    expect(html).toContain(`name="${chosenName('commune')}" value="93066"`)
    expect(html).toContain('<legend>Choisissez votre commune</legend>')
    expect(await parse({ commune: 'Saint-Denis', [chosenName('commune')]: '97411' })).toMatchObject({ ok: true, value: { code: '97411' } })
  })
  it('says when no commune matches, in French', async () => {
    expect(await parse({ commune: 'Zzyzxville' })).toEqual({
      ok: false,
      error: 'Aucune commune ne correspond à « Zzyzxville » : vérifiez l’orthographe, ou indiquez son code postal.',
      value: 'Zzyzxville',
    })
  })
  it('a chosen code that is not a commune is not taken', async () => {
    expect(await parse({ commune: '', [chosenName('commune')]: '99999' })).toEqual({ ok: true, value: null })
  })
  it('suggests communes beginning with the text', async () => {
    const found = await findCommunes('Kerl', 10, { suggest: true })
    expect(found.every((c) => c.nom.toLowerCase().startsWith('kerl'))).toBe(true)
    expect(await findCommunes('a')).toEqual([])
  })
  it('displays name, postal code and INSEE code, and shows the stored commune back', () => {
    const value = { code: '56121', nom: 'Lorient', codePostal: '56100' }
    expect(displayAnswer(field, value)).toEqual(['Lorient (56100) — code INSEE 56121'])
    expect(renderInput(commune, { field, name: 'commune', id: 'commune', value })).toContain('value="Lorient (56100)"')
  })
})
