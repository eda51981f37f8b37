import type { Payload, PayloadRequest, TypedUser, Where } from 'payload'

import { pendingSchedules, SCHEDULE_FAILED_ALERT } from '../scheduling/schedules.js'
import { idOf } from '../../../kernel/ids.js'
import { SLUGS } from '../../../kernel/slugs.js'
import { pluginOptions } from '../../../kernel/notifications/options.js'

/** What the editorial calendar shows on a day. */
export type CalendarItem = {
  /** `scheduled` publication (a scheduled-publication job), request `due` date, or `event` coverage. */
  kind: 'due' | 'event' | 'scheduled'
  at: string
  title: string
  collection: 'communication-requests' | 'contents'
  id: number | string
  /** The scheduled-publication job (scheduled items only): what the cancel endpoint takes. */
  jobId?: number | string
  /** A scheduled publication that was not made at its time (its alert is still open). */
  failed?: boolean
  /** publish or unpublish (scheduled items only). */
  action?: 'publish' | 'unpublish'
  status?: string
  dueDate?: null | string
  /** The request's traffic light (its `trafficLight` field: the one computation, src/features/workflow/trafficLight.ts). */
  light?: null | string
}

export type BacklogItem = { collection: 'communication-requests' | 'contents'; id: number | string; title: string; status?: string; dueDate?: null | string; light?: null | string }

const lightOf = (doc: unknown): null | string => ((doc as { trafficLight?: null | string }).trafficLight ?? null)

export type CalendarFilters = {
  from: Date
  to: Date
  department?: null | number | string
  channel?: null | string
  person?: null | number | string
}

export type CalendarData = { items: CalendarItem[]; backlog: { contents: BacklogItem[]; requests: BacklogItem[] } }

type Id = number | string

/** Request statuses that no longer have a deadline to meet. */
const LIMIT = 500

/** A find the user may not make at all (403) counts as "nothing visible". */
const orNothing = async <T extends { docs: unknown[] }>(run: () => Promise<T>): Promise<T> => {
  try {
    return await run()
  } catch (error) {
    // 403: the collection is not theirs; QueryError: a field they may not read (a requester and
    // the office's due dates) — either way nothing of it is theirs to see.
    if ((error as { status?: number }).status === 403 || (error as Error).name === 'QueryError') return { docs: [] } as unknown as T
    throw error
  }
}

/**
 * The editorial calendar between `from` (included) and `to` (excluded): scheduled publications,
 * request due dates and event coverages, plus the unscheduled backlog (approved contents with no
 * pending schedule; accepted requests without any content). Everything the user sees is read with
 * the user's own access (`overrideAccess: false`); only the jobs table is read by the system, and
 * a job shows only when the user may read its content.
 */
