import type { Payload } from 'payload'

import { hasRole } from '../access/roles'
import type { User } from '../payload-types'
import { BOOKING_CALENDAR_PATH, REGIE_PATH } from './paths'

/**
 * At the end of the admin navigation, for administrators and agents: the views of our own that no
 * collection leads to (the bookings calendar, the régie), in Payload's own nav style.
 */
export function StaffNavLinks({ payload, user }: { payload: Payload; user?: User | null }) {
  if (!hasRole(user, 'admin', 'agent')) return null
  const admin = payload.config.routes.admin
  const links = [
    { href: `${admin}${BOOKING_CALENDAR_PATH}`, label: 'Calendrier des réservations' },
    { href: `${admin}${REGIE_PATH}`, label: 'Régie (paiements)' },
  ]
  return (
    <div style={{ margin: '0.5rem 0 1rem' }}>
      <span className="nav-group__label" style={{ display: 'block', margin: '0 0 0.25rem' }}>
        Vues
      </span>
      {links.map((l) => (
        <a key={l.href} className="nav__link" href={l.href}>
          <span className="nav__link-label">{l.label}</span>
        </a>
      ))}
    </div>
  )
}
