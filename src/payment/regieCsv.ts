import { CSV_BOM, csvRow } from '../submissions/csv'
import { clockTimeOf } from '../lib/clockTime'
import { numericDateFr } from '../lib/calendarDate'
import type { RegieLine } from './regieLedger'
import type { RegiePeriod } from './regiePeriod'

/** The columns of the régie's export, in the order the cash office reads them. */
export const REGIE_HEADER = ['Refdet', 'Date', 'Heure', 'Montant (€)', 'Mode', 'Demande n°', 'Objet', 'Service', 'N° d’autorisation PayFiP', 'Opération'] as const

const MODES: Record<string, string> = { carte: 'carte', prelevement: 'prélèvement' }

/** "36,00", "-36,00", "1234,50": French decimal, no thousands separator, no euro sign (a number for the spreadsheet). */
export const regieAmount = (cents: number): string => `${cents < 0 ? '-' : ''}${Math.floor(Math.abs(cents) / 100)},${String(Math.abs(cents) % 100).padStart(2, '0')}`

/** One row per movement; a refund is a negative amount with "remboursement" in the last column. */
export function regieRow(line: RegieLine): string[] {
  return [
    line.refdet,
    numericDateFr(line.day),
    clockTimeOf(line.at),
    regieAmount(line.amountCents),
    line.means ? (MODES[line.means] ?? line.means) : '',
    line.reference,
    line.objet,
    line.organisation.name,
    line.numauto,
    line.kind,
  ]
}

/** The whole file: UTF-8 with BOM, ";" (French spreadsheets), CRLF. */
export function regieCsv(lines: RegieLine[]): string {
  return CSV_BOM + csvRow([...REGIE_HEADER]) + lines.map((l) => csvRow(regieRow(l))).join('')
}

/** "regie-2026-11-30.csv", "regie-2026-11-01-au-2026-11-30.csv". */
export const regieFileName = ({ first, last }: RegiePeriod): string => (first === last ? `regie-${first}.csv` : `regie-${first}-au-${last}.csv`)
