import type { PayloadRequest } from 'payload'

import { commitTransaction, initTransaction, killTransaction } from 'payload'

import { recordWorkflowEvent } from '../../../kernel/machine/recordEvent.js'
import { queueNotification } from '../../../kernel/notifications/queueNotification.js'
import { factCheckKey, verifyFactCheckToken } from './token.js'
import { SLUGS } from '../../../kernel/slugs.js'
import { type MessageKey, tr } from '../../../kernel/i18n/index.js'

export const FACT_CHECKS = 'fact-check-requests' as 'users' // not in the generated types until the lead regenerates them

export type FactCheckRow = {
  id: number | string
  tokenId: string
  content: number | string | { id: number | string }
  email: string
  name: string
  requestedBy?: number | string | { id: number | string } | null
  expiresAt: string
  /** The expert's language (rows written before it was kept: Spanish). */
  language?: 'en' | 'es' | null
  usedAt?: string | null
  answerEvent?: string | null
}

/** Why a link is refused: its HTTP status, and a heading and a message (keys) for the expert's page and callers. */
export class LinkRefused extends Error {
  constructor(
    readonly status: 400 | 403 | 404 | 410,
    readonly heading: MessageKey,
    readonly key: MessageKey,
  ) {
    super(tr(null, key))
  }
}

const contentIdOf = (row: FactCheckRow): number | string => (typeof row.content === 'object' ? row.content.id : row.content)

/** Checks the link (signature, expiry, issued, unused) and returns its row. Read-only. */
export const openLink = async (req: PayloadRequest, token: string): Promise<FactCheckRow> => {
  const result = verifyFactCheckToken(factCheckKey(req.payload.secret), token)
  if (!result.ok) {
    if (result.reason === 'malformed') {
      throw new LinkRefused(400, 'factLinkMalformedHeading', 'factLinkMalformed')
    }
    if (result.reason === 'signature') {
      throw new LinkRefused(403, 'factLinkInvalidHeading', 'factLinkAltered')
    }
    throw new LinkRefused(410, 'factLinkExpiredHeading', 'factLinkExpired')
  }
  const row = await linkedRow(req, result.claims)
  if (!row) {
    throw new LinkRefused(403, 'factLinkInvalidHeading', 'factLinkInvalid')
  }
  if (row.usedAt) {
    throw new LinkRefused(410, 'factLinkUsedHeading', 'factLinkUsed')
  }
  return row
}

/** The request row a link's signed claims name, if the link is still that row's current one. */
const linkedRow = async (req: PayloadRequest, claims: { rid: number | string; jti: string }): Promise<FactCheckRow | null> => {
  const row = (await req.payload.findByID({ collection: FACT_CHECKS, id: claims.rid, depth: 0, overrideAccess: true, disableErrors: true, req })) as unknown as FactCheckRow | null
  return row && row.tokenId === claims.jti ? row : null
}

export type PageLanguage = 'en' | 'es'

/**
 * The language of the expert's pages for a link: the one the office chose when asking (kept on the
 * request's row), found through the link's signed claims even when the link has expired or was
 * used. A link whose signature does not hold names no request of ours: then the browser's language
 * decides (Spanish unless it asks for English first).
 */
export const pageLanguage = async (req: PayloadRequest, token: string): Promise<PageLanguage> => {
  const result = verifyFactCheckToken(factCheckKey(req.payload.secret), token)
  if (result.ok || result.reason === 'expired') {
    const row = await linkedRow(req, result.claims)
    if (row) return row.language === 'en' ? 'en' : 'es'
  }
  return /^\s*en\b/i.test(req.headers.get('accept-language') ?? '') ? 'en' : 'es'
}

/** Loads the content a link points to (latest draft), or refuses the link when it is gone. */
export const linkedContent = async (req: PayloadRequest, row: FactCheckRow) => {
  const content = (await req.payload.findByID({
    collection: SLUGS.contents,
    id: contentIdOf(row),
    depth: 0,
    draft: true,
    overrideAccess: true,
    disableErrors: true,
    req,
  })) as unknown as { id: number | string; title?: string; summary?: string; body?: unknown; stage?: string } | null
  if (!content) throw new LinkRefused(410, 'factContentGoneHeading', 'factContentGone')
  return content
}

export type Answer = { verdict: 'comments' | 'confirmed'; comment: string }

/**
 * Records an expert's answer exactly once: in ONE transaction, consumes the link with a
 * compare-and-set (`usedAt` set only where it is still empty — a conditional UPDATE on SQL, an
 * atomic findOneAndUpdate on MongoDB; of two racing answers one updates a row, the other finds none),
 * writes the workflow-events row and queues the editor's notification. Any failure rolls all of it
 * back, so the link stays usable and nothing is half-written.
 */
export const answerLink = async (req: PayloadRequest, token: string, answer: Answer) => {
    const row = await openLink(req, token)
    const startedHere = await initTransaction(req)
    try {
      const now = new Date().toISOString()
      const consumed = await req.payload.db.updateOne({
        collection: FACT_CHECKS,
        where: { and: [{ id: { equals: row.id } }, { tokenId: { equals: row.tokenId } }, { usedAt: { exists: false } }] },
        data: { usedAt: now, verdict: answer.verdict, comment: answer.comment || null },
        req,
      })
      if (!consumed) {
        throw new LinkRefused(410, 'factLinkUsedHeading', 'factLinkUsed')
      }
      const content = await linkedContent(req, row)
      const stage = content.stage ?? null
      const event = await recordWorkflowEvent(req, {
        collection: SLUGS.contents,
        document: content.id,
        from: stage,
        to: stage ?? 'in-review',
        actor: null,
        kind: 'fact-check',
        department: firstDepartment(content),
        // The expert's own words; the sentence around them is said in each reader's language
        // (WorkflowEvents/hooks/sayExpertAnswer.ts), from `kind` and `details`.
        comment: answer.comment || null,
        details: { verdict: answer.verdict, expert: { name: row.name, email: row.email } },
        at: now,
      })
      await req.payload.db.updateOne({ collection: FACT_CHECKS, id: row.id, data: { answerEvent: String(event.id) }, req, returning: false })
      await queueNotification(req, {
        event: 'fact-check-answered',
        collection: SLUGS.contents,
        id: content.id,
        eventId: event.id,
        comment: answer.comment || undefined,
      })
      if (startedHere) await commitTransaction(req)
      return { eventId: event.id, title: String(content.title ?? ''), language: (row.language === 'en' ? 'en' : 'es') as PageLanguage }
    } catch (error) {
      if (startedHere) await killTransaction(req)
      throw error
    }
}

/** The department a content belongs to, for the trail's read rule (requesters see their own). */
const firstDepartment = (content: Record<string, unknown>): null | number | string => {
  const departments = Array.isArray(content.departments) ? content.departments : []
  const first = departments[0] as unknown
  if (first === undefined || first === null) return null
  return typeof first === 'object' ? ((first as { id: number | string }).id ?? null) : (first as number | string)
}
