/**
 * French public holidays (metropolitan France): response delays skip them, and bookable
 * resources are closed on them unless staff open them.
 */

const DAY = 86_400_000

/** Easter Sunday (Meeus/Jones/Butcher), for the movable French public holidays. */
function easter(year: number): Date {
  const a = year % 19
  const b = Math.floor(year / 100)
  const c = year % 100
  const d = Math.floor(b / 4)
  const e = b % 4
  const f = Math.floor((b + 8) / 25)
  const g = Math.floor((b - f + 1) / 3)
  const h = (19 * a + b - d - g + 15) % 30
  const i = Math.floor(c / 4)
  const k = c % 4
  const l = (32 + 2 * e + 2 * i - h - k) % 7
  const m = Math.floor((a + 11 * h + 22 * l) / 451)
  const month = Math.floor((h + l - 7 * m + 114) / 31)
  const day = ((h + l - 7 * m + 114) % 31) + 1
  return new Date(Date.UTC(year, month - 1, day))
}

const byYear = new Map<number, Set<string>>()

/** The 11 national public holidays of metropolitan France for a year, as YYYY-MM-DD. */
export function frenchPublicHolidays(year: number): Set<string> {
  const known = byYear.get(year)
  if (known) return known
  const e = easter(year).getTime()
  const fixed = ['01-01', '05-01', '05-08', '07-14', '08-15', '11-01', '11-11', '12-25'].map((md) => `${year}-${md}`)
  const movable = [1, 39, 50].map((offset) => new Date(e + offset * DAY).toISOString().slice(0, 10)) // lundi de Pâques, Ascension, lundi de Pentecôte
  const holidays = new Set([...fixed, ...movable])
  byYear.set(year, holidays)
  return holidays
}
