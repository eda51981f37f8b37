import ExcelJS from 'exceljs'

export type XlsxColumn = { key: string; header: string; width?: number }

/**
 * One-sheet XLSX workbook (exceljs) for the exports an office opens in a spreadsheet: a bold,
 * frozen header row, one row per record, every cell a plain string (exceljs writes text cells as
 * shared strings, never as formulas, so a value starting with "=" stays text).
 */
export const toXlsx = async (sheetName: string, columns: readonly XlsxColumn[], rows: ReadonlyArray<Record<string, string>>, meta: { creator?: string; title?: string } = {}): Promise<Buffer> => {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = meta.creator ?? 'Pregonero'
  workbook.title = meta.title ?? sheetName
  workbook.created = new Date()
  // Excel refuses sheet names over 31 characters and some punctuation.
  const sheet = workbook.addWorksheet(sheetName.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] })
  sheet.columns = columns.map((column) => ({ key: column.key, header: column.header, width: column.width ?? Math.min(60, Math.max(14, column.header.length + 2)) }))
  sheet.getRow(1).font = { bold: true }
  sheet.getRow(1).alignment = { wrapText: true, vertical: 'top' }
  for (const row of rows) sheet.addRow(Object.fromEntries(columns.map((column) => [column.key, row[column.key] ?? ''])))
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
