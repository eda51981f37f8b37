/** An upload node (inline image or file) of a Lexical body. */
export type BodyUpload = {
  relationTo: string
  id: null | number | string
  /** Alternative text given on the node itself (the upload feature's extra fields), if any. */
  alt?: string | null
  decorative?: boolean | null
  /** 1-based position among the body's uploads, to name it when it has no title. */
  position: number
}

const idOf = (value: unknown): null | number | string => {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'object') return ((value as { id?: number | string }).id ?? null) as null | number | string
  return value as number | string
}

/**
 * Every upload node of a Lexical editor state (`type: 'upload'`), in document order, with the
 * alternative text and decorative flag set on the node (its `fields`), however deep it sits
 * (lists, quotes, blocks' rich text). Pure.
 */
export const bodyUploads = (state: unknown): BodyUpload[] => {
  const found: BodyUpload[] = []
  const walk = (node: unknown): void => {
    if (!node || typeof node !== 'object') return
    if (Array.isArray(node)) {
      for (const child of node) walk(child)
      return
    }
    const n = node as Record<string, unknown>
    const isUpload = n.type === 'upload' && typeof n.relationTo === 'string'
    if (isUpload) {
      const fields = (n.fields ?? {}) as Record<string, unknown>
      found.push({
        relationTo: n.relationTo as string,
        id: idOf(n.value),
        alt: typeof fields.alt === 'string' ? fields.alt : null,
        decorative: fields.decorative === true,
        position: found.length + 1,
      })
    }
    for (const [key, value] of Object.entries(n)) {
      // `value` is the related document (populated or not); an upload's `fields` are its own.
      if (key === 'value' || (isUpload && key === 'fields')) continue
      if (value && typeof value === 'object') walk(value)
    }
  }
  walk((state as { root?: unknown } | null)?.root ?? state)
  return found
}
