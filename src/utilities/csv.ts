/**
 * CSV (RFC 4180) for exports that an office opens in a spreadsheet.
 *
 * - Fields are separated by commas and records by CRLF.
 * - A field holding a comma, a double quote, CR or LF is wrapped in double quotes, and its
 *   double quotes are doubled.
 * - Formula-injection guard (OWASP "CSV injection"): a text cell that starts with `=`, `+`, `-`,
 *   `@`, TAB or CR would be run as a formula by Excel/LibreOffice; it gets a leading single quote.
 *   Numbers are written as numbers (a negative number is not a formula).
 * - `toCsv` adds no BOM: the HTTP layer adds `\uFEFF` when Excel needs it (see `CSV_BOM`).
 */
export type CsvColumn<Row> = {
  /** Header cell. */
  header: string
  /** The cell of one row; null/undefined → empty cell. */
  value: (row: Row) => boolean | Date | null | number | string | undefined
}

/** The UTF-8 byte order mark, so Excel opens accented Spanish text correctly. */
export const CSV_BOM = '\uFEFF'

const FORMULA_START = /^[=+\-@\t\r]/

/** One cell, guarded and quoted as needed. */
export const csvCell = (value: boolean | Date | null | number | string | undefined): string => {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''
  if (typeof value === 'boolean') return value ? 'true' : 'false'
  let text = value instanceof Date ? value.toISOString() : value
  if (FORMULA_START.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** A whole CSV document: header line, then one line per row, CRLF-terminated. */
export const toCsv = <Row>(columns: ReadonlyArray<CsvColumn<Row>>, rows: Iterable<Row>): string => {
  const lines = [columns.map((column) => csvCell(column.header)).join(',')]
  for (const row of rows) lines.push(columns.map((column) => csvCell(column.value(row))).join(','))
  return `${lines.join('\r\n')}\r\n`
}
