import type { Payload, TypedUser, Where } from 'payload'

import { hasRole } from '../../../../kernel/access/index.js'
import { tr, type MessageKey } from '../../../../kernel/i18n/index.js'
import { pendingSchedules } from '../../scheduling/schedules.js'
import {
  changesRequestedQueue,
  forcedToReviewQueue,
  publishRolesOf,
  recentlyPublishedQueue,
  requesterActionQueue,
  reviewQueue,
  toPublishQueue,
  triageQueue,
} from '../../queues.js'
import type { TrafficLight } from '../../trafficLight.js'
import { CONTENT_STAGE_LABELS, REQUEST_STATUS_LABELS, type ContentStage, type RequestStatus } from '../../states.js'
import { docHref, formatDateTime, formatDay, safely, TrafficBadge } from '../../../../kernel/components/shared.js'
import { IndicatorsBlock } from '../../../planning/components/IndicatorsBlock.js'
import type { CommunicationRequest, Content } from '../../../../kernel/generated/payload-types.js'
import { SLUGS } from '../../../../kernel/slugs.js'
import { pluginOptions } from '../../../../kernel/notifications/options.js'

type Props = { payload: Payload; user?: null | TypedUser; i18n?: { t?: unknown; language?: string } }

const LIMIT = 8

// `light` is the request's own `trafficLight` field (src/features/workflow/trafficLight.ts): the list, the
// calendar and this dashboard show the same light for the same request.
type Row = { id: number | string; title: string; href: string; meta?: string; light?: null | TrafficLight }

