import { type Endpoint, type PayloadRequest, ValidationError } from 'payload'

import { hasRole } from '../../../src/access/roles'
import { ACTIONS, isActionId } from '../../../src/submissions/actions'

const problem = (status: number, message: string, path?: string) => Response.json({ errors: [{ message, ...(path ? { path } : {}) }] }, { status })

const text = (value: unknown) => (typeof value === 'string' ? value : undefined)

async function bodyOf(req: PayloadRequest): Promise<Record<string, unknown> | null> {
  try {
    const body: unknown = await req.json?.()
    return body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : null
  } catch {
    return null
  }
}

/**
 * POST /api/submissions/:id/actions — the agent's buttons: `{ action, comment?, emailBody?, pieces?,
 * piecesDueBy? }` for a decision ("take", "complement", "complete", "accept", "refuse", "close",
 * "resume", "reopen"), `{ action: "reply" | "note", text }` for the boxes under the timeline. It
 * only translates the action into the request's workflow inputs and updates the request with the
 * agent's own rights: the workflow hook decides (decision 0052). "Prendre en charge" also assigns
 * the request to the agent when nobody has it.
 */
export const requestActions: Endpoint = {
  path: '/:id/actions',
  method: 'post',
  handler: async (req) => {
    if (!hasRole(req.user, 'admin') && !hasRole(req.user, 'agent')) return problem(403, 'Réservé aux agents et aux administrateurs.')
    const id = String(req.routeParams?.id ?? '')
    const body = await bodyOf(req)
    if (!body) return problem(400, 'Requête illisible : un objet JSON est attendu.')
    const action = body.action
    const current = await req.payload.findByID({ collection: 'submissions', id, depth: 0, overrideAccess: false, user: req.user, req }).catch(() => null)
    if (!current) return problem(404, 'Demande introuvable.')

    let data: Record<string, unknown>
    if (action === 'reply' || action === 'note') {
      const value = text(body.text)?.trim()
      if (!value) return problem(400, action === 'reply' ? 'Écrivez votre réponse à l’usager.' : 'Écrivez la note.', 'text')
      data = action === 'reply' ? { reply: value } : { newNote: value }
    } else if (isActionId(action)) {
      const chosen = ACTIONS[action]
      if (chosen.id === 'complete') {
        if (current.completeAt) return problem(400, 'Le dossier est déjà déclaré complet : le délai légal court déjà.')
        data = { markComplete: true }
      } else {
        data = { status: chosen.to, statusComment: text(body.comment) ?? null, statusEmailBody: text(body.emailBody) ?? null }
        if (chosen.id === 'complement') Object.assign(data, { requestedPieces: text(body.pieces) ?? null, piecesDueBy: text(body.piecesDueBy) ?? null })
        if (chosen.id === 'take' && !current.assignee && hasRole(req.user, 'agent')) data.assignee = req.user!.id
      }
    } else return problem(400, 'Action inconnue.', 'action')

    try {
      const doc = await req.payload.update({ collection: 'submissions', id, data: data as never, depth: 0, overrideAccess: false, user: req.user, req })
      return Response.json({ id: doc.id, status: doc.status, completeAt: doc.completeAt ?? null, dueDate: doc.dueDate ?? null })
    } catch (error) {
      if (error instanceof ValidationError) {
        const first = error.data.errors[0]
        return problem(400, first?.message ?? 'Action refusée.', first?.path)
      }
      if ((error as { status?: number }).status === 403) return problem(403, 'Vous ne pouvez pas modifier cette demande.')
      throw error
    }
  },
}
