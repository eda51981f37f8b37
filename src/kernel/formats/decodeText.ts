/**
 * The text of an uploaded CSV as its author wrote it. Excel on Windows saves "CSV" in
 * Windows-1252 unless told otherwise ("CSV UTF-8" adds a BOM); decoded as UTF-8, "Título" became
 * "T�tulo". Every CSV import decodes its bytes here and says which encoding it read.
 * - a UTF-8 byte order mark → UTF-8 (the mark dropped);
 * - bytes that are valid UTF-8 → UTF-8;
 * - anything else → Windows-1252 (a superset of Latin-1: á é í ó ú ñ ¿ ¡ € “ ”).
 */
export type TextEncodingRead = 'utf-8' | 'utf-8-bom' | 'windows-1252'

/** How the result names the encoding (proper names: the same in every language). */
export const ENCODING_NAMES: Record<TextEncodingRead, string> = {
  'utf-8-bom': 'UTF-8 (BOM)',
  'utf-8': 'UTF-8',
  'windows-1252': 'Windows-1252',
}

// 0x80–0x9F of Windows-1252 (WHATWG's table; the five unassigned bytes map to themselves). Written
// out because Node 20's TextDecoder('windows-1252') drops these bytes (it decodes Latin-1).
const HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ'

const windows1252 = (bytes: Uint8Array): string => {
  let text = ''
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = Array.from(bytes.subarray(i, i + 8192), (b) => (b >= 0x80 && b <= 0x9f ? HIGH[b - 0x80] : String.fromCharCode(b)))
    text += chunk.join('')
  }
  return text
}

export const decodeText = (input: ArrayBuffer | Uint8Array): { text: string; encoding: TextEncodingRead } => {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input)
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' }
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' }
  } catch {
    return { text: windows1252(bytes), encoding: 'windows-1252' }
  }
}
