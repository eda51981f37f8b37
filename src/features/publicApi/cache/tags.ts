import { AsyncLocalStorage } from 'node:async_hooks'

/**
 * Dependency tags of a cached answer:
 * - `doc:<collection>:<id>` — the answer shows that document, or asked for it by id (a REST read by
 *   id, or a relationship Payload tried to populate — even when access hid it, since a change can
 *   make it visible);
 * - `list:<collection>` — the answer ran a query over the collection (a list, a count, a lookup by
 *   slug): any write to the collection may change which documents match;
 * - `global:<slug>` — the answer read a global.
 */
export const docTag = (collection: string, id: number | string): string => `doc:${collection}:${String(id)}`
export const listTag = (collection: string): string => `list:${collection}`
export const globalTag = (slug: string): string => `global:${slug}`

/** The collection a tag is about (`doc:` and `list:` tags), for the consent/licence boundaries. */
export const collectionOfTag = (tag: string): null | string => {
  const [kind, collection] = tag.split(':')
  return kind === 'doc' || kind === 'list' ? (collection ?? null) : null
}

/** What one anonymous read touched, gathered while Payload answers it. */
export type Collector = { tags: Set<string>; closed: boolean }

const storage = new AsyncLocalStorage<Collector>()

/** Runs `work` recording every read it makes (through the hooks of `hooks.ts`). */
export const collecting = <T>(work: () => Promise<T>): { collector: Collector; result: Promise<T> } => {
  const collector: Collector = { tags: new Set(), closed: false }
  return { collector, result: storage.run(collector, work) }
}

/**
 * Records a tag in the read being collected, if any. A collector is closed once its answer is
 * built: timers Payload created during that request (cron schedulers started by the first
 * request's boot) keep its async context, and must not add to it.
 */
export const record = (tag: string): void => {
  const collector = storage.getStore()
  if (collector && !collector.closed) collector.tags.add(tag)
}
