import zlib from 'node:zlib'

/**
 * The text drawn in a PDFKit document with the standard fonts: every content stream is inflated
 * (when compressed) and the hex strings of its TJ/Tj operators decoded (WinAnsi ≈ latin1), one
 * string per text-showing operator. Enough to assert what a report prints.
 */
export const pdfText = (pdf: Buffer): string[] => {
  const raw = pdf.toString('latin1')
  const out: string[] = []
  const streamRe = /(?<!end)stream\r?\n/g
  let match: null | RegExpExecArray
  while ((match = streamRe.exec(raw))) {
    const start = match.index + match[0].length
    const end = raw.indexOf('endstream', start)
    if (end < 0) break
    const bytes = pdf.subarray(start, end)
    let content: string
    try {
      content = zlib.inflateSync(bytes, { finishFlush: zlib.constants.Z_SYNC_FLUSH }).toString('latin1')
    } catch {
      content = bytes.toString('latin1')
    }
    for (const op of content.matchAll(/\[([^\]]*)\]\s*TJ|(<[0-9a-fA-F]*>)\s*Tj/g)) {
      const body = op[1] ?? op[2]
      const text = [...body.matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => Buffer.from(h[1], 'hex').toString('latin1')).join('')
      out.push(text)
    }
    streamRe.lastIndex = end + "endstream".length
  }
  return out
}
