/** An upload node (inline image or file) of a Lexical body. */
import { idOf } from '../../kernel/ids.js'
import { tr } from '../../kernel/i18n/index.js'
export type BodyUpload = {
  relationTo: string
  id: null | number | string
  /** Alternative text given on the node itself (the upload feature's extra fields), if any. */
  alt?: string | null
  decorative?: boolean | null
  /** 1-based position among the body's uploads, to name it when it has no title. */
  position: number
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

type Target = { id: number | string; title?: string | null; filename?: string | null; mimeType?: string | null; alt?: string | null }
type Finder = {
  payload: { collections: Record<string, unknown>; find: (args: any) => Promise<{ docs: unknown[] }> }
}

/** An inline image of a body as the accessibility check sees it. */
export type BodyImage = { label: string; alt: string | null; decorative: boolean; node: BodyUpload }

/**
 * The inline images of a body (upload nodes whose document is an image), each with its
 * alternative text: the node's own, else the document's own `alt` (as for the hero image), and
 * its decorative flag. Loads the documents with `req` (same transaction), system access;
 * `preloaded` (key `relationTo:id`) skips documents the caller already has. A node whose
 * document is gone, or is not an image (a linked PDF, an audio file), needs no alternative text.
 */
export const bodyImages = async (
  state: unknown,
  req: Finder,
  preloaded: Map<string, Target> = new Map(),
): Promise<BodyImage[]> => {
  const inline = bodyUploads(state).filter((node) => node.id !== null)
  const targets = new Map(preloaded)
  for (const relationTo of new Set(inline.map((n) => n.relationTo))) {
    const missing = [...new Set(inline.filter((n) => n.relationTo === relationTo && !targets.has(`${relationTo}:${n.id}`)).map((n) => n.id))]
    if (missing.length === 0 || !req.payload.collections[relationTo]) continue
    const { docs } = await req.payload.find({
      collection: relationTo,
      where: { id: { in: missing } },
      pagination: false,
      depth: 0,
      req,
      overrideAccess: true,
    })
    for (const doc of docs as Target[]) targets.set(`${relationTo}:${doc.id}`, doc)
  }
  const images: BodyImage[] = []
  for (const node of inline) {
    const target = targets.get(`${node.relationTo}:${node.id}`)
    if (!target || !String(target.mimeType ?? '').startsWith('image/')) continue
    images.push({
      label: tr(req as Parameters<typeof tr>[0], 'bodyImageLabel', { position: node.position, title: target.title ?? target.filename ?? node.id, id: node.id }),
      alt: (node.alt || target.alt) ?? null,
      decorative: node.decorative === true,
      node,
    })
  }
  return images
}
