import type { CollectionBeforeChangeHook } from 'payload'

import { procedureDomainOf } from '../../../src/submissions/procedureDomain'

/**
 * A new request carries the domain of the procedure that links its form, so agents can filter and
 * count requests by domain through an index. The submission service passes it from the cached
 * form (`domain: null` meaning "looked up already, none"); other writers get it looked up here.
 */
export const setDomain: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || data.domain !== undefined || !data.form) return data
  const domain = await procedureDomainOf(req.payload, typeof data.form === 'object' ? data.form.id : data.form, req)
  return domain ? { ...data, domain } : data
}
