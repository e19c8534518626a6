/** Issue 18: old archives rotated — the newest of each of N days and M months kept, nothing else touched. */
import { archiveName, archivesToDelete, isArchiveName } from '../../../src/ops/backup/rotation'

const at = (iso: string) => archiveName(new Date(iso))

describe('backup rotation', () => {
  it('names archives by their UTC instant, in an order that sorts by date', () => {
    expect(at('2026-12-01T02:30:05.123Z')).toBe('portail-2026-12-01T023005Z.tar.gz')
    expect(isArchiveName('portail-2026-12-01T023005Z.tar.gz')).toBe(true)
    expect(isArchiveName('portail-2026-12-01T023005Z.tar.gz.partial')).toBe(false)
    expect(isArchiveName('notes.txt')).toBe(false)
  })

  it('keeps the newest archive of each of the last N days and of the last M months', () => {
    const names = [
      at('2026-09-15T02:00:00Z'),
      at('2026-10-03T02:00:00Z'),
      at('2026-10-31T02:00:00Z'),
      at('2026-11-28T02:00:00Z'),
      at('2026-11-29T02:00:00Z'),
      at('2026-11-30T02:00:00Z'),
      at('2026-11-30T14:00:00Z'), // second of the day: the morning one goes
      at('2026-12-01T02:00:00Z'),
      'lisez-moi.txt',
      'portail-2026-11-01T020000Z.tar.gz.partial',
    ]
    const deleted = archivesToDelete(names, { daily: 3, monthly: 2 })
    // Days kept: 12-01, 11-30 (14:00), 11-29; months kept: 2026-12 (12-01), 2026-11 (11-30 14:00).
    expect(deleted.sort()).toEqual([at('2026-09-15T02:00:00Z'), at('2026-10-03T02:00:00Z'), at('2026-10-31T02:00:00Z'), at('2026-11-28T02:00:00Z'), at('2026-11-30T02:00:00Z')].sort())
    expect(archivesToDelete(names, { daily: 3, monthly: 4 })).not.toContain(at('2026-10-31T02:00:00Z'))
    expect(archivesToDelete(names, { daily: 3, monthly: 4 })).toContain(at('2026-10-03T02:00:00Z'))
  })

  it('always keeps the newest archive, even when told to keep none', () => {
    const names = [at('2026-11-30T02:00:00Z'), at('2026-12-01T02:00:00Z')]
    expect(archivesToDelete(names, { daily: 0, monthly: 0 })).toEqual([at('2026-11-30T02:00:00Z')])
  })
})
