import type { Payload } from 'payload'

/** The simulator's record of one idOp (collection payfip-simulations). */
export interface Simulation {
  id: number | string
  idOp: string
  numcli: string
  exer: string
  refdet: string
  amountCents: number
  mel: string
  objet?: string | null
  saisie: string
  urlnotif: string
  urlredirect: string
  issuedAt: string
  state: 'en-attente' | 'choisi'
  resultrans?: string | null
  numauto?: string | null
  chosenAt?: string | null
  notificationSkipped?: boolean | null
}

export const SIMULATIONS = 'payfip-simulations' as const
/** An idOp is valid 15 minutes for its payment page (PayFiP's P4). */
export const IDOP_LIFETIME_MS = 15 * 60_000
/** The shape of the idOps handed out (UUIDs, as PayFiP's): anything else is unknown without a lookup. */
export const IDOP_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

export async function findSimulation(payload: Payload, idOp: string): Promise<Simulation | null> {
  if (!IDOP_PATTERN.test(idOp)) return null
  const found = await payload.find({ collection: SIMULATIONS, where: { idOp: { equals: idOp } }, limit: 1, depth: 0, overrideAccess: true, pagination: false })
  return (found.docs[0] as unknown as Simulation | undefined) ?? null
}

export const isExpired = (simulation: Simulation, now: Date) => now.getTime() - new Date(simulation.issuedAt).getTime() > IDOP_LIFETIME_MS