export const getCalendarData = async (
  payload: Payload,
  user: null | TypedUser | undefined,
  filters: CalendarFilters,
  req?: Partial<PayloadRequest>,
): Promise<CalendarData> => {
  const access = { overrideAccess: false as const, user: user ?? undefined, req, depth: 0 }
  const from = filters.from.toISOString()
  const to = filters.to.toISOString()

  const contentFilters: Where[] = []
  const requestFilters: Where[] = []
  if (filters.department) {
    contentFilters.push({ departments: { in: [filters.department] } })
    requestFilters.push({ department: { equals: filters.department } })
  }
  if (filters.channel) {
    contentFilters.push({ channels: { in: [filters.channel] } })
    requestFilters.push({ 'products.channels': { in: [filters.channel] } })
  }
  if (filters.person) {
    contentFilters.push({ 'request.assignees': { in: [filters.person] } })
    requestFilters.push({ assignees: { in: [filters.person] } })
  }

  const items: CalendarItem[] = []

  // Scheduled publications
  const schedules = await pendingSchedules(payload, [{ waitUntil: { greater_than_equal: from } }, { waitUntil: { less_than: to } }], req)
  if (schedules.length > 0) {
    const ids = [...new Set(schedules.map((row) => row.contentId))]
    const contents = await orNothing(() =>
      payload.find({
        collection: SLUGS.contents,
        where: { and: [{ id: { in: ids } }, ...contentFilters] },
        limit: ids.length,
        draft: true,
        ...access,
      }),
    )
    const byId = new Map(contents.docs.map((doc) => [String(doc.id), doc]))
    for (const row of schedules) {
      const doc = byId.get(row.contentId)
      if (!doc || !row.waitUntil) continue
      items.push({
        kind: 'scheduled',
        at: row.waitUntil,
        title: doc.title,
        collection: SLUGS.contents,
        id: doc.id,
        jobId: row.jobId,
        action: row.action,
        status: (doc as { stage?: string }).stage,
      })
    }
  }

  // Scheduled publications that failed at their time: shown until their alert is resolved
  // (the head publishes the piece, or resolves the alert). Read with the user's access to alerts.
  const failures = await orNothing(() =>
    payload.find({
      collection: SLUGS.alerts,
      where: { and: [{ kind: { equals: SCHEDULE_FAILED_ALERT } }, { status: { not_equals: 'resolved' } }] },
      pagination: false,
      ...access,
    }),
  )
  for (const alert of failures.docs as Array<{ subject?: { documentId?: null | string; title?: null | string }; details?: { at?: string; action?: string; jobId?: string } | null }>) {
    const at = alert.details?.at
    if (!at || at < from || at >= to || !alert.subject?.documentId) continue
    items.push({
      kind: 'scheduled',
      failed: true,
      at,
      title: alert.subject.title ?? '',
      collection: SLUGS.contents,
      id: alert.subject.documentId,
      action: alert.details?.action === 'unpublish' ? 'unpublish' : 'publish',
    })
  }

  // Request due dates and event coverages
  const open: Where = { status: { not_in: pluginOptions(payload).planning.finishedRequestStatuses } }
  const [due, events] = await Promise.all([
    orNothing(() => payload.find({
      collection: SLUGS.communicationRequests,
      where: { and: [open, { dueDate: { greater_than_equal: from } }, { dueDate: { less_than: to } }, ...requestFilters] },
      limit: LIMIT,
      sort: 'dueDate',
      ...access,
    })),
    orNothing(() => payload.find({
      collection: SLUGS.communicationRequests,
      where: {
        and: [
          { status: { not_in: ['cancelled', 'rejected'] } },
          { 'event.date': { greater_than_equal: from } },
          { 'event.date': { less_than: to } },
          ...requestFilters,
        ],
      },
      limit: LIMIT,
      sort: 'event.date',
      ...access,
    })),
  ])
  for (const doc of due.docs) {
    items.push({ kind: 'due', at: doc.dueDate as string, title: doc.title, collection: SLUGS.communicationRequests, id: doc.id, status: doc.status, dueDate: doc.dueDate, light: lightOf(doc) })
  }
  for (const doc of events.docs) {
    const at = (doc as { event?: { date?: null | string } }).event?.date
    if (at) items.push({ kind: 'event', at, title: doc.title, collection: SLUGS.communicationRequests, id: doc.id, status: doc.status, dueDate: doc.dueDate, light: lightOf(doc) })
  }
  items.sort((a, b) => a.at.localeCompare(b.at))

  // Backlog: approved contents with no pending schedule
  const scheduledIds = new Set((await pendingSchedules(payload, [], req)).map((row) => row.contentId))
  const approved = await orNothing(() =>
    payload.find({
      collection: SLUGS.contents,
      where: { and: [{ stage: { equals: 'approved' } }, ...contentFilters] },
      limit: LIMIT,
      sort: 'updatedAt',
      draft: true,
      ...access,
    }),
  )
  const contents: BacklogItem[] = approved.docs
    .filter((doc) => !scheduledIds.has(String(doc.id)))
    .map((doc) => ({ collection: SLUGS.contents, id: doc.id, title: doc.title, status: (doc as { stage?: string }).stage }))

  // Backlog: accepted requests that no content answers yet
  const accepted = await orNothing(() =>
    payload.find({
      collection: SLUGS.communicationRequests,
      where: { and: [{ status: { equals: 'accepted' } }, ...requestFilters] },
      limit: LIMIT,
      sort: 'dueDate',
      ...access,
    }),
  )
  let answered = new Set<string>()
  if (accepted.docs.length > 0) {
    const linked = await payload.find({
      collection: SLUGS.contents,
      where: { request: { in: accepted.docs.map((doc) => doc.id) } },
      limit: 0,
      depth: 0,
      draft: true,
      overrideAccess: true,
      req,
      select: { request: true },
    })
    answered = new Set(linked.docs.map((doc) => String(idOf((doc as { request?: unknown }).request))))
  }
  const requests: BacklogItem[] = accepted.docs
    .filter((doc) => !answered.has(String(doc.id)))
    .map((doc) => ({ collection: SLUGS.communicationRequests, id: doc.id, title: doc.title, status: doc.status, dueDate: doc.dueDate, light: lightOf(doc) }))

  return { items, backlog: { contents, requests } }
}

/** Bogotá (UTC-5, no DST) calendar helpers for the grids. */
export const BOGOTA_OFFSET_MS = 5 * 60 * 60 * 1000

/** The Bogotá day (YYYY-MM-DD) of an instant. */
export const bogotaDay = (at: Date | string): string => new Date(new Date(at).getTime() - BOGOTA_OFFSET_MS).toISOString().slice(0, 10)

/** The instant at which a Bogotá day starts. */
export const bogotaMidnight = (day: string): Date => new Date(`${day}T00:00:00-05:00`)

/** The range a month or week view covers: month = 1st..1st of next month; week = Monday..Monday. */
export const calendarRange = (view: 'month' | 'week', day: string): { from: Date; to: Date; days: string[] } => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  let start: Date
  let end: Date
  if (view === 'month') {
    start = new Date(Date.UTC(y, m - 1, 1))
    end = new Date(Date.UTC(y, m, 1))
  } else {
    const date = new Date(Date.UTC(y, m - 1, d))
    const weekday = (date.getUTCDay() + 6) % 7 // Monday = 0
    start = new Date(date.getTime() - weekday * 86_400_000)
    end = new Date(start.getTime() + 7 * 86_400_000)
  }
  const days: string[] = []
  for (let t = start.getTime(); t < end.getTime(); t += 86_400_000) days.push(new Date(t).toISOString().slice(0, 10))
  return { from: bogotaMidnight(days[0]!), to: bogotaMidnight(new Date(end).toISOString().slice(0, 10)), days }
}
