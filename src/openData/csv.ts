/** RFC 4180 CSV, UTF-8 with a BOM (so spreadsheet programs read the accents), CRLF line ends. */
export const CSV_BOM = '\uFEFF'

const cell = (value: unknown): string => {
  if (value === null || value === undefined) return ''
  const text = Array.isArray(value) ? value.join(';') : String(value)
  return /[",\r\n;]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export const toCSV = (columns: readonly { key: string }[], rows: readonly Record<string, unknown>[]): string =>
  CSV_BOM +
  [columns.map((column) => cell(column.key)).join(','), ...rows.map((row) => columns.map((column) => cell(row[column.key])).join(','))].join('\r\n') +
  '\r\n'
