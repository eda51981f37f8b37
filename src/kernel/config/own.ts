import type { CollectionConfig, GlobalConfig } from 'payload'

/** The `custom` key that marks the plugin's own collections and globals (the platform guards the others). */
export const OWN = 'pregoneroOwn'

export const markOwn = <T extends CollectionConfig | GlobalConfig>(entity: T): T => ({ ...entity, custom: { ...entity.custom, [OWN]: true } })