const Section = ({ id, title, rows, empty, light, lead }: { id: string; title: string; rows: null | Row[]; empty: string; light?: boolean; lead?: boolean }) => {
  if (rows === null) return null
  return (
    <section aria-labelledby={`pregonero-${id}`} className={`pregonero-card${lead ? ' pregonero-card--lead' : ''}`} data-queue={id}>
      <h2 className="pregonero-card__title" id={`pregonero-${id}`}>
        {title} <span className="pregonero-count">({rows.length})</span>
      </h2>
      {rows.length === 0 ? (
        <p className="pregonero-empty">{empty}</p>
      ) : (
        <ul className="pregonero-list">
          {rows.map((row) => (
            <li key={`${id}-${row.id}`}>
              <a href={row.href}>{row.title}</a>
              {row.meta ? <span className="pregonero-meta"> · {row.meta}</span> : null}
              {light && row.light ? (
                <>
                  {' '}
                  <TrafficBadge light={row.light} />
                </>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}


/**
 * Each role's home ("Mi trabajo"), shown before Payload's collection cards: the person's real next
 * actions first. The head (and whoever may publish) leads with what only they can do: new requests
 * to triage, approved contents waiting for publication, forced publications to review, overdue
 * work. Requesters see what waits for their answer; editors, designers and producers their
 * assigned work, the changes asked of them and (reviewers) the reviews that are not their own;
 * the community manager what was just published; the auditor the forced publications and the trail.
 * Every query runs with the signed-in user's access; a block the user may not read is left out.
 */
export async function Dashboard({ payload, user, i18n }: Props) {
  if (!user) return null
  const t = (key: MessageKey, vars?: Record<string, unknown>) => tr(i18n ?? null, key, vars)
  const lang = i18n?.language === 'en' ? 'en' : 'es'
  const requestLabel = (status?: null | string) => (status ? (REQUEST_STATUS_LABELS[status as RequestStatus]?.[lang] ?? status) : '')
  const stageLabel = (stage?: null | string) => (stage ? (CONTENT_STAGE_LABELS[stage as ContentStage]?.[lang] ?? stage) : '')
  const access = { overrideAccess: false as const, user, depth: 0 }
  const now = new Date().toISOString()
  const open: Where = { status: { not_in: pluginOptions(payload).planning.finishedRequestStatuses } }
  const reviewer = hasRole(user, 'admin', 'head', 'editor')
  const publisher = hasRole(user, ...publishRolesOf(payload))
  const triager = hasRole(user, 'admin', 'head')
  const producer = hasRole(user, 'admin', 'head', 'editor', 'designer', 'producer')
  const community = hasRole(user, 'community')
  const auditor = hasRole(user, 'auditor')
  const requester = hasRole(user, 'requester') && !hasRole(user, 'admin', 'head', 'editor', 'designer', 'producer', 'community')
  const office = !requester && !(auditor && !hasRole(user, 'admin', 'head', 'editor', 'designer', 'producer', 'community'))
  const skip = Promise.resolve(null)

  const toRequestRows = (docs: Array<{ id: number | string; title: string; status?: null | string; dueDate?: null | string; code?: null | string; trafficLight?: null | string }>): Row[] =>
    docs.map((doc) => ({
      id: doc.id,
      title: doc.code ? `${doc.code} — ${doc.title}` : doc.title,
      href: docHref(payload, 'communication-requests', doc.id),
      meta: `${requestLabel(doc.status)}${doc.dueDate ? ` · ${t('homeDue', { day: formatDay(doc.dueDate) })}` : ''}`,
      light: (doc.trafficLight as null | TrafficLight | undefined) ?? null,
    }))

  const [triage, toPublish, forced, assigned, mine, waiting, myContents, changes, reviews, overdue, published, alerts] = await Promise.all([
    triager ? safely(() => triageQueue(payload, user)) : skip,
    publisher ? safely(() => toPublishQueue(payload, user)) : skip,
    triager || publisher || auditor ? safely(() => forcedToReviewQueue(payload, user)) : skip,
    producer
      ? safely(() =>
          payload.find({ collection: SLUGS.communicationRequests, where: { and: [open, { assignees: { in: [user.id] } }] }, sort: 'dueDate', limit: LIMIT, ...access }),
        )
      : skip,
    requester
      ? safely(() => payload.find({ collection: SLUGS.communicationRequests, where: { requestedBy: { equals: user.id } }, sort: '-createdAt', limit: LIMIT, ...access }))
      : skip,
    requester ? safely(() => requesterActionQueue(payload, user)) : skip,
    producer || community
      ? safely(() =>
          payload.find({
            collection: SLUGS.contents,
            where: {
              and: [
                { stage: { in: ['draft', 'in-review', 'approved'] } },
                { or: [{ createdBy: { equals: user.id } }, { 'request.assignees': { in: [user.id] } }] },
              ],
            },
            sort: '-updatedAt',
            limit: LIMIT,
            draft: true,
            ...access,
            depth: 1,
          }),
        )
      : skip,
    producer || community ? safely(() => changesRequestedQueue(payload, user)) : skip,
    reviewer ? safely(() => reviewQueue(payload, user)) : skip,
    requester
      ? skip
      : safely(() =>
          payload.find({ collection: SLUGS.communicationRequests, where: { and: [open, { dueDate: { less_than: now } }] }, sort: 'dueDate', limit: LIMIT, ...access }),
        ),
    community ? safely(() => recentlyPublishedQueue(payload, user, { now })) : skip,
    office ? safely(() => payload.find({ collection: SLUGS.alerts, where: { status: { equals: 'open' } }, sort: '-createdAt', limit: LIMIT, ...access })) : skip,
  ])

  // The office's upcoming scheduled publications (jobs read by the system, contents with the user's access)
  let upcoming: null | Row[] = null
  if (office) {
    const schedules = (await safely(() => pendingSchedules(payload, [{ waitUntil: { greater_than_equal: now } }]))) ?? []
    const ids = [...new Set(schedules.map((row) => row.contentId))]
    const readable = ids.length
      ? await safely(() => payload.find({ collection: SLUGS.contents, where: { id: { in: ids } }, limit: ids.length, draft: true, ...access }))
      : { docs: [] as Array<{ id: number | string; title: string }> }
    if (readable) {
      const titles = new Map(readable.docs.map((doc) => [String(doc.id), doc.title]))
      upcoming = schedules
        .filter((row) => titles.has(row.contentId))
        .slice(0, LIMIT)
        .map((row) => ({
          id: `${row.jobId}`,
          title: titles.get(row.contentId) ?? '',
          href: docHref(payload, 'contents', row.contentId),
          meta: t(row.action === 'unpublish' ? 'homeUnpublishAt' : 'homePublishAt', { at: formatDateTime(row.waitUntil) }),
        }))
    }
  }

  const contentRow = (doc: { id: number | string; title: string; stage?: null | string; request?: unknown }): Row => {
    const request = doc.request && typeof doc.request === 'object' ? (doc.request as { trafficLight?: null | TrafficLight }) : null
    return {
      id: doc.id,
      title: doc.title,
      href: docHref(payload, 'contents', doc.id),
      meta: stageLabel(doc.stage),
      light: request?.trafficLight ?? null,
    }
  }

  // Forced publications: the trail row names the content by collection and id.
  const forcedRows = forced
    ? (forced.docs as Array<{ id: number | string; collection?: string; document?: string; at?: string; comment?: null | string }>).map((event) => ({
        id: event.id,
        title: event.comment ? `${event.document ? `#${event.document} — ` : ''}${event.comment}` : `#${event.document ?? event.id}`,
        href: docHref(payload, 'workflow-events', event.id),
        meta: t('homeForcedMeta', { at: formatDateTime(event.at) }),
      }))
    : null

  const waitingRows = waiting
    ? (waiting.docs as CommunicationRequest[]).map((doc) => ({
        ...toRequestRows([doc])[0]!,
        meta: doc.status === 'needs-info' ? t('homeNeedsInfo') : t('homeToRate'),
      }))
    : null

  const severity = (value?: string) => t(value === 'critical' ? 'homeSeverityCritical' : value === 'info' ? 'homeSeverityInfo' : 'homeSeverityWarning')
  const calendarHref = `${payload.config.routes.admin}/calendario`
  const trailHref = `${payload.config.routes.admin}/collections/workflow-events`
  const lead = triage !== null || toPublish !== null

  return (
    <div className="pregonero-dashboard">
      <div className="pregonero-dashboard__head">
        <h1 className="pregonero-dashboard__title">{t('homeTitle')}</h1>
        {office ? (
          <a className="pregonero-button" href={calendarHref}>
            {t('homeCalendar')}
          </a>
        ) : null}
        {auditor ? (
          <a className="pregonero-button" href={trailHref}>
            {t('homeTrail')}
          </a>
        ) : null}
      </div>
      {lead ? (
        <div aria-label={t('homeLeadHead')} className="pregonero-grid pregonero-grid--lead" role="region">
          <Section empty={t('homeTriageEmpty')} id="triage" lead light rows={triage ? toRequestRows(triage.docs as CommunicationRequest[]) : null} title={t('homeTriage')} />
          <Section empty={t('homeToPublishEmpty')} id="to-publish" lead rows={toPublish ? (toPublish.docs as Content[]).map(contentRow) : null} title={t('homeToPublish')} />
          <Section empty={t('homeForcedEmpty')} id="forced" lead rows={forcedRows} title={t('homeForced')} />
          <Section empty={t('homeOverdueEmpty')} id="overdue" lead light rows={overdue ? toRequestRows(overdue.docs as CommunicationRequest[]) : null} title={t('homeOverdue')} />
        </div>
      ) : null}
      <div className="pregonero-grid">
        <Section empty={t('homeRequesterActionsEmpty')} id="waiting" light rows={waitingRows} title={t('homeRequesterActions')} />
        <Section empty={t('homeMineEmpty')} id="mine" light rows={mine ? toRequestRows(mine.docs as CommunicationRequest[]) : null} title={t('homeMine')} />
        <Section empty={t('homeChangesEmpty')} id="changes" rows={changes ? (changes.docs as Content[]).map(contentRow) : null} title={t('homeChanges')} />
        <Section
          empty={t('homeReviewsEmpty')}
          id="reviews"
          rows={
            reviews
              ? reviews.map((doc) => {
                  const claim = (doc as { reviewClaim?: { claimedBy?: unknown } }).reviewClaim
                  return { id: doc.id, title: doc.title, href: docHref(payload, 'contents', doc.id), meta: claim?.claimedBy ? t('homeClaimedByMe') : t('homeUnclaimed') }
                })
              : null
          }
          title={t('homeReviews')}
        />
        <Section empty={t('homeAssignedEmpty')} id="assigned" light rows={assigned ? toRequestRows(assigned.docs as CommunicationRequest[]) : null} title={t('homeAssigned')} />
        <Section empty={t('homeContentsEmpty')} id="contents" light rows={myContents ? (myContents.docs as Content[]).map(contentRow) : null} title={t('homeContents')} />
        <Section empty={t('homePublishedEmpty')} id="published" rows={published ? (published.docs as Content[]).map(contentRow) : null} title={t('homePublished')} />
        {!lead ? <Section empty={t('homeOverdueEmpty')} id="overdue" light rows={overdue ? toRequestRows(overdue.docs as CommunicationRequest[]) : null} title={t('homeOverdue')} /> : null}
        {!lead && auditor ? <Section empty={t('homeForcedEmpty')} id="forced" rows={forcedRows} title={t('homeForced')} /> : null}
        <Section
          empty={t('homeAlertsEmpty')}
          id="alerts"
          rows={
            alerts
              ? alerts.docs.map((doc) => ({
                  id: doc.id,
                  title: (doc as { message?: string }).message ?? String(doc.id),
                  href: docHref(payload, 'alerts', doc.id),
                  meta: severity((doc as { severity?: string }).severity),
                }))
              : null
          }
          title={t('homeAlerts')}
        />
        <Section empty={t('homeUpcomingEmpty')} id="upcoming" rows={upcoming} title={t('homeUpcoming')} />
        {office ? <IndicatorsBlock payload={payload} user={user} /> : null}
      </div>
    </div>
  )
}

export default Dashboard
