import type { CollectionBeforeOperationHook, PayloadRequest, SanitizedCollectionConfig, SanitizedGlobalConfig } from 'payload'

import { APIError } from 'payload'
import { validOperatorSet } from 'payload/shared'

import { fieldLabelOf, labelIn } from '../../kernel/admin/stateLabels.js'
import { labelOf } from '../../kernel/i18n/fieldLabel.js'
import { type MessageKey, tr } from '../../kernel/i18n/index.js'
import { resolveWherePath, type ValueKind } from './fieldKinds.js'

/**
 * A malformed query: 400 naming the parameter and the rule. Named `QueryError` like Payload's own
 * query refusals, so the admin's list view shows an empty list instead of crashing.
 */
export class MalformedQuery extends APIError {
  constructor(message: string, path: string) {
    super(message, 400, { errors: [{ path, message }] }, true)
    this.name = 'QueryError'
  }
}

type Args = {
  depth?: unknown
  id?: unknown
  limit?: unknown
  page?: unknown
  sort?: unknown
  where?: unknown
}

/** A JSON-like object: `{}` from a query string or JSON, or GraphQL's null-prototype argument objects. */
const isPlainObject = (value: unknown): value is Record<string, unknown> => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const prototype = Object.getPrototypeOf(value)
  return prototype === Object.prototype || prototype === null
}
const show = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value) ?? String(value)).slice(0, 80)

const SET_OPERATORS = new Set(['in', 'not_in', 'all'])
const COMPARISONS = new Set(['equals', 'not_equals', 'greater_than', 'greater_than_equal', 'less_than', 'less_than_equal'])
const GEO_OPERATORS = new Set(['near', 'within', 'intersects'])
/** Values Payload reads as "no value" in a comparison. */
const isEmpty = (value: unknown) => value === null || value === '' || value === 'null'

/** A list of `where[and]`/`where[or]` conditions: an array, or an object of numbered entries (qs above 20). */
const conditionsOf = (value: unknown): null | unknown[] => {
  if (Array.isArray(value)) return value
  if (isPlainObject(value) && Object.keys(value).every((key) => /^\d+$/.test(key))) return Object.values(value)
  return null
}

const validId = (value: unknown, idType: 'number' | 'objectid' | 'text'): boolean => {
  if (idType === 'number') {
    const number = typeof value === 'number' ? value : typeof value === 'string' && /^\s*-?\d+\s*$/.test(value) ? Number(value) : NaN
    return Number.isSafeInteger(number)
  }
  if (idType === 'objectid') return typeof value === 'string' && /^[0-9a-f]{24}$/i.test(value.trim())
  return typeof value === 'string' || typeof value === 'number'
}

/** A value only code can pass (a Date, an ObjectId, a raw constraint), never a query string or JSON. */
const fromCode = (value: unknown) =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && (!isPlainObject(value) || typeof (value as { type?: unknown }).type === 'symbol')

