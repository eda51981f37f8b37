/** Small helpers the workflow hooks share. */
import { invalidField } from '../errors.js'
import { tr } from '../i18n/index.js'

const norm = (value: unknown): unknown => {
  if (value === undefined || value === null || value === '') return null
  if (Array.isArray(value)) return value.length ? value.map(norm) : null
  if (typeof value === 'object') {
    const obj = value as Record<string, unknown>
    // A populated relationship compares by id.
    if ('id' in obj && ('createdAt' in obj || 'updatedAt' in obj)) return String(obj.id)
    const out: Record<string, unknown> = {}
    for (const key of Object.keys(obj).sort()) {
      if (key === 'id') continue
      const v = norm(obj[key])
      if (v !== null) out[key] = v
    }
    return Object.keys(out).length ? out : null
  }
  if (typeof value === 'number') return String(value)
  return value
}

/** Whether two values are the same once empty values, populated relationships and row ids are normalised. */
export const sameValue = (a: unknown, b: unknown): boolean => JSON.stringify(norm(a)) === JSON.stringify(norm(b))

/** Top-level fields of `data` that differ from `original`, ignoring `skip`. */
export const changedFields = (data: Record<string, unknown>, original: Record<string, unknown>, skip: ReadonlySet<string>): string[] =>
  Object.keys(data).filter((key) => !skip.has(key) && !sameValue(data[key], original?.[key]))

/** Longest transition comment (it is copied into the audit trail and into e-mails). */
export const MAX_COMMENT_LENGTH = 5000

/**
 * The transition comment of an update, trimmed; null when absent. A comment that is not text or is
 * longer than MAX_COMMENT_LENGTH is refused as a 400 naming `workflowComment` (the field is
 * virtual, so Payload's own length check never sees it).
 */
export const commentOf = (data: Record<string, unknown>, collection = 'workflow', req?: Parameters<typeof tr>[0]): null | string => {
  const value = data.workflowComment
  if (value === null || value === undefined) return null
  if (typeof value !== 'string') {
    throw invalidField(collection, 'workflowComment', tr(req, 'typeText'), req ?? undefined)
  }
  if (value.trim().length > MAX_COMMENT_LENGTH) {
    throw invalidField(
      collection,
      'workflowComment',
      tr(req, 'commentTooLong', { max: MAX_COMMENT_LENGTH, length: value.trim().length }),
      req ?? undefined,
    )
  }
  return value.trim() ? value.trim() : null
}
