import { CSV_BOM, recordsToCsv } from '../../../kernel/formats/csv.js'

export { CSV_BOM }

/** An open-data dataset as CSV: UTF-8 with a BOM (spreadsheets read the accents), RFC 4180. */
export const toCSV = (columns: readonly { key: string }[], rows: readonly Record<string, unknown>[]): string =>
  recordsToCsv(columns, rows, { bom: true })
