import type { AfterErrorHook } from 'payload'

type FieldError = { message: string; path: string }
type MaybeValidationError = Error & { status?: number; data?: { errors?: FieldError[] } }

/**
 * In the bundled app, Payload's `instanceof ValidationError` check can fail across module copies,
 * and the REST answer then loses the per-field French messages. Restore them by shape, so API
 * clients (and our own forms) can show each message beside its field.
 */
export const exposeValidationErrors: AfterErrorHook = ({ error, result }) => {
  const err = error as MaybeValidationError
  // Judged by shape: class names (and `instanceof`) do not survive bundling reliably.
  if (!err || !Array.isArray(err.data?.errors) || (err.status ?? 400) >= 500) return
  return {
    response: { ...(result ?? {}), errors: [{ name: 'ValidationError', message: err.message, data: err.data }] },
    status: err.status ?? 400,
  }
}
