import type { CollectionAfterOperationHook, CollectionAfterReadHook, CollectionBeforeOperationHook, Field, GlobalAfterReadHook, Where } from 'payload'

import { docTag, globalTag, listTag, record } from './tags.js'

/** Reads as `beforeOperation` names them (find and findByID are both `read`). */
const READS_BEFORE = new Set(['count', 'countVersions', 'read', 'readDistinct'])
/** Reads without a `beforeOperation` round: recorded after them. */
const READS_AFTER = new Set(['findVersionByID', 'findVersions'])

/** The ids a `where` asks for when it is only `id in [...]` / `id equals x` (Payload's relationship population). */
const idsOnly = (where: undefined | Where): Array<number | string> | null => {
  if (!where) return null
  const keys = Object.keys(where)
  if (keys.length !== 1 || keys[0] !== 'id') return null
  const condition = where.id as Record<string, unknown>
  const ops = Object.keys(condition ?? {})
  if (ops.length !== 1) return null
  if (ops[0] === 'in' && Array.isArray(condition.in)) return condition.in as Array<number | string>
  if (ops[0] === 'equals' && (typeof condition.equals === 'string' || typeof condition.equals === 'number')) return [condition.equals]
  return null
}

const recordAsked = (slug: string, args: unknown, byIdAllowed: boolean) => {
  const byId = (args as { id?: number | string }).id
  const ids = idsOnly((args as { where?: Where }).where)
  if (byIdAllowed && byId !== undefined && byId !== null) record(docTag(slug, byId))
  else if (ids) for (const id of ids) record(docTag(slug, id))
  else record(listTag(slug))
}

/**
 * Records what a read ASKED for, before access decides (a read refused outright never reaches
 * `afterOperation`): a read by id depends on that document (it may become visible), a
 * relationship population (`id in [...]`, Payload's dataloader) on each document it tried to
 * populate, and any other query on the whole collection. This is what makes the tracking hold at
 * every depth: Payload populates each level with such a `find`, so content → asset → department
 * records the asset and the department too, whether or not the caller may see them.
 */
export const trackReadBefore: CollectionBeforeOperationHook = ({ args, collection, operation }) => {
  if (READS_BEFORE.has(operation)) recordAsked(collection.slug, args, operation === 'read')
  return args
}

export const trackReadAfter: CollectionAfterOperationHook = ({ collection, operation, result }) => {
  if (READS_AFTER.has(operation)) record(listTag(collection.slug))
  return result
}

/** The collections a collection's join fields list (their answers change when those do). */
export const joinedCollections = (fields: Field[]): string[] => {
  const found = new Set<string>()
  const walk = (list: Field[]) => {
    for (const field of list) {
      if (field.type === 'join') for (const target of [field.collection].flat()) found.add(target)
      if ('fields' in field && Array.isArray(field.fields)) walk(field.fields)
      if (field.type === 'tabs') for (const tab of field.tabs) walk(tab.fields)
      if (field.type === 'blocks') for (const block of field.blocks) if (typeof block === 'object') walk(block.fields)
    }
  }
  walk(fields)
  return [...found]
}

/** Records every document an answer shows (and, through join fields, the collections they list). */
export const trackReadDocument =
  (joins: string[]): CollectionAfterReadHook =>
  ({ collection, doc }) => {
    const id = (doc as { id?: number | string } | undefined)?.id
    if (id !== undefined && id !== null) record(docTag(collection.slug, id))
    for (const joined of joins) record(listTag(joined))
    return doc
  }

export const trackGlobalRead: GlobalAfterReadHook = ({ doc, global }) => {
  record(globalTag(global.slug))
  return doc
}
