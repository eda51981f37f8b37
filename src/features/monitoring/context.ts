/** The monitoring feature's `req.context` keys (see src/kernel/context.ts). */
declare module 'payload' {
  interface RequestContext {
    /** The CSV importer writes: it checked duplicates in bulk already. */
    monitoringImport?: boolean
  }
}

export {}
