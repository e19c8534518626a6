/**
 * How long an order awaiting payment keeps its places (decision 0045). PayFiP's operation id is
 * valid 15 minutes: a payment started keeps the places at least that long, plus a margin for the
 * notification, whatever was left of the window.
 */
export const PAYMENT_WINDOW_MINUTES = 30
export const IDOP_VALID_MINUTES = 15
export const NOTIFICATION_MARGIN_MINUTES = 5

export const paymentDueBy = (now: Date): Date => new Date(now.getTime() + PAYMENT_WINDOW_MINUTES * 60_000)

/** Until when a payment started now may still be credited: the places are kept at least until then. */
export const paymentMayLandUntil = (startedAt: Date): Date => new Date(startedAt.getTime() + (IDOP_VALID_MINUTES + NOTIFICATION_MARGIN_MINUTES) * 60_000)
