/** Plain text of a Lexical editor state (paragraphs, headings and list items on their own lines). */
export const lexicalToText = (value: unknown): string => {
  const out: string[] = []
  const walk = (node: any): void => {
    if (!node || typeof node !== 'object') return
    if (typeof node.text === 'string') out.push(node.text)
    if (Array.isArray(node.children)) {
      for (const child of node.children) walk(child)
      if (['paragraph', 'heading', 'listitem', 'quote'].includes(node.type)) out.push('\n')
    }
  }
  walk((value as { root?: unknown } | null)?.root ?? value)
  return out.join('').replace(/\n{2,}/g, '\n').trim()
}

/** Lower case without diacritics: "Pasto Gran Capital" and "pasto gran capital" match. */
export const fold = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
