import { parse } from 'csv-parse/sync'

import { csvCell, toCsv } from './csv.js'

type Row = { a: string | number | null; b?: string }
const columns = [
  { header: 'A', value: (row: Row) => row.a },
  { header: 'B, with comma', value: (row: Row) => row.b },
]

describe('toCsv (RFC 4180)', () => {
  it('writes a header and CRLF-terminated records', () => {
    expect(toCsv(columns, [{ a: 'x', b: 'y' }])).toBe('A,"B, with comma"\r\nx,y\r\n')
  })

  it('quotes commas, quotes and newlines, and a real CSV parser reads the values back', () => {
    const rows: Row[] = [
      { a: 'uno, dos', b: 'dijo "hola"' },
      { a: 'línea 1\nlínea 2', b: 'retorno\r\nfinal' },
      { a: null, b: undefined },
      { a: 42, b: 'Pasto (Nariño)' },
    ]
    const csv = toCsv(columns, rows)
    expect(csv).toContain('"dijo ""hola"""')
    // a lone LF or CR is quoted as well as CRLF (the record delimiter)
    expect(csvCell('a\nb')).toBe('"a\nb"')
    expect(csvCell('a\rb')).toBe('"a\rb"')
    const parsed = parse(csv, { relax_column_count: false }) as string[][]
    expect(parsed).toEqual([
      ['A', 'B, with comma'],
      ['uno, dos', 'dijo "hola"'],
      ['línea 1\nlínea 2', 'retorno\r\nfinal'],
      ['', ''],
      ['42', 'Pasto (Nariño)'],
    ])
  })

  it('guards against formula injection: = + - @ (and tab/CR) get a leading single quote', () => {
    for (const dangerous of ['=HYPERLINK("http://x")', '+57 300', '-2+3', '@SUM(A1)', '\tcmd', '\r=1']) {
      const cell = csvCell(dangerous)
      const [[parsed]] = parse(toCsv([{ header: 'h', value: () => dangerous }], [{}]), { from_line: 2 }) as string[][]
      expect(parsed).toBe(`'${dangerous}`)
      expect(cell.replace(/^"/, '').startsWith("'")).toBe(true)
    }
    // harmless text and real numbers are untouched
    expect(csvCell('normal = text')).toBe('normal = text')
    expect(csvCell(-5)).toBe('-5')
    // the full-width signs spreadsheets also read as formulas (Apple Numbers normalises them)
    expect(csvCell('\uFF1D1+1')).toBe("'\uFF1D1+1")
  })

  it('writes dates as ISO 8601 and booleans as true/false', () => {
    expect(csvCell(new Date('2026-03-01T12:00:00.000Z'))).toBe('2026-03-01T12:00:00.000Z')
    expect(csvCell(true)).toBe('true')
    expect(csvCell(Number.NaN)).toBe('')
  })
})
