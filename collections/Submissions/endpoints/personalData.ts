import type { Endpoint } from 'payload'

import { hasRole } from '../../../src/access/roles'
import { emailKey } from '../../../src/submissions/requester'

const fileName = (f: unknown) => (f && typeof f === 'object' ? ((f as { originalName?: string | null; filename?: string | null }).originalName ?? (f as { filename?: string | null }).filename) : f)

/**
 * GET /api/submissions/personal-data?email=… (admins only) — everything the portal holds about one
 * e-mail address (RGPD right of access): the requests, their answers, messages and file names, and
 * the records of the e-mails sent about those requests (to, subject, kind, date), and the directory
 * proposals made with that address, as one JSON download. The address matches
 * whatever its case. Each export is written to the audit log.
 */
export const personalData: Endpoint = {
  path: '/personal-data',
  method: 'get',
  handler: async (req) => {
    if (!hasRole(req.user, 'admin')) return Response.json({ errors: [{ message: 'Réservé aux administrateurs.' }] }, { status: 403 })
    const email = emailKey(typeof req.query?.email === 'string' ? req.query.email : null) ?? ''
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
      return Response.json({ errors: [{ message: 'Indiquez une adresse électronique valide (paramètre email).' }] }, { status: 400 })
    }
    const sameAddress = (value: string | null | undefined) => emailKey(value) === email
    const { docs: found } = await req.payload.find({
      collection: 'submissions',
      // The indexed lower-case copy; requests stored before it existed (no copy) are matched by a
      // case-insensitive `like` on the address itself, then compared exactly below.
      where: { or: [{ requesterEmailKey: { equals: email } }, { and: [{ requesterEmailKey: { exists: false } }, { requesterEmail: { like: email } }] }] },
      pagination: false,
      limit: 0,
      depth: 1,
      overrideAccess: true,
      req,
    })
    const docs = found.filter((d) => sameAddress(d.requesterEmail))
    // The records of the e-mails sent about these requests (never their body: see SubmissionEmails).
    const emails = docs.length
      ? (
          await req.payload.find({
            collection: 'submission-emails',
            where: { submission: { in: docs.map((d) => d.id) } },
            sort: 'createdAt',
            pagination: false,
            limit: 0,
            depth: 0,
            overrideAccess: true,
            req,
          })
        ).docs
      : []
    const emailsOf = (id: number | string) =>
      emails
        .filter((e) => String(typeof e.submission === 'object' ? e.submission?.id : e.submission) === String(id))
        .map((e) => ({ sentAt: e.createdAt, kind: e.kind, to: e.to, subject: e.subject, failed: Boolean(e.failed) }))
    const requests = docs.map((d) => ({
      reference: d.reference,
      form: typeof d.form === 'object' ? d.form?.title : d.form,
      organisation: typeof d.organisation === 'object' ? d.organisation?.name : d.organisation,
      createdAt: d.createdAt,
      status: d.status,
      requesterName: d.requesterName,
      answers: d.answers,
      messages: (d.messages ?? []).map((m) => ({ at: m.at, direction: m.direction, text: m.text, files: (m.files ?? []).map(fileName) })),
      history: (d.history ?? []).map((h) => ({ at: h.at, from: h.from, to: h.to, comment: h.comment })),
      files: (d.files ?? []).map(fileName),
      emails: emailsOf(d.id),
    }))
    // Directory proposals: a small moderation queue with no lower-case copy of its own (collection
    // not owned here), so a case-insensitive `like` then an exact comparison.
    const proposals = (
      await req.payload.find({
        collection: 'directory-proposals',
        where: { requesterEmail: { like: email } },
        pagination: false,
        limit: 0,
        depth: 0,
        overrideAccess: true,
        req,
      })
    ).docs
      .filter((p) => sameAddress(p.requesterEmail))
      .map((p) => ({
        reference: p.reference,
        directory: p.kind,
        createdAt: p.createdAt,
        decision: p.decision,
        decidedAt: p.decidedAt,
        rejectionReason: p.rejectionReason,
        requesterName: p.requesterName,
        requesterEmail: p.requesterEmail,
        requesterWarning: p.requesterWarning,
        name: p.name,
        category: p.category,
        siret: p.siret,
        description: p.description,
        contact: p.contact,
        address: p.address,
        openingHours: p.openingHours,
        meetings: p.meetings,
      }))
    await req.payload.create({
      collection: 'audit-log',
      data: {
        action: 'export',
        summary: `Export des données d'une personne : ${requests.length} demande(s), ${proposals.length} proposition(s) d'annuaire`,
        details: { requests: requests.length, directoryProposals: proposals.length, by: req.user?.id },
      },
      overrideAccess: true,
    })
    return new Response(JSON.stringify({ email, exportedAt: new Date().toISOString(), requests, directoryProposals: proposals }, null, 2), {
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Disposition': `attachment; filename="donnees-personnelles-${new Date().toISOString().slice(0, 10)}.json"`,
        'Cache-Control': 'no-store',
      },
    })
  },
}
