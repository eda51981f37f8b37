import type { Field } from 'payload'

/** heroImage, gallery (archive assets) and the checks' results: filled by the archive area. */
export const contentArchiveFields: Field[] = []
