import type { CollectionBeforeChangeHook, FieldHook, PayloadRequest } from 'payload'

import { blockingFailures, computeChecks } from '../computeChecks.js'

type Doc = Record<string, any>

/** The value stored in `contents.checks`: every result, the readability score, and whether approval is blocked. */
export const checksValue = async (doc: Doc, req: PayloadRequest) => {
  const results = await computeChecks(doc, req)
  const blocking = blockingFailures(results, doc.checkOverrides ?? [])
  const plain = results.find((r) => r.check === 'plainLanguage')
  return {
    ranAt: new Date().toISOString(),
    blocking: blocking.length > 0,
    failures: blocking.length,
    readability: (plain?.details?.score as number | undefined) ?? null,
    results,
  }
}

/**
 * Collection form (beforeChange of `contents`): computes the checks of part C on every save and
 * stores them in `checks`. The lead may wire this one; this branch wires the field form below
 * through `contentArchiveFields`, which has the same effect without touching the collection file.
 */
export const runChecks: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  data.checks = await checksValue({ ...(originalDoc ?? {}), ...data }, req)
  return data
}

/** Field form: the `checks` group's beforeChange hook (whatever the caller sent is replaced). */
export const runChecksField: FieldHook = async ({ data, originalDoc, req }) =>
  checksValue({ ...(originalDoc ?? {}), ...(data ?? {}) }, req)
