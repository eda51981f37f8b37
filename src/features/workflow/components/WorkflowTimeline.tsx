'use client'

import { useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

type Event = {
  id: number | string
  kind?: string
  from?: null | string
  to: string
  at: string
  comment?: null | string
  forced?: boolean
  reviewedAt?: null | string
  actor?: null | number | string | { id: number | string; name?: string; email?: string }
}

/**
 * The document's audit trail (workflow-events), oldest first. Shown to whoever may read the
 * trail (head, admin, auditor, the requester of the department); others see a short note.
 */
export const WorkflowTimeline = () => {
  const { id, collectionSlug } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const lang = i18n?.language === 'en' ? 'en' : 'es'
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
  const title = lang === 'es' ? 'Bitácora' : 'Timeline'
  if (denied) return <p style={{ opacity: 0.7 }}>{lang === 'es' ? 'Bitácora: sin acceso.' : 'Timeline: no access.'}</p>
  if (!events) return null
  const who = (actor: Event['actor']) =>
    actor && typeof actor === 'object' ? (actor.name ?? actor.email ?? String(actor.id)) : actor ? `#${actor}` : lang === 'es' ? 'sistema' : 'system'

  return (
    <div className="field-type pregonero-timeline" style={{ marginBottom: 'var(--base)' }}>
      <label className="field-label">{title}</label>
      <ol style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {events.map((event) => (
          <li key={event.id} style={{ borderLeft: '2px solid var(--theme-elevation-150)', padding: '0 0 10px 10px' }}>
            <div style={{ fontSize: 12, opacity: 0.7 }}>{new Date(event.at).toLocaleString(lang === 'es' ? 'es-CO' : 'en-US')}</div>
            <div>
              <strong>{who(event.actor)}</strong>: {event.from ? `${event.from} → ` : ''}
              {event.to}
              {event.kind && event.kind !== 'transition' ? ` (${event.kind})` : ''}
              {event.forced ? (lang === 'es' ? ' · FORZADA' : ' · FORCED') : ''}
              {event.forced && event.reviewedAt ? (lang === 'es' ? ' · revisada' : ' · reviewed') : ''}
            </div>
            {event.comment ? <div style={{ whiteSpace: 'pre-wrap' }}>{event.comment}</div> : null}
          </li>
        ))}
      </ol>
    </div>
  )
}

export default WorkflowTimeline
