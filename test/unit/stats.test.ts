import { closureDays, delaysOver, firstResponseDays, median, weeklyFlow, weekOf } from '../../src/submissions/stats'

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
  it('medians over 30 days only count recent requests', () => {
    const now = new Date('2026-11-29T12:00:00Z')
    const rows = [
      row('2026-11-20T10:00:00Z', 'terminee', [['2026-11-22T10:00:00Z', 'terminee']]),
      row('2026-11-25T10:00:00Z', 'en_cours', [['2026-11-29T10:00:00Z', 'en_cours']]),
      row('2026-08-01T10:00:00Z', 'terminee', [['2026-09-01T10:00:00Z', 'terminee']]),
    ]
    expect(delaysOver(rows, 30, now)).toEqual({ count: 2, firstResponse: 3, closure: 2 })
    expect(delaysOver(rows, 180, now).count).toBe(3)
  })
  it('weekly flow counts received and closed per Monday-based week', () => {
    expect(weekOf(new Date('2026-11-29T12:00:00Z'))).toBe('2026-11-23') // a Sunday → its Monday
    const now = new Date('2026-11-29T12:00:00Z')
    const flow = weeklyFlow([row('2026-11-24T10:00:00Z', 'terminee', [['2026-11-27T10:00:00Z', 'terminee']]), row('2026-11-17T10:00:00Z', 'recue'), row('2025-01-01T10:00:00Z', 'recue')], 2, now)
    expect(flow).toEqual([
      { week: '2026-11-16', received: 1, closed: 0 },
      { week: '2026-11-23', received: 1, closed: 1 },
    ])
  })
})
