import { displayAnswer } from '../../../src/forms/engine'
import { date, type DateFieldConfig } from '../../../blocks/fields/date'
import { isoDateOf, readDate } from '../../../src/lib/calendarDate'
import { attr, parseWith, renderInput } from './rawInput'

const field: DateFieldConfig = { blockType: 'date', name: 'jour', label: 'Date' }
const parse = (value: string, f: DateFieldConfig = field, today?: Date) => parseWith(date, f, { jour: value }, today ? { today } : {})

describe('date', () => {
  it('accepts YYYY-MM-DD, and DD/MM/YYYY typed by hand', async () => {
    expect(await parse('2026-03-12')).toEqual({ ok: true, value: '2026-03-12' })
    expect(await parse('12/03/2026')).toEqual({ ok: true, value: '2026-03-12' })
    expect(await parse('1/3/2026')).toEqual({ ok: true, value: '2026-03-01' })
    expect(await parse('2024-02-29')).toEqual({ ok: true, value: '2024-02-29' })
  })
  it('returns null when empty', async () => {
    expect(await parse('')).toEqual({ ok: true, value: null })
  })
  it('refuses impossible dates', async () => {
    for (const value of ['2026-02-30', '2025-02-29', '2026-13-01', '2026-00-10', '31/04/2026']) {
      expect(await parse(value)).toEqual({ ok: false, error: "Cette date n'existe pas : vérifiez le jour et le mois.", value })
    }
  })
  it('refuses what is not a date', async () => {
    for (const value of ['demain', '2026-3', '12 mars 2026', '0999-01-01']) {
      expect(await parse(value)).toEqual({ ok: false, error: 'Saisissez une date valide, par exemple 12/03/2026.', value })
    }
  })
  it('refuses future dates when asked, using ctx.today in Paris time', async () => {
    const f = { ...field, notInFuture: true }
    expect(await parse('2026-03-12', f)).toEqual({ ok: true, value: '2026-03-12' })
    expect(await parse('2026-03-13', f)).toMatchObject({ ok: false, error: "Saisissez une date antérieure ou égale à aujourd'hui." })
    expect(await parse('2030-01-01', field)).toEqual({ ok: true, value: '2030-01-01' })
    // 23:30 UTC on the 12th is already the 13th in Paris.
    expect(await parse('2026-03-13', f, new Date('2026-03-12T23:30:00Z'))).toEqual({ ok: true, value: '2026-03-13' })
    expect(isoDateOf(new Date('2026-03-12T23:30:00Z'))).toBe('2026-03-13')
  })
  it('applies min and max, in French', async () => {
    const f = { ...field, min: '2026-01-01', max: '2026-12-31' }
    expect(await parse('2026-06-15', f)).toEqual({ ok: true, value: '2026-06-15' })
    expect(await parse('2025-12-31', f)).toMatchObject({ ok: false, error: 'Saisissez une date entre le 01/01/2026 et le 31/12/2026.' })
    expect(await parse('2025-12-31', { ...field, min: '2026-01-01T00:00:00.000Z' })).toMatchObject({ ok: false, error: 'Saisissez une date à partir du 01/01/2026.' })
    expect(await parse('2027-01-01', { ...field, max: '2026-12-31' })).toMatchObject({ ok: false, error: "Saisissez une date jusqu'au 31/12/2026." })
  })
  it('reads dates', () => {
    expect(readDate('2026-02-30')).toEqual({ ok: false, reason: 'impossible' })
    expect(readDate('x')).toEqual({ ok: false, reason: 'format' })
  })
  it('displays DD/MM/YYYY', () => {
    expect(date.display(field, '2026-03-12', displayAnswer)).toEqual(['12/03/2026'])
  })
  it('renders type="date" with bounds and aria attributes', () => {
    const f = { ...field, min: '2026-01-01', autocomplete: 'bday', hint: 'Aide' }
    const html = renderInput(date, { field: f, name: 'jour', id: 'jour', value: '2026-03-12', error: 'Erreur' })
    expect(html).toContain('type="date"')
    expect(html).toContain('min="2026-01-01"')
    expect(html).toContain('value="2026-03-12"')
    expect(attr(html, 'autocomplete')).toBe('bday')
    expect(html).toContain('aria-invalid="true"')
    expect(html).toContain('aria-describedby="jour-aide jour-erreur"')
  })
})
