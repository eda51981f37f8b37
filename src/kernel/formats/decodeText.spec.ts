import { decodeText } from './decodeText.js'

const cp1252 = (text: string) => Uint8Array.from([...text].map((c) => ({ '€': 0x80, '“': 0x93, '”': 0x94 })[c] ?? c.charCodeAt(0)))

it('reads UTF-8 with and without BOM, and Windows-1252 otherwise', () => {
  const text = 'Título;Alcaldía;Nariño;¿año?'
  expect(decodeText(new TextEncoder().encode(text))).toEqual({ text, encoding: 'utf-8' })
  expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]))).toEqual({ text, encoding: 'utf-8-bom' })
  expect(decodeText(cp1252(`${text};“€”`))).toEqual({ text: `${text};“€”`, encoding: 'windows-1252' })
  expect(decodeText(new TextEncoder().encode('plain,ascii').buffer)).toEqual({ text: 'plain,ascii', encoding: 'utf-8' })
})
