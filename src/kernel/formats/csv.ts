/**
 * CSV (RFC 4180) for every export an office opens in a spreadsheet: the audit trail, reports,
 * inventories, open data, the monitoring report.
 *
 * - Fields are separated by commas (or `delimiter`) and records by CRLF.
 * - A field holding the delimiter, a semicolon, a double quote, CR, LF, or leading/trailing
 *   spaces is wrapped in double quotes, and its double quotes are doubled.
 * - Formula-injection guard (OWASP "CSV injection"): a text cell that starts with `=`, `+`, `-`,
 *   `@`, TAB or CR would be run as a formula by Excel/LibreOffice; it gets a leading single quote.
 *   Numbers are written as numbers (a negative number is not a formula).
 * - Lists are joined with ";". `toCsv`/`rowsToCsv` add no BOM unless asked: the HTTP layer adds
 *   `CSV_BOM` when Excel needs it.
 */
export type CsvValue = boolean | Date | null | number | readonly unknown[] | string | undefined

export type CsvColumn<Row> = {
  /** Header cell. */
  header: string
  /** The cell of one row; null/undefined → empty cell. */
  value: (row: Row) => CsvValue
}

/** The UTF-8 byte order mark, so Excel opens accented Spanish text correctly. */
export const CSV_BOM = '\uFEFF'

const FORMULA_START = /^[=+\-@\t\r]/

/** One cell, guarded and quoted as needed. */
export const csvCell = (value: unknown, delimiter = ','): string => {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''
  if (typeof value === 'boolean') return value ? 'true' : 'false'
  if (Array.isArray(value)) return csvCell(value.map((item) => (item === null || item === undefined ? '' : String(item))).join(';'), delimiter)
  let text = value instanceof Date ? value.toISOString() : String(value)
  if (FORMULA_START.test(text)) text = `'${text}`
  const needsQuotes = text.includes(delimiter) || /[";\r\n]/.test(text) || /^\s|\s$/.test(text)
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text
}

/** A whole CSV document from columns: header line, then one line per row, CRLF-terminated. */
export const toCsv = <Row>(columns: ReadonlyArray<CsvColumn<Row>>, rows: Iterable<Row>): string => {
  const lines = [columns.map((column) => csvCell(column.header)).join(',')]
  for (const row of rows) lines.push(columns.map((column) => csvCell(column.value(row))).join(','))
  return `${lines.join('\r\n')}\r\n`
}

/** A whole CSV document from rows of cells (the first row usually the header). */
export const rowsToCsv = (
  rows: ReadonlyArray<ReadonlyArray<unknown>>,
  { bom = false, delimiter = ',' }: { bom?: boolean; delimiter?: string } = {},
): string => (bom ? CSV_BOM : '') + rows.map((row) => row.map((value) => csvCell(value, delimiter)).join(delimiter)).join('\r\n') + '\r\n'

/** A whole CSV document from records: `columns` name the keys and, optionally, the headers. */
export const recordsToCsv = (
  columns: ReadonlyArray<{ key: string; header?: string }>,
  rows: ReadonlyArray<Record<string, unknown>>,
): string => toCsv(columns.map(({ key, header }) => ({ header: header ?? key, value: (row: Record<string, unknown>) => row[key] as CsvValue })), rows)
