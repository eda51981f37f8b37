import type { Access, PayloadRequest, SanitizedCollectionConfig, SanitizedGlobalConfig, Where } from 'payload'

import { nobody } from './basics.js'
import { hasRole } from './hasRole.js'
import { idOf } from '../ids.js'

type Id = number | string
type Rules = Partial<Record<'create' | 'delete' | 'read' | 'readVersions' | 'update', Access>>

const same = (a: unknown, b: unknown) => a !== null && a !== undefined && String(a) === String(b)

const adminOnly: Access = ({ req }) => hasRole(req.user, 'admin')

/** The caller's own rows of a collection whose `user` is a polymorphic relationship to an auth collection. */
const ownRows: Access = ({ req }) => {
  if (!req.user) return false
  const where: Where[] = [{ 'user.value': { equals: req.user.id } }, { 'user.relationTo': { equals: req.user.collection } }]
  return { and: where }
}

// ── payload-locked-documents ───────────────────────────────────────────────────────────────

export const LOCKED_DOCUMENTS = 'payload-locked-documents'

type Lock = { id: Id; document?: { relationTo?: string; value?: unknown } | null; globalSlug?: null | string; user?: { relationTo?: string; value?: unknown } | null }
type Target = { collection: string; id: Id } | { global: string }

const targetOf = (lock: Partial<Lock> | undefined): null | Target => {
  if (lock?.globalSlug) return { global: lock.globalSlug }
  const id = idOf(lock?.document?.value)
  return lock?.document?.relationTo && id !== null ? { collection: lock.document.relationTo, id } : null
}
const heldBy = (lock: Partial<Lock>, req: PayloadRequest) => Boolean(req.user) && same(idOf(lock.user?.value), req.user!.id) && (lock.user?.relationTo ?? req.user!.collection) === req.user!.collection

/**
 * Whether the caller may `operation` the locked document itself: the document's own access rule
 * (a `Where` is checked against that one document), or the global's.
 */
export const mayOnTarget = async (req: PayloadRequest, target: Target, operation: 'read' | 'update'): Promise<boolean> => {
  if (!req.user) return false
  if ('global' in target) {
    const global = req.payload.config.globals.find((candidate) => candidate.slug === target.global) as SanitizedGlobalConfig | undefined
    const rule = global?.access?.[operation]
    return Boolean(global && rule && (await rule({ req })))
  }
  const config = (req.payload.collections as Record<string, { config: SanitizedCollectionConfig } | undefined>)[target.collection]?.config
  const rule = config?.access?.[operation]
  if (!config || !rule) return false
  const result = await rule({ req, id: target.id } as never)
  if (result === true) return true
  if (!result) return false
  const { totalDocs } = await req.payload.count({
    collection: target.collection as never,
    where: { and: [{ id: { equals: target.id } }, result as Where] },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}

/** The locks the caller may `operation`: their own, and those on documents they may `operation`. Few rows (one per open editor). */
const locksWhere = async (req: PayloadRequest, operation: 'read' | 'update'): Promise<Where> => {
  const { docs } = await req.payload.find({ collection: LOCKED_DOCUMENTS, depth: 0, limit: 0, pagination: false, overrideAccess: true, req })
  const allowed: Id[] = []
  for (const lock of docs as unknown as Lock[]) {
    const target = targetOf(lock)
    if (heldBy(lock, req) || (target && (await mayOnTarget(req, target, operation)))) allowed.push(lock.id)
  }
  return { id: { in: allowed } }
}

/** A lock names its holder; nobody locks (or takes over) a document in someone else's name. */
const namesSomeoneElse = (data: unknown, req: PayloadRequest) => {
  const user = (data as { user?: unknown } | undefined)?.user
  return user !== undefined && user !== null && !same(idOf(user), req.user?.id)
}

const lockChange =
  (operation: 'delete' | 'update'): Access =>
  async ({ req, id, data }) => {
    if (!req.user) return false
    if (operation === 'update' && namesSomeoneElse(data, req)) return false
    if (id === undefined || id === null) return locksWhere(req, 'update')
    const lock = (await req.payload.findByID({ collection: LOCKED_DOCUMENTS, id, depth: 0, overrideAccess: true, req, disableErrors: true })) as Lock | null
    if (!lock) return false
    const target = targetOf(lock)
    return heldBy(lock, req) || Boolean(target && (await mayOnTarget(req, target, 'update')))
  }

/**
 * Document locks (who is editing what). Read: your own locks and the locks of documents you may
 * read — a liaison never learns who edits another department's request. Create: only in your
 * own name, on a document you may update (the auditor, who updates nothing, locks nothing).
 * Update (keep-alive, take over) and delete (release): your own lock, or one on a document you
 * may update; a take-over names only yourself. Payload's admin writes its locks as system code.
 */
export const lockedDocumentsAccess: Rules = {
  read: async ({ req }) => (req.user ? locksWhere(req, 'read') : false),
  create: async ({ req, data }) => {
    if (!req.user || namesSomeoneElse(data, req)) return false
    const target = targetOf(data as Partial<Lock>)
    return Boolean(target && (await mayOnTarget(req, target, 'update')))
  },
  update: lockChange('update'),
  delete: lockChange('delete'),
}

// ── every internal collection and global ──────────────────────────────────────────────────

/**
 * The explicit rule of every collection Payload adds during sanitization (after plugins run, so
 * no plugin option reaches them): applied by src/platform/internal/hardenInternal.ts when Payload starts.
 * System code (the jobs runner, the scheduler, the admin's own locking and preferences) writes
 * through the database adapter or with `overrideAccess`, so "nobody" closes the APIs only.
 */
export const INTERNAL_COLLECTION_ACCESS: Record<string, Rules> = {
  // The job queue: inputs carry e-mail addresses and document ids. Admins read (diagnosis);
  // nobody writes through the API (jobs are queued, run and cancelled by `payload.jobs.*`).
  'payload-jobs': { read: adminOnly, create: nobody, update: nobody, delete: nobody },
  [LOCKED_DOCUMENTS]: lockedDocumentsAccess,
  // Admin-panel preferences: each user's own (the `user` field is forced to the caller).
  'payload-preferences': { read: ownRows, create: ({ req }) => Boolean(req.user), update: ownRows, delete: ownRows },
  // Which migrations ran: the migration runner's only.
  'payload-migrations': { read: nobody, create: nobody, update: nobody, delete: nobody },
  // Payload's key-value store (database KV adapter): system code only.
  'payload-kv': { read: nobody, create: nobody, update: nobody, delete: nobody },
}

/** The same for Payload's globals. */
export const INTERNAL_GLOBAL_ACCESS: Record<string, Rules> = {
  // The scheduler's last runs per queue (its next runs are computed from them): read by admins, written by the scheduler only.
  'payload-jobs-stats': { read: adminOnly, update: nobody, readVersions: nobody },
}

/** Who may run, queue and cancel jobs through Payload's jobs API with access checks (`jobs.access`), when the host says nothing. */
const adminJobs = ({ req }: { req: PayloadRequest }) => hasRole(req.user, 'admin')
export const DEFAULT_JOBS_ACCESS = { run: adminJobs, queue: adminJobs, cancel: adminJobs }
