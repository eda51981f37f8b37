import zlib from 'node:zlib'

/**
 * The text drawn in a PDFKit document, one string per text-showing operator (TJ/Tj). Streams are
 * inflated when compressed. Embedded fonts (the reports' DejaVu, src/kernel/formats/pdfFonts.ts)
 * write glyph ids: they are read back through each font's ToUnicode map; the standard fonts'
 * strings are WinAnsi (≈ latin1). Enough to assert what a report prints.
 */
const inflate = (bytes: Buffer): string => {
  try {
    return zlib.inflateSync(bytes, { finishFlush: zlib.constants.Z_SYNC_FLUSH }).toString('latin1')
  } catch {
    return bytes.toString('latin1')
  }
}

const hexToUnicode = (hex: string): string => {
  let out = ''
  for (let i = 0; i + 4 <= hex.length; i += 4) out += String.fromCharCode(parseInt(hex.slice(i, i + 4), 16))
  return out
}

/** A ToUnicode CMap: glyph code (hex) → text. */
const parseCMap = (cmap: string): Map<string, string> => {
  const map = new Map<string, string>()
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of block[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F\s]+)>/g)) map.set(m[1].toLowerCase(), hexToUnicode(m[2].replace(/\s+/g, '')))
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of block[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(\[[^\]]*\]|<[0-9a-fA-F]+>)/g)) {
      const lo = parseInt(m[1], 16)
      const hi = parseInt(m[2], 16)
      const width = m[1].length
      if (m[3].startsWith('[')) {
        const targets = [...m[3].matchAll(/<([0-9a-fA-F\s]+)>/g)].map((t) => hexToUnicode(t[1].replace(/\s+/g, '')))
        for (let code = lo; code <= hi; code++) map.set(code.toString(16).padStart(width, '0'), targets[code - lo] ?? '')
      } else {
        const base = parseInt(m[3].slice(1, -1), 16)
        for (let code = lo; code <= hi; code++) map.set(code.toString(16).padStart(width, '0'), String.fromCharCode(base + code - lo))
      }
    }
  }
  return map
}

export const pdfText = (pdf: Buffer): string[] => {
  const raw = pdf.toString('latin1')
  // Every object's dictionary and (inflated) stream, by number.
  const objects = new Map<string, { dict: string; stream: null | string }>()
  for (const m of raw.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) {
    const body = m[2]
    const at = body.search(/(?<!end)stream\r?\n/)
    if (at < 0) {
      objects.set(m[1], { dict: body, stream: null })
      continue
    }
    const streamStart = (m.index ?? 0) + m[0].indexOf(body) + body.indexOf('\n', at) + 1
    const end = raw.indexOf('endstream', streamStart)
    objects.set(m[1], { dict: body.slice(0, at), stream: inflate(pdf.subarray(streamStart, end)) })
  }
  // Font resource names (/F1 …) → their ToUnicode maps (embedded fonts only).
  const cmaps = new Map<string, Map<string, string>>()
  for (const { dict } of objects.values()) {
    for (const fonts of dict.matchAll(/\/Font\s*<<([\s\S]*?)>>/g)) {
      for (const ref of fonts[1].matchAll(/\/([\w.+-]+)\s+(\d+) 0 R/g)) {
        const font = objects.get(ref[2])
        const toUnicode = font?.dict.match(/\/ToUnicode\s+(\d+) 0 R/)
        const stream = toUnicode ? objects.get(toUnicode[1])?.stream : null
        if (stream) cmaps.set(ref[1], parseCMap(stream))
      }
    }
  }
  const out: string[] = []
  for (const { stream } of objects.values()) {
    if (!stream || !/\b(TJ|Tj)\b/.test(stream)) continue
    let font: Map<string, string> | undefined
    for (const op of stream.matchAll(/\/([\w.+-]+)\s+[\d.]+\s+Tf|\[([^\]]*)\]\s*TJ|(<[0-9a-fA-F]*>)\s*Tj/g)) {
      if (op[1]) {
        font = cmaps.get(op[1])
        continue
      }
      const body = op[2] ?? op[3]
      const text = [...body.matchAll(/<([0-9a-fA-F]*)>/g)]
        .map((h) => {
          if (!font) return Buffer.from(h[1], 'hex').toString('latin1')
          let s = ''
          for (let i = 0; i + 4 <= h[1].length; i += 4) s += font.get(h[1].slice(i, i + 4).toLowerCase()) ?? ''
          return s
        })
        .join('')
      out.push(text)
    }
  }
  return out
}
