import { DEFAULT_STATEMENT, honour, HONOUR_VALUE, type HonourFieldConfig } from '../../../blocks/fields/honour'
import { displayAnswer } from '../../../src/forms/engine'
import { parseWith, renderInput } from './rawInput'

const field: HonourFieldConfig = { blockType: 'honour', name: 'attestation', label: 'Déclaration sur l’honneur', required: true, statement: 'Je certifie que l’association est à jour de ses déclarations.' }

describe('honour', () => {
  it('accepts the ticked box; unticked is empty, so a required declaration must be ticked', async () => {
    expect(await parseWith(honour, field, { attestation: HONOUR_VALUE })).toEqual({ ok: true, value: true })
    expect(await parseWith(honour, field, {})).toEqual({ ok: true, value: null })
    expect(honour.requiredMessage!(field)).toBe('Cochez la déclaration sur l’honneur pour continuer.')
  })
  it('refuses any other value', async () => {
    expect(await parseWith(honour, field, { attestation: 'oui' })).toEqual({ ok: false, error: 'Cochez la case ou laissez-la vide.', value: null })
  })
  it('displays the statement certified (the default one when staff left it empty)', () => {
    expect(displayAnswer(field, true)).toEqual(['Certifié sur l’honneur : « Je certifie que l’association est à jour de ses déclarations. »'])
    const withoutStatement: HonourFieldConfig = { ...field, statement: '' }
    expect(displayAnswer(withoutStatement, true)).toEqual([`Certifié sur l’honneur : « ${DEFAULT_STATEMENT} »`])
  })
  it('renders a checkbox labelled by the statement, never pre-ticked', () => {
    const html = renderInput(honour, { field, name: 'attestation', id: 'attestation', value: null })
    expect(html).toContain('<label for="attestation">Je certifie que l’association est à jour de ses déclarations.</label>')
    expect(html).toContain('type="checkbox"')
    expect(html).not.toContain('checked')
  })
})
