/** The workflow feature's `req.context` keys (see src/kernel/context.ts). */
declare module 'payload' {
  interface RequestContext {
    /** A reviewer claims or releases a content's review: the claim field may change. */
    pregoneroReviewClaim?: boolean
    /** The head marks a forced publication reviewed: the one change the trail accepts. */
    pregoneroReviewMark?: boolean
  }
}

export {}
