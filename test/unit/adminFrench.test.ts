/** The admin's French dates, the due date in words, the chart's scale (pure functions). */
import { niceScale } from '../../src/admin/WeeklyFlowChart'
import { dateNumericFr, dateTimeNumericFr } from '../../src/lib/dateTimeNumericFr'
import { dueState } from '../../src/submissions/dueState'

describe('dateTimeNumericFr / dateNumericFr', () => {
  it('writes day, minute or second, Paris time (winter and summer)', () => {
    expect(dateTimeNumericFr('2026-12-28T08:30:00Z')).toBe('28/12/2026 à 09:30')
    expect(dateTimeNumericFr('2026-07-01T22:15:09Z', { seconds: true })).toBe('02/07/2026 à 00:15:09')
    expect(dateNumericFr('2026-12-28T00:00:00Z')).toBe('28/12/2026')
    expect(dateTimeNumericFr('pas une date')).toBe('')
  })
})

describe('dueState', () => {
  const now = new Date('2026-11-26T10:00:00Z')
  it.each([
    ['2026-11-23T00:00:00Z', 'en_cours', 'late', 'En retard de 3 jours'],
    ['2026-11-25T00:00:00Z', 'recue', 'late', 'En retard de 1 jour'],
    ['2026-11-26T00:00:00Z', 'recue', 'soon', 'Échéance aujourd’hui'],
    ['2026-11-27T00:00:00Z', 'recue', 'soon', 'Demain'],
    ['2026-12-01T00:00:00Z', 'attente_usager', 'soon', 'Dans 5 jours'],
    ['2026-12-03T00:00:00Z', 'recue', 'soon', 'Dans 7 jours'],
    ['2026-12-04T00:00:00Z', 'recue', 'later', 'Dans 8 jours'],
    ['2026-11-01T00:00:00Z', 'terminee', 'none', ''],
  ])('%s (%s) → %s “%s”', (due, status, tone, text) => {
    expect(dueState(due, status, now)).toEqual({ tone, text })
  })
})

describe('niceScale', () => {
  it.each([
    [0, 1, 1],
    [3, 3, 1],
    [7, 8, 2],
    [23, 30, 10],
    [180, 200, 50],
  ])('max %i → top %i, step %i', (max, top, step) => {
    expect(niceScale(max)).toEqual({ top, step })
  })
})
