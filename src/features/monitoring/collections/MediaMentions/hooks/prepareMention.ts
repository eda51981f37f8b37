import type { CollectionBeforeChangeHook } from 'payload'

import type { ResolvedOptions } from '../../../../../types.js'

import { invalidField } from '../../../../../kernel/errors.js'
import { tr } from '../../../../../kernel/i18n/index.js'
import { normalizeDayValue, storedToDay } from '../../../days.js'
import { idOf } from '../../../../../kernel/ids.js'
import { mentionKey } from '../../../keys.js'
import { SLUGS } from '../../../../../kernel/slugs.js'

/**
 * Before a mention is saved: its date becomes a calendar day, its duplicate key is computed
 * (same outlet, day and URL — or headline — is the same mention), a duplicate is refused
 * naming the field, the reach falls back to the outlet's estimate, and `source` says how it came.
 * The CSV importer sets `context.monitoringImport` (it has checked duplicates in bulk already).
 */
export const prepareMention =
  (options: ResolvedOptions): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, operation, req, context }) => {
    const tz = options.monitoring.timeZone
    const merged = { ...(originalDoc ?? {}), ...data }
    const stored = normalizeDayValue(merged.date, tz)
    if (!stored) {
      throw invalidField('media-mentions', 'date', tr(req, 'mentionDateInvalid'), req)
    }
    data.date = stored
    const day = storedToDay(stored, tz)
    const key = mentionKey({ outlet: merged.outlet, day, url: merged.url, headline: merged.headline })
    data.dedupeKey = key

    const fromImport = context?.monitoringImport === true
    if (operation === 'create') data.source = fromImport ? 'import' : 'manual'
    if (!fromImport && data.reach !== null && data.reach !== undefined) data.reachEstimated = false
    if (!fromImport) {
      const { docs } = await req.payload.find({
        collection: SLUGS.mediaMentions,
        where: {
          and: [{ dedupeKey: { equals: key } }, ...(originalDoc?.id !== undefined ? [{ id: { not_equals: originalDoc.id } }] : [])],
        },
        limit: 1,
        depth: 0,
        select: { id: true } as never,
        req,
        overrideAccess: true,
      })
      if (docs.length > 0) {
        throw invalidField(
          'media-mentions',
          merged.url ? 'url' : 'headline',
          tr(req, merged.url ? 'mentionDuplicateUrl' : 'mentionDuplicateHeadline', { id: String((docs[0] as { id: unknown }).id) }),
          req,
        )
      }
      if ((merged.reach === null || merged.reach === undefined) && merged.outlet) {
        const outlet = (await req.payload.findByID({
          collection: SLUGS.mediaOutlets,
          id: idOf(merged.outlet)!,
          depth: 0,
          req,
          overrideAccess: true,
          disableErrors: true,
        })) as null | { estimatedReach?: null | number }
        if (typeof outlet?.estimatedReach === 'number') {
          data.reach = outlet.estimatedReach
          data.reachEstimated = true
        }
      }
    }
    return data
  }
