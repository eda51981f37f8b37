import type { Endpoint, PayloadRequest } from 'payload'

import type { ResolvedOptions } from '../../../types.js'

import { tr } from '../../../kernel/i18n/index.js'
import { fieldRefusal } from '../../../kernel/errors.js'
import { formatWallClock } from '../../../kernel/time/zonedTime.js'
import { actingUser } from '../../../kernel/machine/authorizeTransition.js'
import { cancelSchedule } from './cancelSchedule.js'
import { type ScheduleAction, scheduleRefusal } from './rules.js'
import { schedulePublication } from './schedulePublication.js'
import { pendingSchedulesOf } from './schedules.js'
import { SLUGS } from '../../../kernel/slugs.js'

type Failure = { status?: number; message?: string; data?: { errors?: unknown[] } }

/** A Payload error (4xx) as the JSON every API answers; anything else is rethrown (500). */
const answerError = (error: unknown): Response => {
  const failure = error as Failure
  if (typeof failure?.status !== 'number' || failure.status >= 500) throw error
  return Response.json({ errors: failure.data?.errors ?? [{ message: failure.message }] }, { status: failure.status })
}

const idParam = (req: PayloadRequest) => String(req.routeParams?.id ?? '')

const ACTIONS: ScheduleAction[] = ['publish', 'unpublish']

/**
 * The scheduler of the contents' workflow panel:
 * - `GET /api/contents/:id/schedule`: pending scheduled publications (with the office's wall clock),
 *   which actions the user may schedule now, and the office's time zone;
 * - `POST /api/contents/:id/schedule` `{ at, action }`: schedules (`at`: `YYYY-MM-DDTHH:mm` on the
 *   office's clock, or ISO with a zone); 201, or the 4xx naming the field and the rule;
 * - `POST /api/contents/:id/schedule/:jobId/cancel`.
 */
export const scheduleEndpoints = (options: ResolvedOptions): Endpoint[] => [
  {
    path: '/:id/schedule',
    method: 'get',
    handler: async (req) => {
      const user = actingUser(req)
      if (!user) return Response.json({ errors: [{ message: tr(req, 'unauthorized') }] }, { status: 401 })
      try {
        const content = (await req.payload.findByID({ collection: SLUGS.contents, id: idParam(req), depth: 0, draft: true, overrideAccess: false, user, req })) as unknown as Record<string, unknown>
        const pending = await pendingSchedulesOf(req.payload, content.id as string, req)
        return Response.json({
          timeZone: options.timeZone,
          allowed: ACTIONS.filter((action) => !scheduleRefusal(req, options, user, content, action)),
          pending: pending.map((row) => ({ ...row, at: formatWallClock(new Date(row.waitUntil), options.timeZone) })),
        })
      } catch (error) {
        return answerError(error)
      }
    },
  },
  {
    path: '/:id/schedule',
    method: 'post',
    handler: async (req) => {
      const body = (await req.json?.().catch(() => null)) as null | { at?: unknown; action?: unknown }
      const action = (body?.action ?? 'publish') as ScheduleAction
      if (!ACTIONS.includes(action)) {
        return fieldRefusal(req, 'action', tr(req, 'scheduleActionInvalid'))
      }
      try {
        const scheduled = await schedulePublication(req, options, { id: idParam(req), at: body?.at, action })
        return Response.json({ ...scheduled, at: formatWallClock(new Date(scheduled.waitUntil), options.timeZone), timeZone: options.timeZone }, { status: 201 })
      } catch (error) {
        return answerError(error)
      }
    },
  },
  {
    path: '/:id/schedule/:jobId/cancel',
    method: 'post',
    handler: async (req) => {
      try {
        return Response.json(await cancelSchedule(req, options, String(req.routeParams?.jobId ?? ''), idParam(req)))
      } catch (error) {
        return answerError(error)
      }
    },
  },
]
