/**
 * A small RFC 4180 CSV writer for the monitoring report. LOCAL STOPGAP: a shared `toCsv` is
 * being written in src/utilities/csv.ts on another branch; the lead folds this one into it.
 * - fields with the delimiter, quotes or line breaks are quoted, quotes doubled;
 * - CRLF line ends and a UTF-8 BOM (so Excel opens accents right);
 * - text cells starting with = + - @ (and tab/CR) get a leading apostrophe (no formula injection).
 */
export type CsvCell = boolean | Date | null | number | string | undefined

const cell = (value: CsvCell, delimiter: string): string => {
  if (value === null || value === undefined) return ''
  let text = value instanceof Date ? value.toISOString() : String(value)
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export const toCsv = (rows: CsvCell[][], { delimiter = ',', bom = true }: { delimiter?: string; bom?: boolean } = {}): string =>
  (bom ? '\uFEFF' : '') + rows.map((row) => row.map((value) => cell(value, delimiter)).join(delimiter)).join('\r\n') + '\r\n'
