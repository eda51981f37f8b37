import type { CollectionConfig, Field } from 'payload'

/**
 * How a host changes one of the plugin's collections, as Payload's official plugins let it:
 * anything but the slug, plus `fields` as a function of the plugin's fields. Hooks run the
 * plugin's first, then the host's; access and admin settings are merged, the host's winning.
 */
export type CollectionOverride = Partial<Omit<CollectionConfig, 'fields' | 'slug'>> & {
  fields?: (args: { defaultFields: Field[] }) => Field[]
}

export const applyOverride = (collection: CollectionConfig, override: CollectionOverride | undefined): CollectionConfig => {
  if (!override) return collection
  const { fields, hooks, access, admin, ...rest } = override
  const mergedHooks: CollectionConfig['hooks'] = { ...collection.hooks }
  for (const [name, list] of Object.entries(hooks ?? {})) {
    const key = name as keyof NonNullable<CollectionConfig['hooks']>
    mergedHooks[key] = [...((collection.hooks?.[key] as never[]) ?? []), ...((list as never[]) ?? [])] as never
  }
  return {
    ...collection,
    ...rest,
    access: { ...collection.access, ...access },
    admin: { ...collection.admin, ...admin },
    hooks: mergedHooks,
    fields: fields ? fields({ defaultFields: collection.fields }) : collection.fields,
  }
}
