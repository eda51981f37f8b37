import type { CollectionConfig } from 'payload'

/**
 * Compound indexes for the website's hottest reads: published external contents newest first
 * (anonymous callers), and every published content newest first (the intranet). With only the
 * single-column indexes, SQLite filters on one of them and sorts every match — building each
 * row's hasMany sub-selects before the LIMIT — ≈ 5 s at 10 000 contents; with these it walks the
 * index in order and stops after the page (≈ 30 ms). Mongo builds the same compound indexes.
 */
export const contentsPublicReadIndexes: NonNullable<CollectionConfig['indexes']> = [
  { fields: ['_status', 'audience', 'publishedAt'] },
  { fields: ['_status', 'publishedAt'] },
]
