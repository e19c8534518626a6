import type { Payload, PayloadRequest } from 'payload'

/** The domain of the procedure that links a form (null when none does): requests are filed under it. */
export async function procedureDomainOf(payload: Payload, formId: number | string, req?: PayloadRequest): Promise<number | string | null> {
  const { docs } = await payload.find({
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
  return domain && typeof domain === 'object' ? domain.id : (domain ?? null)
}
