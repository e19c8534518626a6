// Built once: an Intl.DateTimeFormat costs far more to build than to use.
const format = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Paris' })

/** A moment in French, Paris time: "12 décembre 2026 à 14 h 47" (deadlines of holds, offers, cancellations). */
export const instantFr = (date: Date | string): string => format.format(new Date(date)).replace(/(\d{1,2}):(\d{2})$/, '$1 h $2')
