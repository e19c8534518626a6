import type { CollectionBeforeChangeHook } from 'payload'

/**
 * A new request carries the domain of the procedure that links its form, so agents can filter and
 * count requests by domain through an index.
 */
export const setDomain: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  // `domain: null` given by the caller means "looked up already, none".
  if (operation !== 'create' || data.domain !== undefined || !data.form) return data
  const formId = typeof data.form === 'object' ? data.form.id : data.form
  const { docs } = await req.payload.find({
    collection: 'procedures',
    where: { form: { equals: formId } },
    limit: 1,
    depth: 0,
    pagination: false,
    select: { domain: true },
    overrideAccess: true,
    req,
  })
  const domain = docs[0]?.domain
  return domain ? { ...data, domain: typeof domain === 'object' ? domain.id : domain } : data
}
