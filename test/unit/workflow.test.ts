import { frenchPublicHolidays } from '../../src/lib/publicHolidays'
import { dueDate, dueWindow, isWorkingDay } from '../../src/submissions/delays'
import { canTransition, transitionProblem } from '../../src/submissions/workflow'

const day = (iso: string) => new Date(`${iso}T10:00:00Z`)
const iso = (d: Date) => d.toISOString().slice(0, 10)

describe('status transitions', () => {
  it('allows the workflow reçue → en cours → en attente → terminée', () => {
    expect(canTransition('recue', 'en_cours')).toBe(true)
    expect(canTransition('en_cours', 'attente_usager')).toBe(true)
    expect(canTransition('attente_usager', 'terminee')).toBe(true)
    expect(canTransition('terminee', 'en_cours')).toBe(true)
  })
  it('refuses illegal changes with a French message listing what is possible', () => {
    expect(canTransition('recue', 'terminee')).toBe(false)
    expect(canTransition('refusee', 'terminee')).toBe(false)
    expect(transitionProblem('recue', 'terminee')).toBe(
      "Une demande « Reçue » ne peut pas passer à « Terminée ». Statuts possibles : « En cours », « En attente de l'usager », « Refusée », « Classée sans suite ».",
    )
    expect(transitionProblem('en_cours', 'en_cours')).toBeNull()
  })
})

describe('legal delays', () => {
  it('knows the French public holidays (Easter-based included)', () => {
    const h2026 = frenchPublicHolidays(2026)
    expect(h2026.has('2026-04-06')).toBe(true) // lundi de Pâques
    expect(h2026.has('2026-05-14')).toBe(true) // Ascension
    expect(h2026.has('2026-05-25')).toBe(true) // lundi de Pentecôte
    expect(h2026.has('2026-07-14')).toBe(true)
    expect(h2026.size).toBe(11)
    expect(isWorkingDay(day('2026-11-11'))).toBe(false)
    expect(isWorkingDay(day('2026-11-12'))).toBe(true)
  })
  it('counts calendar days from the "complete" date', () => {
    expect(iso(dueDate(day('2026-03-02'), 60))).toBe('2026-05-04') // day 60 = Fri 1 May (holiday), then the weekend
    expect(iso(dueDate(day('2026-09-01'), 15))).toBe('2026-09-16')
  })
  it('moves a deadline on a weekend to the next Monday', () => {
    expect(iso(dueDate(day('2026-11-06'), 15))).toBe('2026-11-23') // 21 Nov is a Saturday
  })
  it('bounds "overdue" and "due within 7 days" on the Paris calendar day', () => {
    // 23:30 UTC on 28 Nov is already 29 Nov in Paris
    expect(dueWindow(new Date('2026-11-28T23:30:00Z'))).toEqual({ today: '2026-11-29T00:00:00.000Z', soonUntil: '2026-12-07T00:00:00.000Z' })
    const { today, soonUntil } = dueWindow(day('2026-11-29'))
    const due = (d: string) => dueDate(day(d), 0).toISOString()
    expect(due('2026-11-27') < today).toBe(true) // overdue
    expect(due('2026-12-04') >= today && due('2026-12-04') < soonUntil).toBe(true) // within 7 days
    expect(due('2026-12-08') < soonUntil).toBe(false)
  })
})
