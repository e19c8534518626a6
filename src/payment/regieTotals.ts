import type { RegieLine } from './regieLedger'

/** What moved through the régie over a day, a service or a month. */
export interface RegieSums {
  /** Payments credited */
  payments: number
  creditedCents: number
  refunds: number
  /** Positive: what was given back */
  refundedCents: number
  /** Credited minus refunded */
  netCents: number
}

export interface RegieTotals {
  /** Days with a movement, oldest first */
  days: Array<{ day: string } & RegieSums>
  /** Services with a movement, by name */
  services: Array<{ id: number | string; name: string } & RegieSums>
  total: RegieSums
}

const empty = (): RegieSums => ({ payments: 0, creditedCents: 0, refunds: 0, refundedCents: 0, netCents: 0 })

function add(sums: RegieSums, line: RegieLine): void {
  if (line.kind === 'paiement') {
    sums.payments += 1
    sums.creditedCents += line.amountCents
  } else {
    sums.refunds += 1
    sums.refundedCents -= line.amountCents
  }
  sums.netCents += line.amountCents
}

/** Totals per day and per service of the régie's movements (src/payment/regieLedger.ts). */
export function regieTotals(lines: RegieLine[]): RegieTotals {
  const days = new Map<string, { day: string } & RegieSums>()
  const services = new Map<string, { id: number | string; name: string } & RegieSums>()
  const total = empty()
  for (const line of lines) {
    const day = days.get(line.day) ?? { day: line.day, ...empty() }
    days.set(line.day, day)
    const key = String(line.organisation.id)
    const service = services.get(key) ?? { ...line.organisation, ...empty() }
    services.set(key, service)
    add(day, line)
    add(service, line)
    add(total, line)
  }
  return {
    days: [...days.values()].sort((a, b) => a.day.localeCompare(b.day)),
    services: [...services.values()].sort((a, b) => a.name.localeCompare(b.name, 'fr')),
    total,
  }
}
