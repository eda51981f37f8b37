import type { AfterErrorHook, Field, PayloadRequest } from 'payload'
import { idOf } from '../../kernel/ids.js'
import { tr } from '../../kernel/i18n/index.js'
import { fieldLabelOf, labelIn } from '../../kernel/admin/stateLabels.js'

/** How long a client should wait before retrying a write refused because the database was busy. */
export const BUSY_RETRY_AFTER_SECONDS = 5

// SQLite's lock codes; PostgreSQL's SQLSTATEs of a transaction that lost a conflict and may be retried
// (serialization_failure, deadlock_detected, lock_not_available).
const BUSY_CODES = new Set(['SQLITE_BUSY', 'SQLITE_BUSY_SNAPSHOT', 'SQLITE_BUSY_RECOVERY', 'SQLITE_LOCKED', '40001', '40P01', '55P03'])

/**
 * Is this error the database refusing a write because another writer holds the lock (SQLite
 * `SQLITE_BUSY`/"database is locked" after the busy timeout) or a transient write conflict
 * (PostgreSQL's serialization failure, deadlock or lock timeout; MongoDB `TransientTransactionError`)?
 * Walks the `cause` chain (drizzle and Payload wrap it).
 */
export const isDatabaseBusy = (error: unknown): boolean => {
  for (let current = error, depth = 0; current && depth < 6; depth++) {
    const e = current as { cause?: unknown; code?: unknown; errorLabels?: unknown; message?: unknown; rawCode?: unknown }
    if (typeof e.code === 'string' && BUSY_CODES.has(e.code)) return true
    if (typeof e.message === 'string' && /database is locked|SQLITE_BUSY|database table is locked/i.test(e.message)) return true
    if (Array.isArray(e.errorLabels) && e.errorLabels.includes('TransientTransactionError')) return true
    current = e.cause
  }
  return false
}

/**
 * The answer to a write refused because the database is busy (another process holds the
 * write lock past the busy timeout) answers 503 with `Retry-After` and a message naming the
 * condition, instead of a bare 500 "Something went wrong". Nothing was written: the operation's
 * transaction was rolled back before this hook runs.
 */
const busyAnswer = (req: PayloadRequest) => {
  const headers = (req.responseHeaders ??= new Headers()) as Headers
  headers.set('Retry-After', String(BUSY_RETRY_AFTER_SECONDS))
  return {
    status: 503,
    response: {
      errors: [
        {
          message: tr(req, 'databaseBusy', { seconds: BUSY_RETRY_AFTER_SECONDS }),
          data: { retryable: true, retryAfterSeconds: BUSY_RETRY_AFTER_SECONDS },
        },
      ],
    },
  }
}

/**
 * Is this error a foreign-key violation (a relationship to a document that does not exist)?
 * SQLite: SQLITE_CONSTRAINT_FOREIGNKEY; PostgreSQL: SQLSTATE 23503 (foreign_key_violation).
 */
export const isForeignKeyViolation = (error: unknown): boolean => {
  for (let current = error, depth = 0; current && depth < 6; depth++) {
    const e = current as { cause?: unknown; code?: unknown; message?: unknown }
    if (e.code === 'SQLITE_CONSTRAINT_FOREIGNKEY' || e.code === '23503') return true
    if (typeof e.message === 'string' && /FOREIGN KEY constraint failed|violates foreign key constraint/i.test(e.message)) return true
    current = e.cause
  }
  return false
}

type Ref = { path: string; relationTo: string; id: number | string }

/** Every relationship/upload id in `data`, with its path (groups, arrays, tabs, rows, collapsibles). */
const referencesIn = (fields: Field[], data: unknown, prefix = ''): Ref[] => {
  if (!data || typeof data !== 'object') return []
  const refs: Ref[] = []
  for (const field of fields) {
    const f = field as Field & { name?: string; fields?: Field[]; tabs?: Array<{ name?: string; fields: Field[] }>; relationTo?: string | string[] }
    if (f.type === 'tabs') {
      for (const tab of f.tabs ?? []) {
        refs.push(...referencesIn(tab.fields, tab.name ? (data as Record<string, unknown>)[tab.name] : data, tab.name ? `${prefix}${tab.name}.` : prefix))
      }
      continue
    }
    if (!f.name) {
      if (f.fields) refs.push(...referencesIn(f.fields, data, prefix))
      continue
    }
    const value = (data as Record<string, unknown>)[f.name]
    const path = `${prefix}${f.name}`
    if (f.type === 'group' && f.fields) refs.push(...referencesIn(f.fields, value, `${path}.`))
    else if (f.type === 'array' && f.fields && Array.isArray(value)) {
      value.forEach((row, i) => refs.push(...referencesIn(f.fields!, row, `${path}.${i}.`)))
    } else if ((f.type === 'relationship' || f.type === 'upload') && f.relationTo) {
      for (const item of Array.isArray(value) ? value : [value]) {
        const id = idOf(item)
        const relationTo = Array.isArray(f.relationTo) ? (item as { relationTo?: string })?.relationTo : f.relationTo
        if (id !== null && typeof relationTo === 'string') refs.push({ path, relationTo, id })
      }
    }
  }
  return refs
}

/** The first reference of the request's data that points at no document (a system read). */
const missingReference = async (req: PayloadRequest, fields: Field[]): Promise<null | Ref> => {
  for (const ref of referencesIn(fields, req.data)) {
    if (!req.payload.collections[ref.relationTo as never]) continue
    const found = await req.payload
      .count({ collection: ref.relationTo as never, where: { id: { equals: ref.id } }, overrideAccess: true })
      .catch(() => ({ totalDocs: 0 }))
    if (found.totalDocs === 0) return ref
  }
  return null
}

/**
 * Root `afterError` hook. Database refusals become clear answers instead of a bare 500:
 * - the database is busy (another process holds the write lock past the busy timeout): 503 with
 *   `Retry-After`, naming the condition; the operation's transaction was rolled back;
 * - a relationship points at a document that does not exist (SQLite's or PostgreSQL's foreign key
 *   refused the insert): 400 naming the field and the id, as Payload's ValidationError shape.
 */
export const databaseErrorsAfterError: AfterErrorHook = async ({ collection, error, req }) => {
  if (isDatabaseBusy(error)) return busyAnswer(req)
  if (!isForeignKeyViolation(error)) return
  const ref = collection ? await missingReference(req, collection.fields) : null
  const path = ref?.path ?? 'relationship'
  // Named as people read them: the field's label and the related collection's singular label.
  const language = req.i18n?.language ?? 'es'
  const message = ref
    ? tr(req, 'relatedMissing', {
        field: fieldLabelOf(collection?.fields, ref.path, language),
        id: JSON.stringify(ref.id),
        collection: labelIn((req.payload.collections as Record<string, { config: { labels?: { singular?: unknown } } } | undefined>)[ref.relationTo]?.config.labels?.singular, language) || ref.relationTo,
      })
    : tr(req, 'relatedMissingSome')
  return {
    status: 400,
    response: {
      errors: [{ name: 'ValidationError', message, data: { collection: collection?.slug, errors: [{ path, message }] } }],
    },
  }
}
