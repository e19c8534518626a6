import { PassThrough, Readable } from 'node:stream'

import type { Endpoint } from 'payload'

import { hasRole } from '../../../src/access/roles'
import { trackedExportRows } from '../../../src/submissions/exportRun'
import { exportFileName, planExport } from '../../../src/submissions/exportRows'

/**
 * GET /api/submissions/export.xlsx — the same rows as the CSV, as a spreadsheet with real dates,
 * written by exceljs' streaming writer page by page (memory stays flat for 100 000 rows).
 */
export const exportXlsx: Endpoint = {
  path: '/export.xlsx',
  method: 'get',
  handler: async (req) => {
    if (!hasRole(req.user, 'admin', 'agent')) return Response.json({ errors: [{ message: 'Vous n’êtes pas autorisé à exporter les demandes.' }] }, { status: 403 })
    const plan = await planExport(req)
    const output = new PassThrough()
    // Loaded on first export, not with the config: every process (and test suite) loads the config.
    const { default: ExcelJS } = await import('exceljs')
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false })
    const sheet = workbook.addWorksheet('Demandes', { views: [{ state: 'frozen', ySplit: 1 }] })
    sheet.columns = plan.header.map((header, i) => ({ header, width: i === 1 ? 18 : i === 6 ? 14 : 24, style: i === 1 ? { numFmt: 'dd/mm/yyyy hh:mm' } : i === 6 ? { numFmt: 'dd/mm/yyyy' } : {} }))
    sheet.getRow(1).font = { bold: true }
    void (async () => {
      try {
        for await (const rows of trackedExportRows(req, plan)) {
          for (const cells of rows) sheet.addRow(cells).commit()
          // Let the download catch up before reading the next page.
          if (output.writableNeedDrain) await new Promise((resolve) => output.once('drain', resolve))
        }
        sheet.commit()
        await workbook.commit()
      } catch (error) {
        req.payload.logger.error({ err: error, msg: 'XLSX export failed' })
        output.destroy(error as Error)
      }
    })()
    return new Response(Readable.toWeb(output) as ReadableStream<Uint8Array>, {
      headers: {
        'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'Content-Disposition': `attachment; filename="${exportFileName(plan, 'xlsx')}"`,
        'Cache-Control': 'no-store',
      },
    })
  },
}
