import type { AfterErrorHook } from 'payload'

/** An id this database could have issued: an integer on SQL, an ObjectId on MongoDB. */
const isPossibleId = (id: string) => (/^mongodb(\+srv)?:/.test(process.env.DATABASE_URL ?? '') ? /^[a-f\d]{24}$/i : /^\d{1,15}$/).test(id)

/**
 * REST errors caused by the caller's own input, which Payload lets through as 500: an unparsable
 * query parameter (`?where=abc`) is a 400, an id no document can have (`/api/forms/abc`) a 404 —
 * in French, like every refusal of the portal. Real server faults stay 500.
 */
export const clientMistakes: AfterErrorHook = ({ error, req, result }) => {
  const err = error as Error & { status?: number }
  if (err?.status !== undefined && err.status < 500) return
  if (err?.name === 'SyntaxError') {
    return { response: { ...(result ?? {}), errors: [{ message: 'Paramètres de la requête illisibles : vérifiez leur syntaxe.' }] }, status: 400 }
  }
  const id = req?.routeParams?.id
  if (typeof id === 'string' && !isPossibleId(id)) {
    return { response: { ...(result ?? {}), errors: [{ message: 'Document introuvable.' }] }, status: 404 }
  }
}
