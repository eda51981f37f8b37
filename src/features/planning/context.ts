/** The planning feature's `req.context` keys (see src/kernel/context.ts). */
declare module 'payload' {
  interface RequestContext {
    /** System code writes derived fields (progress, budgets, ratings): they pass. */
    pregoneroDerived?: boolean
  }
}

export {}
