import type { CollectionBeforeDeleteHook } from 'payload'

/** A deleted request (retention, admin) takes the records of its e-mails with it: they hold the citizen's address. */
// Before the delete: afterwards the database has already emptied the records' link to it.
export const deleteEmailRecords: CollectionBeforeDeleteHook = async ({ req, id }) => {
  const { errors } = await req.payload.delete({ collection: 'submission-emails', where: { submission: { equals: id } }, overrideAccess: true, depth: 0, req })
  if (errors.length) throw new Error(`e-mail records of request ${id} could not be deleted: ${errors.map((e) => e.message).join('; ')}`)
}
