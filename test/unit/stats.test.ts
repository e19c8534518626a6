import { closureDays, firstResponseDays, median, responseTimings, weekBounds, weekOf } from '../../src/submissions/stats'

const row = (createdAt: string, status: string, history: Array<[string, string]> = [], replies: string[] = []) => ({
  createdAt,
  status,
  history: history.map(([at, to]) => ({ at, to })),
  messages: replies.map((at) => ({ at, direction: 'agent' })),
})

describe('dashboard figures', () => {
  it('median', () => {
    expect(median([])).toBeNull()
    expect(median([3, 1, 2])).toBe(2)
    expect(median([4, 1, 2, 3])).toBe(2.5)
  })
  it('first response is the earliest status change or reply; closure the last closing change', () => {
    const r = row('2026-11-01T10:00:00Z', 'terminee', [['2026-11-03T10:00:00Z', 'en_cours'], ['2026-11-11T10:00:00Z', 'terminee']], ['2026-11-02T10:00:00Z'])
    expect(firstResponseDays(r)).toBe(1)
    expect(closureDays(r)).toBe(10)
    expect(firstResponseDays(row('2026-11-01T10:00:00Z', 'recue'))).toBeNull()
    expect(closureDays(row('2026-11-01T10:00:00Z', 'en_cours', [['2026-11-02T10:00:00Z', 'en_cours']]))).toBeNull()
  })
  it('the stored timings: first response, closure (cleared when reopened), due date while open', () => {
    const closed = row('2026-11-01T10:00:00Z', 'terminee', [['2026-11-03T10:00:00Z', 'en_cours'], ['2026-11-11T10:00:00Z', 'terminee']], ['2026-11-02T10:00:00Z'])
    expect(responseTimings({ ...closed, dueDate: '2026-12-01T00:00:00Z' })).toEqual({ openDueDate: null, firstResponseAt: '2026-11-02T10:00:00.000Z', firstResponseDays: 1, closedAt: '2026-11-11T10:00:00Z', closureDays: 10 })
    const reopened = row('2026-11-01T10:00:00Z', 'en_cours', [['2026-11-11T10:00:00Z', 'terminee'], ['2026-11-12T10:00:00Z', 'en_cours']])
    expect(responseTimings({ ...reopened, dueDate: '2026-12-01T00:00:00Z' })).toEqual({ openDueDate: '2026-12-01T00:00:00Z', firstResponseAt: '2026-11-11T10:00:00.000Z', firstResponseDays: 10, closedAt: null, closureDays: null })
    expect(responseTimings(row('2026-11-01T10:00:00Z', 'recue'))).toEqual({ openDueDate: null, firstResponseAt: null, firstResponseDays: null, closedAt: null, closureDays: null })
  })
  it('weeks are Monday-based; the bounds end on the Monday after the current week', () => {
    expect(weekOf(new Date('2026-11-29T12:00:00Z'))).toBe('2026-11-23') // a Sunday → its Monday
    expect(weekOf(new Date('2026-11-23T00:00:00Z'))).toBe('2026-11-23')
    expect(weekBounds(2, new Date('2026-11-29T12:00:00Z'))).toEqual(['2026-11-16', '2026-11-23', '2026-11-30'])
  })
})
