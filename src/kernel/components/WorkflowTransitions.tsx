'use client'

import { useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import { usePregoneroT } from '../i18n/client.js'

type Label = { es: string; en: string }
type Allowed = { to: string; requiresComment: boolean; force: boolean; label: Label }
type Answer = { field: string; from: string; fromLabel: Label | null; allowed: Allowed[] }

/**
 * The engine's panel (src/kernel/machine/): the document's current state and a button for each
 * transition the signed-in user may make now (from `GET /api/<collection>/:id/transitions`), with a
 * comment box. A click sends the ordinary update (the machine's field + `workflowComment`, and
 * `workflowForce` for a forced move); the server enforces the rules. Every collection with a
 * machine shows it (collections/machineFields.ts).
 */
export const WorkflowTransitions = () => {
  const { id, collectionSlug } = useDocumentInfo()
  const { config } = useConfig()
  const t = usePregoneroT()
  const lang = t.language === 'en' ? 'en' : 'es'
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
      setError(t('panelNeedsComment'))
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
      <label className="field-label">{t('panelTitle')}</label>
      <p style={{ margin: '0 0 8px' }}>
        {t('panelCurrent')}
        <strong>{answer.fromLabel?.[lang] ?? answer.from}</strong>
      </p>
      {answer.allowed.length === 0 ? (
        <p style={{ opacity: 0.7 }}>{t('panelNone')}</p>
      ) : (
        <>
          <textarea
            aria-label={t('panelCommentLabel')}
            onChange={(event) => setComment(event.target.value)}
            placeholder={t('panelCommentPlaceholder')}
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
                {entry.force ? t('panelForce') : '→ '}
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
    </div>
  )
}

export default WorkflowTransitions
