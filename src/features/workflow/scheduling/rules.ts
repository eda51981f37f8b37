import type { PayloadRequest } from 'payload'

import type { ResolvedOptions } from '../../../types.js'
import type { GuardContext } from '../../../kernel/machine/types.js'

import { tr } from '../../../kernel/i18n/index.js'
import { formatWallClock, zonedInstant } from '../../../kernel/time/zonedTime.js'
import { canTransition } from '../../../kernel/machine/canTransition.js'
import { contentMachine } from '../machines/contents.js'
import { CONTENT_STAGE_LABELS, type ContentStage } from '../states.js'

export type ScheduleAction = 'publish' | 'unpublish'

/** The transition each scheduled action makes when its time comes. */
export const SCHEDULED_TRANSITION: Record<ScheduleAction, { from: ContentStage; to: ContentStage }> = {
  publish: { from: 'approved', to: 'published' },
  unpublish: { from: 'published', to: 'unpublished' },
}

export type Refusal = { status: 400 | 403; path: 'at' | 'stage'; message: string }

const stageLabel = (req: null | PayloadRequest, stage: string): string => {
  const labels = CONTENT_STAGE_LABELS[stage as ContentStage]
  if (!labels) return stage
  return req?.i18n?.language === 'en' ? labels.en : labels.es
}

const actionLabel = (req: null | PayloadRequest, action: ScheduleAction) =>
  tr(req, action === 'publish' ? 'scheduleActionPublish' : 'scheduleActionUnpublish')

/**
 * Whether `user` may have `action` done on `content` by a scheduled job: the same rule as doing it
 * now (the content machine's table), checked when the schedule is made and again when it runs.
 */
export const scheduleRefusal = (
  req: null | PayloadRequest,
  options: ResolvedOptions,
  user: GuardContext['user'],
  content: Record<string, unknown>,
  action: ScheduleAction,
): null | Refusal => {
  const { from, to } = SCHEDULED_TRANSITION[action]
  const stage = String(content.stage ?? 'draft')
  if (stage !== from) {
    return {
      status: 400,
      path: 'stage',
      message: tr(req, 'scheduleNeedsStage', { action: actionLabel(req, action), required: stageLabel(req, from), stage: stageLabel(req, stage) }),
    }
  }
  const machine = contentMachine(options)
  const result = canTransition({ machine, from, to, user, doc: content })
  if (result.ok && !result.forced) return null
  const roles = [...new Set(machine.table.filter((rule) => rule.from.includes(from) && rule.to === to && !rule.force).flatMap((rule) => rule.roles))]
  return { status: 403, path: 'stage', message: tr(req, 'scheduleRoleRefused', { action: actionLabel(req, action), roles: roles.join(', ') || '—' }) }
}

const LOCAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/
const ZONED = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/
const YEAR_MS = 366 * 24 * 60 * 60 * 1000

/**
 * The instant of a schedule: `YYYY-MM-DDTHH:mm` is the office's wall clock (what the admin's
 * picker shows, day first); an ISO string with a zone is taken as it is. Refuses what is not a
 * date, what has passed and what is more than a year ahead.
 */
export const scheduleInstant = (
  req: null | PayloadRequest,
  raw: unknown,
  timeZone: string,
  now = new Date(),
): { at: Date } | { refusal: Refusal } => {
  const text = typeof raw === 'string' ? raw.trim() : ''
  const at = LOCAL.test(text) ? zonedInstant(text, timeZone) : ZONED.test(text) ? new Date(text) : null
  if (!at || Number.isNaN(at.getTime())) return { refusal: { status: 400, path: 'at', message: tr(req, 'scheduleDateInvalid') } }
  // A wall time that does not exist (31/02) comes back as another day: refuse it.
  if (LOCAL.test(text) && formatWallClock(at, timeZone).slice(0, 10) !== text.slice(8, 10) + '/' + text.slice(5, 7) + '/' + text.slice(0, 4)) {
    return { refusal: { status: 400, path: 'at', message: tr(req, 'scheduleDateInvalid') } }
  }
  if (at.getTime() <= now.getTime()) {
    return { refusal: { status: 400, path: 'at', message: tr(req, 'scheduleDateInPast', { at: formatWallClock(at, timeZone) }) } }
  }
  if (at.getTime() - now.getTime() > YEAR_MS) return { refusal: { status: 400, path: 'at', message: tr(req, 'scheduleDateTooFar') } }
  return { at }
}
