/** Times of day as forms and bookings store them ("09:05", 24-hour clock) and as French readers read them. */

export const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/

/** "09:05" → "9 h 05" (the French way of writing a time). */
export const timeFr = (value: string): string => {
  const [hours, minutes] = value.split(':')
  return `${Number(hours)} h ${minutes}`
}

/** "09:05" → 545 (minutes since midnight). */
export const minutesOf = (value: string): number => {
  const [hours, minutes] = value.split(':')
  return Number(hours) * 60 + Number(minutes)
}

/** 545 → "09:05". */
export const clockOf = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`

const parisClock = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })

/** The commune's time of day of an instant ("14:05", Europe/Paris). */
export const clockTimeOf = (instant: Date): string => parisClock.format(instant)
