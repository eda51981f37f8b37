import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * The fonts every PDF prints with: DejaVu Sans (regular and bold), embedded. PDFKit's standard
 * Helvetica knows only WinAnsi: a minus sign, an arrow or a "≥" printed as a stray quote — one report
 * showed `índice ("100 a 100)` for `índice (−100 a 100)`. DejaVu covers Spanish, signs and arrows.
 * The plugin ships the two files (src/kernel/formats/fonts, Bitstream Vera/DejaVu licence beside
 * them); `PREGONERO_PDF_FONT_DIR` may name another folder with the same file names, and the
 * system's DejaVu (Debian's fonts-dejavu-core) is the last place looked.
 */
export type PdfFonts = { regular: Buffer; bold: Buffer }

const FILES = { regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf' }

// Beside this module when it runs unbundled (the package's dist/, tests); a bundler (Next.js)
// moves the code, so the package's folder and this repository's are looked up from the cwd too.
const shippedDir = (): null | string => {
  try {
    const here = import.meta.url
    return path.join(path.dirname(fileURLToPath(here)), 'fonts')
  } catch {
    return null
  }
}

const folders = (): string[] =>
  [
    process.env.PREGONERO_PDF_FONT_DIR,
    shippedDir(),
    path.resolve(process.cwd(), 'node_modules/pregonero/dist/src/kernel/formats/fonts'),
    path.resolve(process.cwd(), 'src/kernel/formats/fonts'),
    '/usr/share/fonts/truetype/dejavu',
  ].filter(
    (dir): dir is string => typeof dir === 'string' && dir.length > 0,
  )

let cached: null | PdfFonts | undefined

/** The embedded fonts, or null when no folder has them (the PDF then uses Helvetica and `winAnsiSafe`). */
export const pdfFonts = (): null | PdfFonts => {
  if (cached !== undefined) return cached
  cached = null
  for (const dir of folders()) {
    const regular = path.join(dir, FILES.regular)
    const bold = path.join(dir, FILES.bold)
    if (fs.existsSync(regular) && fs.existsSync(bold)) {
      cached = { regular: fs.readFileSync(regular), bold: fs.readFileSync(bold) }
      break
    }
  }
  return cached
}

const WIN_ANSI_FALLBACK: Record<string, string> = { '−': '-', '≥': '>=', '≤': '<=', '→': '->', '←': '<-', '✓': 'v', '✗': 'x', '≈': '~', '×': 'x' }

/** Without the embedded fonts, signs Helvetica cannot print become their ASCII spelling. */
export const winAnsiSafe = (text: string): string => text.replace(/[−≥≤→←✓✗≈]/g, (c) => WIN_ANSI_FALLBACK[c] ?? c)
