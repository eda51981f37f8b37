import type { PayloadRequest } from 'payload'

import { createHash } from 'node:crypto'

import { SLUGS } from '../../../kernel/slugs.js'

/** A member of an expediente: a content or an archive asset, in the expediente's order. */
export type MemberRef = { relationTo: typeof SLUGS.archiveAssets | typeof SLUGS.contents; value: number | string }

/**
 * One line of the electronic index (Acuerdo AGN 003/2015): the document's order in the
 * expediente, its name, dates, format, size and SHA-256 fingerprint, and the file that carries it
 * in the exported package.
 */
export type IndexEntry = {
  order: number
  collection: MemberRef['relationTo']
  itemId: string
  title: string
  /** Path of the document inside the package (documentos/001-…). */
  file: string
  format: string
  size: number
  sha256: string
  /** Date the document was created (captured, for an asset). */
  documentDate: string
  /** Date it entered the expediente. */
  addedAt: string
}

export const memberKey = (collection: string, id: number | string): string => `${collection}:${id}`

const safeName = (name: string): string =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100) || 'documento'

const CONTENT_FIELDS = ['id', 'title', 'slug', 'kind', 'audience', 'summary', 'body', 'channels', 'tags', 'classification', '_status', 'publishedAt', 'createdAt', 'updatedAt'] as const

/**
 * A content as the expediente keeps it: its fields as JSON (UTF-8, two-space indent, a fixed key
 * order). The index hashes these bytes and the package carries them, so both are one function.
 */
export const contentDocumentBytes = (doc: Record<string, unknown>): Uint8Array =>
  new TextEncoder().encode(`${JSON.stringify(Object.fromEntries(CONTENT_FIELDS.map((key) => [key, doc[key] ?? null])), null, 2)}\n`)

export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex')

/** The member documents as the system reads them (depth 0), or the position of the first missing one. */
export const readMembers = async (req: PayloadRequest, members: MemberRef[]): Promise<{ docs: Array<Record<string, any>>; missing?: number }> => {
  const docs: Array<Record<string, any>> = []
  for (const [position, member] of members.entries()) {
    const doc = await req.payload.findByID({ collection: member.relationTo, id: member.value, depth: 0, req, overrideAccess: true, disableErrors: true })
    if (!doc) return { docs, missing: position }
    docs.push(doc as Record<string, any>)
  }
  return { docs }
}

/**
 * The electronic index of an expediente from its members' current state. `previous` keeps each
 * document's date of incorporation across rebuilds. Assets carry the fingerprint taken at ingest
 * (the export re-reads their bytes against it); contents, the fingerprint of their JSON.
 */
export const buildIndex = (members: MemberRef[], docs: Array<Record<string, any>>, previous: IndexEntry[] = [], now = new Date().toISOString()): IndexEntry[] =>
  members.map((member, position) => {
    const doc = docs[position]!
    const order = position + 1
    const prefix = String(order).padStart(3, '0')
    const before = previous.find((entry) => memberKey(entry.collection, entry.itemId) === memberKey(member.relationTo, doc.id))
    const common = { order, collection: member.relationTo, itemId: String(doc.id), title: String(doc.title ?? ''), addedAt: before?.addedAt ?? now }
    if (member.relationTo === SLUGS.contents) {
      const bytes = contentDocumentBytes(doc)
      return { ...common, file: `documentos/${prefix}-contenido-${safeName(String(doc.slug ?? doc.id))}.json`, format: 'application/json', size: bytes.byteLength, sha256: sha256Hex(bytes), documentDate: String(doc.createdAt ?? '') }
    }
    return {
      ...common,
      file: `documentos/${prefix}-${safeName(String(doc.filename ?? doc.id))}`,
      format: String(doc.mimeType ?? 'application/octet-stream'),
      size: Number(doc.filesize ?? 0),
      sha256: String(doc.sha256 ?? ''),
      documentDate: String(doc.capturedAt ?? doc.createdAt ?? ''),
    }
  })
