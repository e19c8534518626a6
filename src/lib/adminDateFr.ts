// Built once: an Intl.DateTimeFormat costs far more to build than to use.
const day = new Intl.DateTimeFormat('fr-FR', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'Europe/Paris' })
const time = new Intl.DateTimeFormat('fr-FR', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'Europe/Paris' })
const timeWithSeconds = new Intl.DateTimeFormat('fr-FR', { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23', timeZone: 'Europe/Paris' })

export type AdminDatePrecision = 'day' | 'minute' | 'second'

/** A date as the admin shows it, Paris time: "28/12/2026", "28/12/2026 à 09:30" or "28/12/2026 à 09:30:05". */
export function adminDateFr(value: Date | string, precision: AdminDatePrecision = 'minute'): string {
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return ''
  if (precision === 'day') return day.format(date)
  return `${day.format(date)} à ${(precision === 'second' ? timeWithSeconds : time).format(date)}`
}
