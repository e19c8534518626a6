import type { Endpoint } from 'payload'

import { CSV_BOM, csvRow } from '../../../src/submissions/csv'
import { ATTENDEE_HEADER, attendeeRows, attendeesFileName } from '../../../src/ticketing/attendeesExport'
import { loadEvent } from '../../../src/ticketing/events'
import { sessionReport } from '../../../src/ticketing/sessionReport'
import { mayReadAttendees } from '../../../src/ticketing/staffAccess'

const refuse = (status: 403 | 404, message: string) => Response.json({ errors: [{ message }] }, { status, headers: { 'Cache-Control': 'no-store' } })

/**
 * GET /api/events/<id>/seances/<session>/participants.csv (or .xlsx) — a session's attendees for the
 * hall's staff: name, e-mail, request, tariff, price, seat, state, checked in. CSV for French
 * spreadsheets (UTF-8 with BOM, ";"), XLSX with real numbers and dates.
 */
export const attendeesExport: Endpoint = {
  path: '/:id/seances/:session/participants.:format(csv|xlsx)',
  method: 'get',
  handler: async (req) => {
    const { id, session, format } = (req.routeParams ?? {}) as { id?: string; session?: string; format?: 'csv' | 'xlsx' }
    if (!req.user) return refuse(403, 'Connectez-vous pour exporter les participants.')
    const event = id ? await loadEvent(req.payload, id) : null
    if (!event) return refuse(404, 'Ce spectacle n’existe pas.')
    if (!mayReadAttendees(req.user as never, event.organisation)) return refuse(403, 'Vous n’êtes pas autorisé à consulter les participants de ce spectacle.')
    const report = session ? await sessionReport(req.payload, event, session) : null
    if (!report) return refuse(404, 'Cette séance n’existe pas.')
    const fileName = attendeesFileName(event.slug, report.session.startsAt, format === 'xlsx' ? 'xlsx' : 'csv')
    const headers = { 'Content-Disposition': `attachment; filename="${fileName}"`, 'Cache-Control': 'no-store' }
    if (format === 'xlsx') {
      // Loaded on first export, not with the config (every process loads the config).
      const { default: ExcelJS } = await import('exceljs')
      const workbook = new ExcelJS.Workbook()
      const sheet = workbook.addWorksheet('Participants', { views: [{ state: 'frozen', ySplit: 1 }] })
      sheet.columns = ATTENDEE_HEADER.map((header, i) => ({ header, width: i === 1 ? 30 : 18, style: i === 4 ? { numFmt: '#,##0.00 "€"' } : i === 8 ? { numFmt: 'dd/mm/yyyy hh:mm' } : {} }))
      sheet.getRow(1).font = { bold: true }
      for (const row of attendeeRows(report, 'xlsx')) sheet.addRow(row)
      const body = await workbook.xlsx.writeBuffer()
      return new Response(body as ArrayBuffer, { headers: { ...headers, 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } })
    }
    const text = CSV_BOM + csvRow([...ATTENDEE_HEADER]) + attendeeRows(report, 'csv').map(csvRow).join('')
    return new Response(text, { headers: { ...headers, 'Content-Type': 'text/csv; charset=utf-8' } })
  },
}
