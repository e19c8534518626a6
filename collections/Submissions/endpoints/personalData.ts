import type { Endpoint } from 'payload'

import { hasRole } from '../../../src/access/roles'

/**
 * GET /api/submissions/personal-data?email=… (admins only) — everything the portal holds about one
 * e-mail address (RGPD right of access): the requests, their answers, messages and file names,
 * as one JSON download. Each export is written to the audit log.
 */
export const personalData: Endpoint = {
  path: '/personal-data',
  method: 'get',
  handler: async (req) => {
    if (!hasRole(req.user, 'admin')) return Response.json({ errors: [{ message: 'Réservé aux administrateurs.' }] }, { status: 403 })
    const email = typeof req.query?.email === 'string' ? req.query.email.trim().toLowerCase() : ''
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
      return Response.json({ errors: [{ message: 'Indiquez une adresse électronique valide (paramètre email).' }] }, { status: 400 })
    }
    const { docs } = await req.payload.find({
      collection: 'submissions',
      where: { requesterEmail: { equals: email } },
      pagination: false,
      limit: 0,
      depth: 1,
      overrideAccess: true,
    })
    const requests = docs.map((d) => ({
      reference: d.reference,
      form: typeof d.form === 'object' ? d.form?.title : d.form,
      organisation: typeof d.organisation === 'object' ? d.organisation?.name : d.organisation,
      createdAt: d.createdAt,
      status: d.status,
      requesterName: d.requesterName,
      answers: d.answers,
      messages: (d.messages ?? []).map((m) => ({ at: m.at, direction: m.direction, text: m.text })),
      history: (d.history ?? []).map((h) => ({ at: h.at, from: h.from, to: h.to, comment: h.comment })),
      files: (d.files ?? []).map((f) => (typeof f === 'object' ? (f.originalName ?? f.filename) : f)),
    }))
    await req.payload.create({
      collection: 'audit-log',
      data: { action: 'export', summary: `Export des données d'une personne : ${requests.length} demande(s)`, details: { requests: requests.length, by: req.user?.id } },
      overrideAccess: true,
    })
    return new Response(JSON.stringify({ email, exportedAt: new Date().toISOString(), requests }, null, 2), {
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Disposition': `attachment; filename="donnees-personnelles-${new Date().toISOString().slice(0, 10)}.json"`,
        'Cache-Control': 'no-store',
      },
    })
  },
}
