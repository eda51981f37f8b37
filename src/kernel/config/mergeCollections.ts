import type { CollectionConfig, Field } from 'payload'

const fieldName = (field: Field): string | undefined => ('name' in field ? field.name : undefined)

/**
 * Adds the plugin's collections to the host's. When the host already defines a collection with
 * the same slug (typically `users`), the plugin's fields it lacks are appended and the plugin's
 * access and hooks run first, then the host's.
 */
export const mergeCollections = (
  host: CollectionConfig[] = [],
  ours: CollectionConfig[],
): CollectionConfig[] => {
  const bySlug = new Map(host.map((collection) => [collection.slug, collection]))
  const merged = host.map((collection) => {
    const plugin = ours.find((candidate) => candidate.slug === collection.slug)
    if (!plugin) return collection
    const names = new Set(collection.fields.map(fieldName).filter(Boolean))
    const hooks: CollectionConfig['hooks'] = { ...collection.hooks }
    for (const [key, list] of Object.entries(plugin.hooks ?? {})) {
      const name = key as keyof NonNullable<CollectionConfig['hooks']>
      hooks[name] = [...(list as never[]), ...((collection.hooks?.[name] as never[]) ?? [])] as never
    }
    return {
      ...collection,
      // People appear by name everywhere (relationship pickers, list titles, the trail): a host
      // collection without its own title field takes the plugin's (`name` for users).
      admin: { ...collection.admin, useAsTitle: collection.admin?.useAsTitle ?? plugin.admin?.useAsTitle },
      access: { ...collection.access, ...plugin.access },
      hooks,
      fields: [...collection.fields, ...plugin.fields.filter((field) => !names.has(fieldName(field)))],
    }
  })
  return [...merged, ...ours.filter((collection) => !bySlug.has(collection.slug))]
}
