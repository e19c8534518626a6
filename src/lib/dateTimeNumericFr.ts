// Built once: an Intl.DateTimeFormat costs far more to build than to use.
const dayFormat = new Intl.DateTimeFormat('fr-FR', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'Europe/Paris' })
const timeFormat = new Intl.DateTimeFormat('fr-FR', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'Europe/Paris' })
const timeWithSecondsFormat = new Intl.DateTimeFormat('fr-FR', { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23', timeZone: 'Europe/Paris' })

const valid = (value: Date | string | null | undefined): Date | null => {
  if (!value) return null
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? null : date
}

/** "28/12/2026 à 09:30" (or "… à 09:30:05" with seconds), Paris time: how staff pages show an instant. Empty for no date. */
export function dateTimeNumericFr(value: Date | string | null | undefined, { seconds = false }: { seconds?: boolean } = {}): string {
  const date = valid(value)
  return date ? `${dayFormat.format(date)} à ${(seconds ? timeWithSecondsFormat : timeFormat).format(date)}` : ''
}

/** "28/12/2026", the Paris calendar day of an instant. Empty for no date. */
export function dateNumericFr(value: Date | string | null | undefined): string {
  const date = valid(value)
  return date ? dayFormat.format(date) : ''
}
