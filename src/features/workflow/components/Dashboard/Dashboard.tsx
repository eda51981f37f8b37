import type { Payload, TypedUser, Where } from 'payload'

import { hasRole } from '../../../../kernel/access/index.js'
import { pendingSchedules } from '../../scheduling/schedules.js'
import type { TrafficLight } from '../../trafficLight.js'
import { CONTENT_STAGE_LABELS, REQUEST_STATUS_LABELS, type ContentStage, type RequestStatus } from '../../states.js'
import { docHref, formatDateTime, formatDay, safely, TrafficBadge } from '../../../../kernel/components/shared.js'
import { IndicatorsBlock } from '../../../planning/components/IndicatorsBlock.js'
import type { CommunicationRequest, Content } from '../../../../kernel/generated/payload-types.js'

type Props = { payload: Payload; user?: null | TypedUser }

const FINISHED = ['delivered', 'closed', 'cancelled', 'rejected']
const LIMIT = 8

// `light` is the request's own `trafficLight` field (src/features/workflow/trafficLight.ts): the list, the
// calendar and this dashboard show the same light for the same request.
type Row = { id: number | string; title: string; href: string; meta?: string; light?: null | TrafficLight }

const Section = ({ id, title, rows, empty, light }: { id: string; title: string; rows: null | Row[]; empty: string; light?: boolean }) => {
  if (rows === null) return null
  return (
    <section aria-labelledby={`pregonero-${id}`} className="pregonero-card">
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

const requestLabel = (status?: null | string) => (status ? (REQUEST_STATUS_LABELS[status as RequestStatus]?.es ?? status) : '')
const stageLabel = (stage?: null | string) => (stage ? (CONTENT_STAGE_LABELS[stage as ContentStage]?.es ?? stage) : '')

/**
 * The editor's dashboard block ("Mi trabajo"), shown before Payload's collection cards. Every query
 * runs with the signed-in user's access; a block the user may not read is left out.
 */
export async function Dashboard({ payload, user }: Props) {
  if (!user) return null
  const access = { overrideAccess: false as const, user, depth: 0 }
  const now = new Date().toISOString()
  const open: Where = { status: { not_in: FINISHED } }
  const reviewer = hasRole(user, 'admin', 'head', 'editor')
  const requester = hasRole(user, 'requester') && !hasRole(user, 'admin', 'head', 'editor', 'designer', 'producer', 'community')

  const toRequestRows = (docs: Array<{ id: number | string; title: string; status?: null | string; dueDate?: null | string; code?: null | string; trafficLight?: null | string }>): Row[] =>
    docs.map((doc) => ({
      id: doc.id,
      title: doc.code ? `${doc.code} — ${doc.title}` : doc.title,
      href: docHref(payload, 'communication-requests', doc.id),
      meta: `${requestLabel(doc.status)}${doc.dueDate ? ` · vence ${formatDay(doc.dueDate)}` : ''}`,
      light: (doc.trafficLight as null | TrafficLight | undefined) ?? null,
    }))

  const [assigned, mine, myContents, reviews, overdue, alerts] = await Promise.all([
    requester
      ? Promise.resolve(null)
      : safely(() =>
          payload.find({ collection: 'communication-requests', where: { and: [open, { assignees: { in: [user.id] } }] }, sort: 'dueDate', limit: LIMIT, ...access }),
        ),
    requester
      ? safely(() => payload.find({ collection: 'communication-requests', where: { requestedBy: { equals: user.id } }, sort: '-createdAt', limit: LIMIT, ...access }))
      : Promise.resolve(null),
    requester
      ? Promise.resolve(null)
      : safely(() =>
          payload.find({
            collection: 'contents',
            where: { and: [{ stage: { not_in: ['published', 'unpublished'] } }, { 'request.assignees': { in: [user.id] } }] },
            sort: '-updatedAt',
            limit: LIMIT,
            draft: true,
            ...access,
            depth: 1,
          }),
        ),
    reviewer
      ? safely(() =>
          payload.find({
            collection: 'contents',
            where: {
              and: [
                { stage: { equals: 'in-review' } },
                { or: [{ 'reviewClaim.claimedBy': { exists: false } }, { 'reviewClaim.claimedBy': { equals: user.id } }] },
              ],
            },
            sort: 'updatedAt',
            limit: LIMIT,
            draft: true,
            ...access,
          }),
        )
      : Promise.resolve(null),
    safely(() =>
      payload.find({ collection: 'communication-requests', where: { and: [open, { dueDate: { less_than: now } }] }, sort: 'dueDate', limit: LIMIT, ...access }),
    ),
    requester
      ? Promise.resolve(null)
      : safely(() => payload.find({ collection: 'alerts', where: { status: { equals: 'open' } }, sort: '-createdAt', limit: LIMIT, ...access })),
  ])

  // The office's upcoming scheduled publications (jobs read by the system, contents with the user's access)
  let upcoming: null | Row[] = null
  if (!requester) {
    const schedules = (await safely(() => pendingSchedules(payload, [{ waitUntil: { greater_than_equal: now } }]))) ?? []
    const ids = [...new Set(schedules.map((row) => row.contentId))]
    const readable = ids.length
      ? await safely(() => payload.find({ collection: 'contents', where: { id: { in: ids } }, limit: ids.length, draft: true, ...access }))
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
          meta: `${row.action === 'unpublish' ? 'despublicar' : 'publicar'} el ${formatDateTime(row.waitUntil)}`,
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

  const calendarHref = `${payload.config.routes.admin}/calendario`

  return (
    <div className="pregonero-dashboard">
      <div className="pregonero-dashboard__head">
        <h1 className="pregonero-dashboard__title">Mi trabajo</h1>
        {!requester ? (
          <a className="pregonero-button" href={calendarHref}>
            Abrir el calendario editorial
          </a>
        ) : null}
      </div>
      <div className="pregonero-grid">
        <Section empty="No tiene solicitudes asignadas." id="assigned" light rows={assigned ? toRequestRows(assigned.docs as CommunicationRequest[]) : null} title="Solicitudes asignadas a mí" />
        <Section empty="No ha radicado solicitudes." id="mine" light rows={mine ? toRequestRows(mine.docs as CommunicationRequest[]) : null} title="Mis solicitudes" />
        <Section empty="No tiene contenidos en curso." id="contents" light rows={myContents ? (myContents.docs as Content[]).map(contentRow) : null} title="Mis contenidos" />
        <Section
          empty="No hay revisiones pendientes."
          id="reviews"
          rows={
            reviews
              ? reviews.docs.map((doc) => {
                  const claim = (doc as { reviewClaim?: { claimedBy?: unknown; claimedByName?: null | string } }).reviewClaim
                  return { id: doc.id, title: doc.title, href: docHref(payload, 'contents', doc.id), meta: claim?.claimedBy ? 'tomada por mí' : 'sin tomar' }
                })
              : null
          }
          title="Revisiones que me esperan"
        />
        <Section empty="Nada vencido." id="overdue" light rows={overdue ? toRequestRows(overdue.docs as CommunicationRequest[]) : null} title="Vencidas" />
        <Section
          empty="No hay alertas abiertas."
          id="alerts"
          rows={
            alerts
              ? alerts.docs.map((doc) => ({
                  id: doc.id,
                  title: (doc as { message?: string }).message ?? String(doc.id),
                  href: docHref(payload, 'alerts', doc.id),
                  meta: (doc as { severity?: string }).severity === 'critical' ? 'crítica' : (doc as { severity?: string }).severity === 'info' ? 'informativa' : 'advertencia',
                }))
              : null
          }
          title="Alertas abiertas"
        />
        <Section empty="No hay publicaciones programadas." id="upcoming" rows={upcoming} title="Próximas publicaciones programadas" />
        {!requester ? <IndicatorsBlock payload={payload} user={user} /> : null}
      </div>
    </div>
  )
}

export default Dashboard
