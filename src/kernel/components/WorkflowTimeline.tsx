'use client'

import { useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import type { MessageKey } from '../i18n/index.js'

import { stateLabel, stateLabelsOf } from '../admin/stateLabels.js'
import { officeDateText } from '../time/officeDates.js'

type Event = {
  id: number | string
  kind?: string
  from?: null | string
  to: string
  at: string
  comment?: null | string
  forced?: boolean
  reviewedAt?: null | string
  details?: null | Record<string, unknown>
  actor?: null | number | string | { id: number | string; name?: string; email?: string }
  /** The actor's name when the row was written (readers who may not read the account still see it). */
  actorName?: null | string
}

/** Why the system moved a document (`details.cause` of its automatic transitions; `details` fill the message). */
const CAUSES: Record<string, MessageKey> = {
  'deliverable-exists': 'followsWorkProduction',
  'deliverable-in-review': 'followsWorkReview',
  'review-ended': 'followsWorkBackToProduction',
  evidence: 'followsEvidence',
  delivered: 'followsDelivered',
}

/**
 * The document's audit trail (workflow-events), oldest first, in the reader's language, for every
 * collection with a machine (collections/machineFields.ts) and any other the trail records: each row
 * names its kind (transition, comment, republication, check override, waiver, …), who and when;
 * flagged rows (forced or changed after approval) say so until reviewed. Shown to whoever may read
 * the trail (head, admin, auditor, the requester of the department's requests); others see a short note.
 */
export const WorkflowTimeline = () => {
  const { id, collectionSlug } = useDocumentInfo()
  const { config, getEntityConfig } = useConfig()
  const { i18n, t: translate } = useTranslation()
  const t = (key: MessageKey, vars?: Record<string, unknown>) =>
    (translate as (key: string, vars?: Record<string, unknown>) => string)(`pregonero:${key}`, vars)
  const api = `${config.serverURL ?? ''}${config.routes?.api ?? '/api'}`
  const [events, setEvents] = useState<Event[] | null>(null)
  const [denied, setDenied] = useState(false)

  useEffect(() => {
    if (!id || !collectionSlug) return
    const query = new URLSearchParams({
      'where[collection][equals]': collectionSlug,
      'where[document][equals]': String(id),
      sort: 'at',
      limit: '200',
      depth: '1',
    })
    void fetch(`${api}/workflow-events?${query.toString()}`, { credentials: 'include' }).then(async (response) => {
      if (!response.ok) {
        setDenied(true)
        return
      }
      setEvents(((await response.json()) as { docs: Event[] }).docs)
    })
  }, [api, collectionSlug, id])

  if (!id) return null
  if (denied) return <p style={{ opacity: 0.7 }}>{t('timelineDenied')}</p>
  if (!events) return null
  const who = (event: Event) => {
    const actor = event.actor
    if (actor && typeof actor === 'object') return actor.name ?? event.actorName ?? actor.email ?? String(actor.id)
    return event.actorName ?? (actor ? `#${actor}` : t('timelineSystem'))
  }
  // States by their labels in the reader's language ("Radicada → Aceptada"), from this collection's fields.
  const labels = stateLabelsOf((getEntityConfig({ collectionSlug }) as undefined | { fields?: unknown[] })?.fields, i18n?.language ?? 'es')
  const kindLabel = (kind: string | undefined) => t(`kind_${kind ?? 'transition'}` as MessageKey)
  /** What the row is about, beyond its states. */
  const subject = (event: Event) => {
    const details = event.details ?? {}
    if (event.kind === 'waiver') return String(details.type ?? details.product ?? '')
    if (event.kind === 'override') return String(details.check ?? event.to.replace(/^check:|:overridden$/g, ''))
    if (event.kind === 'republication' && details.version) return t('timelineVersion', { version: String(details.version) })
    if (typeof details.cause === 'string' && CAUSES[details.cause]) return t(CAUSES[details.cause], details)
    return ''
  }
  const showsStates = (event: Event) => !event.kind || ['created', 'transition'].includes(event.kind)

  return (
    <div className="field-type pregonero-timeline" style={{ marginBottom: 'var(--base)' }}>
      <label className="field-label">{t('timelineTitle')}</label>
      <ol style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {events.map((event) => {
          const about = subject(event)
          const changers = (event.details?.changedAfterApproval as unknown[] | undefined) ?? []
          return (
            <li key={event.id} data-kind={event.kind ?? 'transition'} style={{ borderLeft: '2px solid var(--theme-elevation-150)', padding: '0 0 10px 10px' }}>
              <div style={{ fontSize: 12, opacity: 0.7 }}>
                {officeDateText(event.at, { language: i18n?.language, time: true })} · {kindLabel(event.kind)}
              </div>
              <div>
                <strong>{who(event)}</strong>
                {showsStates(event) ? `: ${event.from ? `${stateLabel(labels, event.from)} → ` : ''}${stateLabel(labels, event.to)}` : ''}
                {about ? ` · ${about}` : ''}
                {event.forced ? ` · ${t('timelineFlagged')}` : ''}
                {event.forced && event.reviewedAt ? ` · ${t('timelineReviewed')}` : ''}
              </div>
              {changers.length ? (
                <div style={{ fontSize: 12 }}>{t('changedAfterApproval', { editors: changers.map((c) => `#${String(c)}`).join(', ') })}</div>
              ) : null}
              {event.comment ? <div style={{ whiteSpace: 'pre-wrap' }}>{event.comment}</div> : null}
            </li>
          )
        })}
      </ol>
    </div>
  )
}

export default WorkflowTimeline
