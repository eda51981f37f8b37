'use client'

import { useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import { ScheduleControl } from './ScheduleControl.js'

type Allowed = { to: string; requiresComment: boolean; force: boolean; label: { es: string; en: string } }
type Answer = { field: 'stage' | 'status'; from: string; fromLabel: null | { es: string; en: string }; allowed: Allowed[] }

/**
 * Sidebar buttons for the transitions the signed-in user may make now on this request or
 * content (from `GET /api/<collection>/:id/transitions`), with a comment box. A click sends
 * the ordinary update (`status`/`stage` + `workflowComment`); the server enforces the rules.
 */
export const WorkflowTransitions = () => {
  const { id, collectionSlug } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const lang = i18n?.language === 'en' ? 'en' : 'es'
  const api = `${config.serverURL ?? ''}${config.routes?.api ?? '/api'}`
  const [answer, setAnswer] = useState<Answer | null>(null)
  const [comment, setComment] = useState('')
  const [error, setError] = useState<null | string>(null)
  const [busy, setBusy] = useState(false)

  const load = useCallback(async () => {
    if (!id || !collectionSlug) return
    const response = await fetch(`${api}/${collectionSlug}/${id}/transitions`, { credentials: 'include' })
    if (response.ok) setAnswer((await response.json()) as Answer)
  }, [api, collectionSlug, id])

  useEffect(() => {
    void load()
  }, [load])

  if (!id || !answer) return null

  const go = async (entry: Allowed) => {
    setError(null)
    if (entry.requiresComment && !comment.trim()) {
      setError(lang === 'es' ? 'Esta transición requiere un comentario.' : 'This transition requires a comment.')
      return
    }
    setBusy(true)
    const body: Record<string, unknown> = { [answer.field]: entry.to, workflowComment: comment.trim() || undefined }
    if (entry.force) body.workflowForce = true
    const response = await fetch(`${api}/${collectionSlug}/${id}`, {
      method: 'PATCH',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    })
    setBusy(false)
    if (response.ok) {
      window.location.reload()
      return
    }
    const json = (await response.json().catch(() => ({}))) as { errors?: Array<{ message?: string }> }
    setError(json.errors?.map((e) => e.message).join(' ') || `HTTP ${response.status}`)
  }

  return (
    <div className="field-type pregonero-transitions" style={{ marginBottom: 'var(--base)' }}>
      <label className="field-label">{lang === 'es' ? 'Flujo de trabajo' : 'Workflow'}</label>
      <p style={{ margin: '0 0 8px' }}>
        {lang === 'es' ? 'Estado actual: ' : 'Current: '}
        <strong>{answer.fromLabel?.[lang] ?? answer.from}</strong>
      </p>
      {answer.allowed.length === 0 ? (
        <p style={{ opacity: 0.7 }}>{lang === 'es' ? 'No tiene transiciones disponibles.' : 'No transitions available to you.'}</p>
      ) : (
        <>
          <textarea
            aria-label={lang === 'es' ? 'Comentario de la transición' : 'Transition comment'}
            onChange={(event) => setComment(event.target.value)}
            placeholder={lang === 'es' ? 'Comentario (obligatorio para rechazar, pedir información o cambios)' : 'Comment (required to reject, ask for info or changes)'}
            rows={3}
            style={{ width: '100%', marginBottom: 8 }}
            value={comment}
          />
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
            {answer.allowed.map((entry) => (
              <button
                className={`btn btn--size-small ${entry.force ? 'btn--style-secondary' : 'btn--style-primary'}`}
                disabled={busy}
                key={`${entry.to}-${entry.force}`}
                onClick={() => void go(entry)}
                type="button"
              >
                {entry.force ? (lang === 'es' ? 'Forzar: ' : 'Force: ') : '→ '}
                {entry.label[lang]}
                {entry.requiresComment ? ' *' : ''}
              </button>
            ))}
          </div>
        </>
      )}
      {error ? (
        <p role="alert" style={{ color: 'var(--theme-error-500)', marginTop: 8 }}>
          {error}
        </p>
      ) : null}
      {collectionSlug === 'contents' ? <ScheduleControl api={api} id={id} /> : null}
    </div>
  )
}

export default WorkflowTransitions
