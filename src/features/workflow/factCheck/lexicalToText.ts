/** Lexical editor state → plain text (paragraphs separated by a blank line). Pure; no HTML. */
type LexicalNode = { type?: string; text?: string; children?: LexicalNode[]; listType?: string; tag?: string }

const inline = (node: LexicalNode): string => {
  if (node.type === 'text' && typeof node.text === 'string') return node.text
  if (node.type === 'linebreak') return '\n'
  if (node.type === 'tab') return '\t'
  return (node.children ?? []).map(inline).join('')
}

const block = (node: LexicalNode): string[] => {
  if (node.type === 'list') {
    return (node.children ?? []).map((item, index) => `${node.listType === 'number' ? `${index + 1}.` : '•'} ${inline(item).trim()}`)
  }
  const text = inline(node).trim()
  return text ? [text] : []
}

export const lexicalToText = (value: unknown): string => {
  const root = (value as { root?: LexicalNode } | null | undefined)?.root
  if (!root || !Array.isArray(root.children)) return typeof value === 'string' ? value : ''
  return root.children.flatMap((node) => block(node).join('\n')).filter(Boolean).join('\n\n')
}
