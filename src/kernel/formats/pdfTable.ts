import { pdfFonts, winAnsiSafe } from './pdfFonts.js'


/**
 * A small reusable PDF renderer: a title, optional lines of metadata, then sections, each a
 * heading, an optional note and a table (header repeated on every page, rows wrapped, page
 * numbers in the footer). DejaVu Sans, embedded (pdfFonts.ts): accents, ñ, signs (−, ≥, →) print as written.
 * Used by the monitoring report; meant for the other reports too.
 *
 *   const pdf = await renderPdfTables({ title: 'Informe', sections: [{ heading: 'Menciones',
 *     columns: [{ header: 'Medio' }, { header: 'Total', align: 'right', width: 0.5 }], rows: [['Diario', 3]] }] })
 */
export type PdfCell = boolean | null | number | string | undefined
export type PdfColumn = {
  header: string
  /** Relative width (default 1). */
  width?: number
  align?: 'center' | 'left' | 'right'
}
export type PdfSection = {
  heading: string
  /** A paragraph under the heading (e.g. how a figure is computed, or a caveat). */
  note?: string
  columns?: PdfColumn[]
  rows?: PdfCell[][]
  /** Shown instead of an empty table. */
  emptyText?: string
}
export type PdfTablesSpec = {
  title: string
  subtitle?: string
  /** Label / value lines under the title (period, generated at, institution…). */
  meta?: Array<[string, string]>
  sections: PdfSection[]
  /** Footer text on every page, before the page number. */
  footer?: string
  author?: string
  subject?: string
  size?: 'A4' | 'LETTER'
  landscape?: boolean
  /** PDF stream compression (default true; tests may turn it off to read the text). */
  compress?: boolean
}

// Registered per document: DejaVu when found (pdfFonts.ts), Helvetica otherwise.
const FONT = 'Body'
const BOLD = 'Body-Bold'
const PAD = 4

const text = (value: PdfCell): string =>
  value === null || value === undefined ? '' : typeof value === 'number' ? value.toLocaleString('es-CO') : String(value)

export const renderPdfTables = async (spec: PdfTablesSpec): Promise<Buffer> => {
  // Loaded on first use, not at boot: pdfkit and its font metrics are ≈14 MB of a process that
  // may never render a PDF (tests/bench/README.md, archive ingest memory).
  const { default: PDFDocument } = await import('pdfkit')
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: spec.size ?? 'A4',
      layout: spec.landscape ? 'landscape' : 'portrait',
      margins: { top: 56, bottom: 56, left: 48, right: 48 },
      bufferPages: true,
      compress: spec.compress ?? true,
      info: { Title: spec.title, Author: spec.author ?? '', Subject: spec.subject ?? spec.subtitle ?? '', Creator: 'Pregonero' },
    })
    const fonts = pdfFonts()
    doc.registerFont(FONT, (fonts?.regular ?? 'Helvetica'))
    doc.registerFont(BOLD, (fonts?.bold ?? 'Helvetica-Bold'))
    // Helvetica cannot print some signs: without the embedded fonts they are spelled in ASCII.
    const out = (value: string) => (fonts ? value : winAnsiSafe(value))
    const chunks: Buffer[] = []
    doc.on('data', (chunk: Buffer) => chunks.push(chunk))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
    try {
      const left = doc.page.margins.left
      const width = doc.page.width - doc.page.margins.left - doc.page.margins.right
      const bottom = () => doc.page.height - doc.page.margins.bottom

      doc.font(BOLD).fontSize(16).fillColor('#000').text(out(spec.title), left, doc.page.margins.top, { width })
      if (spec.subtitle) doc.moveDown(0.2).font(FONT).fontSize(11).fillColor('#333').text(out(spec.subtitle), { width })
      if (spec.meta?.length) {
        doc.moveDown(0.4).fontSize(9).fillColor('#333')
        for (const [label, value] of spec.meta) doc.font(BOLD).text(out(`${label}: `), { continued: true, width }).font(FONT).text(out(value))
      }
      doc.fillColor('#000')

      for (const section of spec.sections) {
        doc.moveDown(1)
        if (doc.y + 60 > bottom()) doc.addPage()
        doc.font(BOLD).fontSize(12).text(out(section.heading), left, doc.y, { width })
        if (section.note) doc.moveDown(0.2).font(FONT).fontSize(8.5).fillColor('#444').text(out(section.note), left, doc.y, { width }).fillColor('#000')
        doc.moveDown(0.4)
        const columns = section.columns ?? []
        const rows = section.rows ?? []
        if (columns.length === 0) continue
        if (rows.length === 0) {
          doc.font(FONT).fontSize(9).fillColor('#555').text(out(section.emptyText ?? 'Sin datos'), left, doc.y, { width }).fillColor('#000')
          continue
        }
        const weights = columns.map((c) => c.width ?? 1)
        const total = weights.reduce((a, b) => a + b, 0)
        const widths = weights.map((w) => (w / total) * width)
        const rowHeight = (cells: string[], font: string) => {
          doc.font(font).fontSize(8.5)
          return Math.max(...cells.map((c, i) => doc.heightOfString(c || ' ', { width: widths[i] - 2 * PAD }))) + 2 * PAD
        }
        const drawRow = (cells: string[], font: string, fill?: string) => {
          const h = rowHeight(cells, font)
          const y = doc.y
          if (fill) doc.rect(left, y, width, h).fill(fill).fillColor('#000')
          let x = left
          cells.forEach((c, i) => {
            doc.font(font).fontSize(8.5).text(c, x + PAD, y + PAD, { width: widths[i] - 2 * PAD, align: columns[i].align ?? 'left', lineBreak: true })
            x += widths[i]
          })
          doc.moveTo(left, y + h).lineTo(left + width, y + h).lineWidth(0.3).strokeColor('#bbb').stroke()
          doc.x = left
          doc.y = y + h
        }
        const header = columns.map((c) => out(c.header))
        if (doc.y + rowHeight(header, BOLD) * 2 > bottom()) doc.addPage()
        drawRow(header, BOLD, '#e6e6e6')
        for (const row of rows) {
          const cells = columns.map((_, i) => out(text(row[i])))
          if (doc.y + rowHeight(cells, FONT) > bottom()) {
            doc.addPage()
            drawRow(header, BOLD, '#e6e6e6')
          }
          drawRow(cells, FONT)
        }
      }

      const range = doc.bufferedPageRange()
      for (let i = range.start; i < range.start + range.count; i++) {
        doc.switchToPage(i)
        const margin = doc.page.margins.bottom
        doc.page.margins.bottom = 0
        doc
          .font(FONT)
          .fontSize(7.5)
          .fillColor('#666')
          .text(out(`${spec.footer ? `${spec.footer} · ` : ''}Página ${i + 1} de ${range.count}`), left, doc.page.height - margin + 16, { width, align: 'center', lineBreak: false })
        doc.page.margins.bottom = margin
      }
      doc.end()
    } catch (error) {
      reject(error)
    }
  })
}
