import Link from 'next/link'

import type { Site } from '../payload-types'

/** The town's optional alert: a region with a visible heading, never a live region that interrupts. */
export function AlertBanner({ alert }: { alert: Site['alert'] }) {
  if (!alert?.enabled || !alert.text) return null
  const warning = alert.level === 'warning'
  return (
    <section className={`alert-banner ${warning ? 'alert-banner--warning' : ''}`} aria-labelledby="alert-banner-title">
      <div className="container">
        <h2 id="alert-banner-title" className="visually-hidden">
          {warning ? 'Alerte' : 'Information'}
        </h2>
        <p>
          {alert.text}
          {alert.href ? (
            <>
              {' '}
              <Link href={alert.href}>En savoir plus</Link>
            </>
          ) : null}
        </p>
      </div>
    </section>
  )
}
