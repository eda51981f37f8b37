/**
 * Minimal RFC 4180 CSV writer (a shared `toCsv` is being written in src/utilities/csv.ts on
 * another branch; the lead folds the two at merge). Cells with a comma, quote or line break are
 * quoted; a leading =,+,-,@ is prefixed with ' so spreadsheets do not run it as a formula.
 */
export type Cell = boolean | null | number | string | undefined

export const csvCell = (value: Cell): string => {
  if (value === null || value === undefined) return ''
  let s = typeof value === 'number' ? String(value) : String(value)
  if (typeof value === 'string' && /^[=+\-@]/.test(s) && !/^-?\d/.test(s)) s = `'${s}`
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

export const toCsvRows = (rows: Cell[][]): string => rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n'
