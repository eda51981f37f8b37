import type { CollectionConfig, Field, GlobalConfig } from 'payload'

import { clientComponent } from './componentPaths.js'

const withReadable = (field: Field): Field => {
  if (field.type === 'json') {
    if (field.admin?.components?.Field) return field
    return { ...field, admin: { ...field.admin, components: { ...field.admin?.components, Field: clientComponent('ReadableJsonField') } } }
  }
  if ('fields' in field && Array.isArray(field.fields)) return { ...field, fields: field.fields.map(withReadable) } as Field
  if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: tab.fields.map(withReadable) })) }
  if (field.type === 'blocks') return { ...field, blocks: field.blocks.map((block) => ({ ...block, fields: block.fields.map(withReadable) })) }
  return field
}

/** Every JSON field of these collections or globals shows as a readable table (ReadableJsonField), never Monaco. */
export const withReadableJson = <T extends CollectionConfig | GlobalConfig>(entities: T[]): T[] =>
  entities.map((entity) => ({ ...entity, fields: entity.fields.map(withReadable) }))
