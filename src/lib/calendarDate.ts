/**
 * Calendar dates as the forms read and show them, free of any UI: "YYYY-MM-DD" in storage,
 * "12/03/2026" on screen, the commune's day (Europe/Paris) whatever the server's time zone.
 */

/** "2026-03-12" → "12/03/2026": how a date answer is shown (server display and in-page check step). */
export function numericDateFr(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso)
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

// One formatter per time zone: building an Intl.DateTimeFormat costs far more than formatting
// (it was 4 % of a request's send in bench/submit's profile).
const dayFormatters = new Map<string, Intl.DateTimeFormat>()

/** The commune's calendar day of an instant: the server may run in UTC, citizens live in France. */
export function isoDateOf(instant: Date, timeZone = 'Europe/Paris'): string {
  let formatter = dayFormatters.get(timeZone)
  if (!formatter) dayFormatters.set(timeZone, (formatter = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })))
  return formatter.format(instant)
}

/** A setting stored as "YYYY-MM-DD" (or a full ISO timestamp): its date part, or null. */
export function settingDate(value: unknown): string | null {
  if (typeof value !== 'string') return null
  const day = value.trim().slice(0, 10)
  return ISO_DATE.test(day) ? day : null
}

export type DateReading = { ok: true; iso: string } | { ok: false; reason: 'format' | 'impossible' }

/**
 * Posted text → ISO date. type="date" posts YYYY-MM-DD; "12/03/2026" is accepted too, for browsers
 * or assistive tools that fall back to a text box.
 */
export function readDate(raw: string): DateReading {
  const s = raw.trim()
  let y: number
  let mo: number
  let d: number
  let m = /^([1-9]\d{3})-(\d{1,2})-(\d{1,2})$/.exec(s)
  if (m) [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  else if ((m = /^(\d{1,2})[/.-](\d{1,2})[/.-]([1-9]\d{3})$/.exec(s))) [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])]
  else return { ok: false, reason: 'format' }
  const date = new Date(Date.UTC(y, mo - 1, d))
  if (mo < 1 || mo > 12 || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return { ok: false, reason: 'impossible' }
  return { ok: true, iso: `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}` }
}

export const DATE_FORMAT_ERROR = 'Saisissez une date valide, par exemple 12/03/2026.'
export const DATE_IMPOSSIBLE_ERROR = "Cette date n'existe pas : vérifiez le jour et le mois."
export const DATE_FUTURE_ERROR = "Saisissez une date antérieure ou égale à aujourd'hui."

/** Full check of a date answer against its rules; returns the ISO date or a French message. */
export function checkDate(
  raw: string,
  rules: { min?: string | null; max?: string | null; notInFuture?: boolean | null },
  today: Date,
): { ok: true; iso: string } | { ok: false; error: string } {
  const read = readDate(raw)
  if (!read.ok) return { ok: false, error: read.reason === 'format' ? DATE_FORMAT_ERROR : DATE_IMPOSSIBLE_ERROR }
  const { iso } = read // ISO dates compare as strings
  if (rules.notInFuture && iso > isoDateOf(today)) return { ok: false, error: DATE_FUTURE_ERROR }
  const min = settingDate(rules.min)
  const max = settingDate(rules.max)
  if ((min && iso < min) || (max && iso > max)) {
    if (min && max) return { ok: false, error: `Saisissez une date entre le ${numericDateFr(min)} et le ${numericDateFr(max)}.` }
    if (min) return { ok: false, error: `Saisissez une date à partir du ${numericDateFr(min)}.` }
    return { ok: false, error: `Saisissez une date jusqu'au ${numericDateFr(max!)}.` }
  }
  return { ok: true, iso }
}

/** The instant of a day and time of day in the commune ("2026-12-12", "10:00", Europe/Paris). */
export function parisInstant(day: string, time = '00:00'): Date {
  const [hours, minutes] = time.split(':').map(Number)
  const asUtc = Date.parse(`${day}T00:00:00Z`) + (hours * 60 + minutes) * 60_000
  // Paris is UTC+1 in winter, UTC+2 in summer: keep the offset whose local reading is right.
  for (const offsetHours of [1, 2]) {
    const candidate = new Date(asUtc - offsetHours * 3_600_000)
    if (isoDateOf(candidate) === day && parisHourMinute.format(candidate) === time) return candidate
  }
  return new Date(asUtc - 3_600_000) // a time skipped by the spring change: one hour later, as clocks read
}

const parisHourMinute = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
