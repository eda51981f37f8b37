import type { SerializedListNode, SerializedQuoteNode } from '@payloadcms/richtext-lexical'
import type { SerializedEditorState, SerializedLexicalNode } from '@payloadcms/richtext-lexical/lexical'

import { convertLexicalToPlaintext, type PlaintextConverter, type PlaintextConverters } from '@payloadcms/richtext-lexical/plaintext'

const BLOCK_BREAK = '\n\n'

/** A quote is a block of its own (Payload's default separates paragraphs, headings and lists only). */
const quote: PlaintextConverter<SerializedQuoteNode> = ({ childIndex, node, nodesToPlaintext }) =>
  (childIndex === 0 ? '' : BLOCK_BREAK) + nodesToPlaintext({ nodes: node.children }).join('')

/** A list as lines "1. item" (numbered from the list's `start`) or "• item"; a nested list one line down. */
const markedList: PlaintextConverter<SerializedListNode> = ({ childIndex, node, nodesToPlaintext, parent }) => {
  const first = (node as { start?: number }).start ?? 1
  const items = node.children.map((item, index) => {
    const children = (item as { children?: SerializedLexicalNode[] }).children ?? []
    const text = nodesToPlaintext({ nodes: children, parent: { ...item, parent: node } }).join('').trim()
    return `${node.listType === 'number' ? `${first + index}.` : '•'} ${text}`
  })
  const before = childIndex === 0 ? '' : parent.type === 'listitem' ? '\n' : BLOCK_BREAK
  return before + items.join('\n')
}

const PLAIN: PlaintextConverters = { quote }
const MARKED: PlaintextConverters = { quote, list: markedList }

/**
 * The plain text of a Lexical editor state, by Payload's own converter: blocks (paragraphs,
 * headings, lists, quotes) separated by a blank line, list items and line breaks on their own
 * line, formatting dropped, no HTML. `listMarkers` numbers or bullets the list items. A string is
 * returned as it is; anything else (null, a malformed value) gives ''.
 */
export const richTextToText = (value: unknown, { listMarkers = false }: { listMarkers?: boolean } = {}): string => {
  if (typeof value === 'string') return value
  const root = (value as { root?: { children?: unknown } } | null | undefined)?.root
  if (!root || !Array.isArray(root.children)) return ''
  return convertLexicalToPlaintext({ data: value as SerializedEditorState, converters: listMarkers ? MARKED : PLAIN })
    .replace(/\n{3,}/g, BLOCK_BREAK)
    .trim()
}
