/** The archive feature's `req.context` keys (see src/kernel/context.ts). */
import type { IngestContext, PendingFiles } from './collections/ArchiveAssets/hooks/ingestFile.js'

declare module 'payload' {
  interface RequestContext {
    /** What ingestFile read from the upload, for stampIngest (same request). */
    pregoneroArchiveIngest?: IngestContext
    /** Files written before the transaction commits, removed if it fails. */
    pregoneroArchivePendingFiles?: PendingFiles
    /** The original changed: the focal point crops are made again. */
    pregoneroArchiveNewFile?: boolean
    /** The renditions are being remade: the focal point hook does not run again. */
    pregoneroArchiveRecropping?: boolean
    /** A disposal act removes the asset (the only deletion allowed). */
    pregoneroArchiveDisposal?: boolean
  }
}

export {}
