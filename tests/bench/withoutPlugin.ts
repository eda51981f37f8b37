import type { CollectionConfig, Field } from 'payload'

/** A field with the plugin's behaviour removed: no hooks, access, validation or custom defaults. */
const bareField = (field: Field): Field => {
  const copy = { ...field } as Record<string, unknown>
  delete copy.hooks
  delete copy.access
  delete copy.validate
  if (Array.isArray(copy.fields)) copy.fields = (copy.fields as Field[]).map(bareField)
  if (Array.isArray(copy.tabs)) copy.tabs = (copy.tabs as Array<{ fields: Field[] }>).map((tab) => ({ ...tab, fields: tab.fields.map(bareField) }))
  if (Array.isArray(copy.blocks)) copy.blocks = (copy.blocks as Array<{ fields: Field[] }>).map((block) => ({ ...block, fields: block.fields.map(bareField) }))
  return copy as Field
}

/**
 * The plugin's collections as a bare Payload app would declare them: the same fields, drafts,
 * uploads and indexes — so the same tables and the same SQL — but none of the plugin's
 * behaviour: no collection or field hooks, no rules but the plainest access (anonymous callers read
 * the `publicSlugs` collections, the caller writing the filter in the query; the others only
 * signed-in users, so `depth` populates for the public what the plugin lets it see), no
 * validation, no endpoints. What a read costs on top of this is what the plugin adds.
 */
export const withoutPlugin = (collections: CollectionConfig[], publicSlugs: string[]): CollectionConfig[] =>
  collections.map((collection) => ({
    ...collection,
    hooks: {},
    endpoints: [],
    access: publicSlugs.includes(collection.slug) ? { read: () => true } : { read: ({ req }) => Boolean(req.user) },
    fields: collection.fields.map(bareField),
  }))
