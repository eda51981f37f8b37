import type { CollectionConfig, Endpoint, GlobalConfig, TaskConfig } from 'payload'

import { GROUPS } from '../../defaults.js'

/** What one feature (or the kernel) adds to the host's config. */
export type FeaturePart = {
  collections?: CollectionConfig[]
  globals?: GlobalConfig[]
  /** Root endpoints (under `/api`); collection endpoints live on their collection. */
  endpoints?: Endpoint[]
  tasks?: TaskConfig[]
}

/** The sidebar's order of groups: the PHVA cycle, then the archive and the settings. */
const GROUP_ORDER: string[] = [GROUPS.plan, GROUPS.do, GROUPS.archive, GROUPS.check, GROUPS.act, GROUPS.settings].map((group) => group.es)

const groupRank = (collection: CollectionConfig): number => {
  const group = collection.admin?.group
  const label = group && typeof group === 'object' && 'es' in group ? String((group as { es: string }).es) : undefined
  const rank = label ? GROUP_ORDER.indexOf(label) : -1
  return rank === -1 ? GROUP_ORDER.length : rank
}

/**
 * The parts of every feature as one: collections ordered by sidebar group (Payload lists groups
 * in the order their first collection appears), in feature order within a group.
 */
export const combineParts = (parts: FeaturePart[]): Required<FeaturePart> => ({
  collections: parts
    .flatMap((part) => part.collections ?? [])
    .map((collection, index) => ({ collection, index }))
    .sort((a, b) => groupRank(a.collection) - groupRank(b.collection) || a.index - b.index)
    .map(({ collection }) => collection),
  globals: parts.flatMap((part) => part.globals ?? []),
  endpoints: parts.flatMap((part) => part.endpoints ?? []),
  tasks: parts.flatMap((part) => part.tasks ?? []),
})
