import { createRequire } from 'node:module'

type SaxParser = {
  onerror: (error: Error) => void
  onopentag: (node: { name: string; attributes: Record<string, string> }) => void
  onclosetag: (name: string) => void
  ontext: (text: string) => void
  write: (xml: string) => SaxParser
  close: () => void
}
const sax = createRequire(import.meta.url)('sax') as { parser: (strict: boolean) => SaxParser }

export type XmlNode = { name: string; attributes: Record<string, string>; children: XmlNode[]; text: string }

/** Parses XML with a STRICT parser (throws on anything not well-formed) into a small tree. */
export const parseXml = (xml: string): XmlNode => {
  const parser = sax.parser(true)
  const root: XmlNode = { name: '#document', attributes: {}, children: [], text: '' }
  const stack: XmlNode[] = [root]
  parser.onerror = (error) => {
    throw error
  }
  parser.onopentag = (node) => {
    const element: XmlNode = { name: node.name, attributes: node.attributes, children: [], text: '' }
    stack[stack.length - 1]!.children.push(element)
    stack.push(element)
  }
  parser.onclosetag = () => {
    stack.pop()
  }
  parser.ontext = (text) => {
    stack[stack.length - 1]!.text += text
  }
  parser.write(xml).close()
  return root.children[0]!
}

export const childrenNamed = (node: XmlNode, name: string): XmlNode[] => node.children.filter((child) => child.name === name)
export const childText = (node: XmlNode, name: string): string | undefined => childrenNamed(node, name)[0]?.text
