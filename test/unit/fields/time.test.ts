import { time, type TimeFieldConfig } from '../../../blocks/fields/time'
import { displayAnswer } from '../../../src/forms/engine'
import { attr, parseWith, renderInput, tagWithId } from './rawInput'

const field: TimeFieldConfig = { blockType: 'time', name: 'debut', label: 'Heure de début', earliest: '08:00', latest: '22:30' }
const parse = (value: string) => parseWith(time, field, { debut: value })

describe('time', () => {
  it('accepts the ways people write a time, stored as HH:MM', async () => {
    expect(await parse('14:30')).toEqual({ ok: true, value: '14:30' })
    expect(await parse('14h30')).toEqual({ ok: true, value: '14:30' })
    expect(await parse('9 h 05')).toEqual({ ok: true, value: '09:05' })
    expect(await parse('9h')).toEqual({ ok: true, value: '09:00' })
  })
  it('refuses what is not a time, in French, showing back what was typed', async () => {
    expect(await parse('25:00')).toEqual({ ok: false, error: 'Indiquez une heure valide, par exemple 14:30.', value: '25:00' })
    expect(await parse('midi')).toMatchObject({ ok: false })
    expect(await parse('14:75')).toMatchObject({ ok: false })
  })
  it('keeps to the hours staff set', async () => {
    expect(await parse('07:59')).toEqual({ ok: false, error: 'Indiquez une heure à partir de 8 h 00.', value: '07:59' })
    expect(await parse('23:00')).toEqual({ ok: false, error: 'Indiquez une heure jusqu’à 22 h 30 au plus tard.', value: '23:00' })
    expect(await parse('22:30')).toEqual({ ok: true, value: '22:30' })
  })
  it('displays the French way', () => {
    expect(displayAnswer(field, '09:05')).toEqual(['9 h 05'])
  })
  it('renders a time input with its bounds', () => {
    const input = tagWithId(renderInput(time, { field, name: 'debut', id: 'debut', value: '10:00' }), 'debut')
    expect([attr(input, 'type'), attr(input, 'min'), attr(input, 'max'), attr(input, 'value')]).toEqual(['time', '08:00', '22:30', '10:00'])
  })
})