/** The rule a single value breaks for its field's kind, as a message key, or null. */
const valueProblem = (kind: ValueKind, value: unknown): MessageKey | null => {
  if (isEmpty(value)) return null
  if (value instanceof Date) return kind.kind === 'date' && Number.isNaN(value.getTime()) ? 'queryDate' : null
  if (fromCode(value)) return null
  switch (kind.kind) {
    case 'date':
      return (typeof value === 'string' || typeof value === 'number') && !Number.isNaN(new Date(value).getTime()) ? null : 'queryDate'
    case 'number':
      return (typeof value === 'number' && Number.isFinite(value)) || (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
        ? null
        : 'queryNumber'
    case 'boolean':
      return value === true || value === false || value === 'true' || value === 'false' ? null : 'queryBoolean'
    case 'id':
      return validId(value, kind.idType) ? null : 'queryId'
    case 'relationship':
      if (kind.polymorphic && isPlainObject(value)) return typeof value.relationTo === 'string' && validId(value.value, kind.idType) ? null : 'queryId'
      return validId(value, kind.idType) ? null : 'queryId'
    default:
      return null
  }
}

type Context = { collection: SanitizedCollectionConfig; req: PayloadRequest }

/**
 * A parameter as people read it: `limit` → "Límite"; `where.publishedAt.greater_than` → "Filtro ›
 * Fecha de publicación" (the field's label in the caller's language). The path itself stays in
 * `data.errors[0].path` and in the syntax hints of the message.
 */
const queryLabel = (context: Context, path: string): string => {
  if (!path.startsWith('where')) return labelOf(context.req, null, path)
  const fields = path
    .split('.')
    .slice(1)
    .filter((segment) => !/^\d+$/.test(segment) && segment !== 'and' && segment !== 'or' && !validOperatorSet.has(segment as never))
  const where = labelOf(context.req, null, 'where')
  return fields.length ? `${where} › ${fieldLabelOf(context.collection.fields, fields.join('.'), context.req.i18n?.language ?? 'es')}` : where
}

const fail = (context: Context, key: MessageKey, path: string, vars: Record<string, unknown> = {}): never => {
  throw new MalformedQuery(`${queryLabel(context, path)}: ${tr(context.req, key, { path, ...vars })}`, path)
}

/** One `where[path][operator]=value`. */
const checkCondition = (context: Context, path: string, operator: string, value: unknown) => {
  const at = `where.${path}.${operator}`
  if (!validOperatorSet.has(operator as never)) fail(context, 'queryOperatorUnknown', `where.${path}`, { operator })
  const kind = resolveWherePath(context.req.payload, context.collection, path)
  if (GEO_OPERATORS.has(operator)) {
    if (kind && kind.kind !== 'geo') fail(context, 'queryGeoOnly', at, { operator })
    return
  }
  if (operator === 'exists') {
    if (!(value === true || value === false || value === 'true' || value === 'false')) fail(context, 'queryBoolean', at, { value: show(value) })
    return
  }
  if (SET_OPERATORS.has(operator)) {
    const items = typeof value === 'string' ? value.split(',') : typeof value === 'number' ? [value] : Array.isArray(value) ? value : null
    if (!items || items.some((item) => (isPlainObject(item) && !fromCode(item)) || Array.isArray(item))) fail(context, 'queryListShape', at)
    if (kind) for (const item of items!) {
      const problem = valueProblem(kind, typeof item === 'string' ? item.trim() : item)
      if (problem) fail(context, problem, at, { value: show(item) })
    }
    return
  }
  if (fromCode(value)) return
  const polymorphicObject = operator === 'equals' && kind?.kind === 'relationship' && kind.polymorphic && isPlainObject(value)
  if ((isPlainObject(value) && !polymorphicObject) || Array.isArray(value)) fail(context, 'queryValueShape', at)
  if (kind && COMPARISONS.has(operator)) {
    const problem = valueProblem(kind, value)
    if (problem) fail(context, problem, at, { value: show(value) })
  }
}

/** The whole `where`, recursively (`and`/`or` lists, field paths, operators). */
const checkWhere = (context: Context, where: unknown, at = 'where') => {
  if (!isPlainObject(where)) fail(context, 'queryWhereShape', at, { value: show(where) })
  for (const [key, value] of Object.entries(where as Record<string, unknown>)) {
    // GraphQL spells them AND / OR; Payload reads both.
    if (key.toLowerCase() === 'and' || key.toLowerCase() === 'or') {
      const conditions = conditionsOf(value)
      if (!conditions) fail(context, 'queryAndOrShape', `${at}.${key}`)
      conditions!.forEach((condition, index) => checkWhere(context, condition, `${at}.${key}.${index}`))
      continue
    }
    if (!isPlainObject(value)) fail(context, 'queryOperatorMissing', `where.${key}`)
    for (const [operator, operand] of Object.entries(value as Record<string, unknown>)) checkCondition(context, key, operator, operand)
  }
}

const wholeNumber = (value: unknown, minimum: number) => typeof value === 'number' && Number.isSafeInteger(value) && value >= minimum

/**
 * Checks the query arguments of a collection operation (REST, GraphQL, Local API alike) before
 * anything reaches the database: `where` (shape, operators, values by field type: dates, numbers,
 * ids, booleans), `limit` (whole, ≥ 0), `page` (whole, ≥ 1), `depth` (whole, ≥ 0), `sort` (text)
 * and the document `id` (the collection's id format). A malformed one is a 400 naming it, never
 * a 500 from the database.
 */
export const validateQueryArgs = (context: Context, args: Args): void => {
  if (args.limit !== undefined && args.limit !== null && !wholeNumber(args.limit, 0)) fail(context, 'queryLimit', 'limit', { value: show(args.limit) })
  if (args.page !== undefined && args.page !== null && !wholeNumber(args.page, 1)) fail(context, 'queryPage', 'page', { value: show(args.page) })
  if (args.depth !== undefined && args.depth !== null && !wholeNumber(args.depth, 0)) fail(context, 'queryDepth', 'depth', { value: show(args.depth) })
  if (args.sort !== undefined && args.sort !== null) {
    const sorts = Array.isArray(args.sort) ? args.sort : [args.sort]
    if (!sorts.every((sort) => typeof sort === 'string')) fail(context, 'querySort', 'sort')
  }
  if (args.id !== undefined && args.id !== null) {
    const kind = resolveWherePath(context.req.payload, context.collection, 'id')
    // REST turned the path's id into a number (NaN for `abc`): name what the caller sent.
    const sent = (context.req.routeParams as { id?: unknown } | undefined)?.id ?? args.id
    if (kind && valueProblem(kind, args.id)) fail(context, 'queryIdParam', 'id', { value: show(sent), collection: labelIn(context.collection.labels?.singular, context.req.i18n?.language ?? 'es') || context.collection.slug })
  }
  if (args.where !== undefined && args.where !== null) checkWhere(context, args.where)
}

/** The `beforeOperation` hook put first on every collection (src/platform/queries/install.ts). */
export const queryValidationBeforeOperation: CollectionBeforeOperationHook = ({ args, collection, req }) => {
  validateQueryArgs({ collection, req }, args as Args)
  return args
}

/**
 * The same for globals (`beforeOperation` on globals: read, update, restoreVersion, countVersions):
 * `depth`, and `where` on their versions. Payload runs no hook on a global's findVersions and
 * findVersionByID (see tests/int/hardening/malformed-queries.int.spec.ts).
 */
export const queryValidationGlobalBeforeOperation = ({ args, global, req }: { args: unknown; global: SanitizedGlobalConfig; req: PayloadRequest }) => {
  validateQueryArgs({ collection: global as unknown as SanitizedCollectionConfig, req }, args as Args)
  return args
}
