import { displayAnswer } from '../../../src/forms/engine'
import { checkbox } from '../../../blocks/fields/checkbox'
import { parseWith, renderInput } from './rawInput'

const field = { blockType: 'checkbox', name: 'accord', label: "J'accepte que mes données soient traitées pour cette démarche." }

describe('checkbox', () => {
  it('stores true when checked', async () => {
    expect(await parseWith(checkbox, field, { accord: 'oui' })).toEqual({ ok: true, value: true })
  })
  it('returns null when unchecked (the engine applies required)', async () => {
    expect(await parseWith(checkbox, { ...field, required: true }, {})).toEqual({ ok: true, value: null })
  })
  it('refuses an unexpected posted value', async () => {
    expect(await parseWith(checkbox, field, { accord: 'peut-être' })).toMatchObject({ ok: false, value: false })
  })
  it('displays "Oui"', () => {
    expect(checkbox.display(field, true, displayAnswer)).toEqual(['Oui'])
  })
  it('renders one check box labelled by the field shell', () => {
    expect(checkbox.fieldset).toBeFalsy()
    const html = renderInput(checkbox, { field: { ...field, required: true }, name: 'accord', id: 'accord', value: true, error: 'Cochez la case' })
    expect(html).toContain('type="checkbox"')
    expect(html).toContain('id="accord"')
    expect(html).toContain('value="oui"')
    expect(html).toContain('checked=""')
    expect(html).toContain('aria-invalid="true"')
    expect(html).toContain('aria-describedby="accord-erreur"')
    expect(html).toContain('aria-required="true"')
    expect(renderInput(checkbox, { field, name: 'accord', id: 'accord', value: null })).not.toContain('checked')
  })
})
