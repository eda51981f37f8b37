import { type Options, stringify } from 'csv-stringify/sync'

/**
 * CSV (RFC 4180) for every export an office opens in a spreadsheet: the audit trail, reports,
 * inventories, open data, the monitoring report. Written by csv-stringify (the csv-parse authors'
 * writer); this module only fixes the office's conventions once:
 *
 * - Fields are separated by commas (or `delimiter`) and records by CRLF, the last one included.
 * - A field holding the delimiter, a semicolon (the list separator, and the delimiter a Spanish
 *   Excel expects), a double quote, CR, LF, or leading/trailing spaces is quoted, its quotes doubled.
 * - Formula-injection guard (OWASP "CSV injection", csv-stringify's `escape_formulas`): a text cell
 *   that starts with `=`, `+`, `-`, `@`, TAB or CR gets a leading single quote. Numbers are written
 *   as numbers (a negative number is not a formula).
 * - Dates are ISO 8601, booleans true/false, lists joined with ";", non-finite numbers empty.
 * - No BOM unless asked (`bom: true`): the exports Excel opens ask for it.
 */
export type CsvValue = boolean | Date | null | number | readonly unknown[] | string | undefined

export type CsvColumn<Row> = {
  /** Header cell. */
  header: string
  /** The cell of one row; null/undefined → empty cell. */
  value: (row: Row) => CsvValue
}

export type CsvOptions = { bom?: boolean; delimiter?: string }

/** The UTF-8 byte order mark, so Excel opens accented Spanish text correctly. */
export const CSV_BOM = '\uFEFF'

const listText = (items: readonly unknown[]): string => items.map((item) => (item === null || item === undefined ? '' : String(item))).join(';')

const stringifyOptions = ({ bom = false, delimiter = ',' }: CsvOptions, eof = true): Options => ({
  bom,
  delimiter,
  eof,
  record_delimiter: 'windows',
  // A lone CR or LF inside a field is quoted too (with a record delimiter set, csv-stringify would
  // otherwise quote only CRLF, and a bare LF would split the record for every reader).
  quote_record_delimiter: true,
  escape_formulas: true,
  quoted_match: [/;/, /^\s|\s$/],
  cast: {
    boolean: (value) => (value ? 'true' : 'false'),
    date: (value) => value.toISOString(),
    number: (value) => (Number.isFinite(value) ? String(value) : ''),
    object: (value) => (Array.isArray(value) ? listText(value) : JSON.stringify(value)),
  },
})

/** One cell, guarded and quoted as needed. */
export const csvCell = (value: unknown, delimiter = ','): string => stringify([[value]], stringifyOptions({ delimiter }, false))

/** A whole CSV document from rows of cells (the first row usually the header). */
export const rowsToCsv = (rows: ReadonlyArray<ReadonlyArray<unknown>>, options: CsvOptions = {}): string =>
  stringify(rows as unknown[][], stringifyOptions(options))

/** A whole CSV document from columns: header line, then one line per row. */
export const toCsv = <Row>(columns: ReadonlyArray<CsvColumn<Row>>, rows: Iterable<Row>, options: CsvOptions = {}): string =>
  rowsToCsv([columns.map((column) => column.header), ...Array.from(rows, (row) => columns.map((column) => column.value(row)))], options)

/** A whole CSV document from records: `columns` name the keys and, optionally, the headers. */
export const recordsToCsv = (
  columns: ReadonlyArray<{ key: string; header?: string }>,
  rows: ReadonlyArray<Record<string, unknown>>,
  options: CsvOptions = {},
): string => toCsv(columns.map(({ key, header }) => ({ header: header ?? key, value: (row: Record<string, unknown>) => row[key] as CsvValue })), rows, options)
