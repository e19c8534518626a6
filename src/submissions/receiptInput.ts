import type { Payload } from 'payload'

import type { Organisation, Site, Submission } from '../payload-types'
import type { AppealCourt, ReceiptInput, ReceiptService } from './receiptMentions'

type Id = number | string

/**
 * Who answers and where to appeal: the organisation's name, postal address, e-mail and phone (the
 * town hall's from "Site et commune" where the organisation has none), and the town's court.
 */
export async function receiptParties(payload: Payload, organisation: Id | Organisation | null | undefined): Promise<{ service: ReceiptService; court: AppealCourt; townName: string }> {
  const [site, org] = await Promise.all([
    payload.findGlobal({ slug: 'site', depth: 0, overrideAccess: true }) as Promise<Site>,
    organisation && typeof organisation === 'object'
      ? organisation
      : organisation
        ? payload.findByID({ collection: 'organisations', id: organisation, depth: 0, overrideAccess: true }).catch(() => null)
        : null,
  ])
  return {
    service: {
      name: org?.name ?? `Mairie de ${site.townName}`,
      address: org?.address || site.address,
      email: org?.email || site.contactEmail,
      phone: org?.phone || site.phone,
    },
    court: site.appeals ?? {},
    townName: site.townName,
  }
}

/** The receipt of a stored request, as it reads today (the due date once the file is complete). */
export async function receiptInputOf(payload: Payload, submission: Submission, organisation?: Organisation | null): Promise<ReceiptInput & { townName: string }> {
  const { service, court, townName } = await receiptParties(payload, organisation ?? submission.organisation)
  const version = (submission.formVersion ?? {}) as { title?: string; appealRoutes?: string | null }
  return {
    reference: submission.reference,
    procedure: version.title ?? '',
    receivedAt: new Date(submission.createdAt),
    decision: submission,
    appealRoutes: version.appealRoutes ?? null,
    service,
    court,
    townName,
  }
}
