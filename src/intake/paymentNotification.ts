import type { Payload } from 'payload'

import { settleByIdOp } from '../payment/settle'
import { readLimitedFormData } from './limitedFormData'

const IDOP_PATTERN = /^[A-Za-z0-9_-]{1,64}$/

const text = (status: number, body: string) => new Response(body, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } })

/**
 * POST /paiement/notification — PayFiP's server calls urlnotif with the operation id once the
 * citizen has paid, been refused or given up. The notification proves nothing by itself: the
 * payment is settled from PayFiP's own answer (settleByIdOp), once whatever the number of
 * notifications, replays or their order.
 */
export async function handlePaymentNotification(payload: Payload, request: Request): Promise<Response> {
  let idOp = new URL(request.url).searchParams.get('idop') ?? new URL(request.url).searchParams.get('idOp') ?? ''
  if (!idOp) {
    const data = await readLimitedFormData(request, 4096).catch(() => null)
    if (!data) return text(400, 'Notification illisible')
    idOp = String(data.get('idop') ?? data.get('idOp') ?? '')
  }
  if (!IDOP_PATTERN.test(idOp)) return text(400, 'Identifiant d’opération absent ou invalide')
  try {
    const state = await settleByIdOp(payload, idOp, 'notification')
    if (state === 'inconnu') return text(404, 'Opération inconnue')
    return text(200, 'OK')
  } catch (error) {
    payload.logger.error({ err: error }, 'Payment notification could not be settled: the reconciliation job will')
    return text(503, 'Réessayez plus tard')
  }
}
