'use client'

import { toast, useConfig, useDocumentInfo, useForm, useFormModified } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import { usePregoneroT } from '../i18n/client.js'
import { pendingChanges } from './pendingChanges.js'
import { errorLines } from './errorLines.js'

type Label = { es: string; en: string }
type Allowed = { to: string; requiresComment: boolean; force: boolean; label: Label; actionLabel?: string }
type Answer = { field: string; from: string; fromLabel: Label | null; allowed: Allowed[] }
type Failure = { action: string; heading?: string; messages: string[] }

/**
 * The engine's panel (src/kernel/machine/): the document's current state and one button per action
 * the signed-in user may take now (from `GET /api/<collection>/:id/transitions`, named by the
 * rule's `action`), with a comment box. A click saves the form's pending changes AND the transition
 * in ONE update (the edited top-level fields + the machine's field + `workflowComment`, and
 * `workflowForce` for a forced move): the server applies both or neither. On success the form is
 * marked saved and the page reloads (no "Leave site?", no stale-data modal); on a refusal the edits
 * stay in the form and the reasons stay on screen until dismissed.
 */
export const WorkflowTransitions = () => {
  const { id, collectionSlug } = useDocumentInfo()
  const { config } = useConfig()
  const { getData, getFields, setModified } = useForm()
  const modified = useFormModified()
  const t = usePregoneroT()
  const lang = t.language === 'en' ? 'en' : 'es'
  const api = `${config.serverURL ?? ''}${config.routes?.api ?? '/api'}`
  const [answer, setAnswer] = useState<Answer | null>(null)
  const [comment, setComment] = useState('')
  const [failure, setFailure] = useState<Failure | null>(null)
  const [busy, setBusy] = useState<null | string>(null)
  const [done, setDone] = useState(false)

  const load = useCallback(async () => {
    if (!id || !collectionSlug) return
    const response = await fetch(`${api}/${collectionSlug}/${id}/transitions`, { credentials: 'include' })
    if (response.ok) setAnswer((await response.json()) as Answer)
  }, [api, collectionSlug, id])

  useEffect(() => {
    void load()
  }, [load])

  // Reload once the form no longer counts as modified (the browser then asks nothing).
  useEffect(() => {
    if (done && !modified) window.location.reload()
  }, [done, modified])

  if (!id || !answer) return null

  const nameOf = (entry: Allowed) => entry.actionLabel ?? entry.label[lang]

  const go = async (entry: Allowed) => {
    const action = nameOf(entry)
    setFailure(null)
    if (entry.requiresComment && !comment.trim()) {
      setFailure({ action, messages: [t('panelNeedsCommentFor', { action })] })
      return
    }
    setBusy(action)
    // The form's pending changes travel with the transition (only the fields the user changed).
    const changes = modified ? pendingChanges(getFields(), getData(), [answer.field]) : {}
    const body: Record<string, unknown> = { ...changes, [answer.field]: entry.to, workflowComment: comment.trim() || undefined }
    if (entry.force) body.workflowForce = true
    try {
      const response = await fetch(`${api}/${collectionSlug}/${id}?depth=0`, {
        method: 'PATCH',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json', 'Accept-Language': t.language },
        body: JSON.stringify(body),
      })
      if (response.ok) {
        setModified(false)
        setDone(true)
        return
      }
      const { heading, messages } = errorLines(await response.json().catch(() => null), response.status)
      setFailure({ action, heading, messages })
      // Stays until dismissed: a refusal is something to read and act on (the reasons are listed in the panel).
      toast.error(t('panelErrorToast', { action }), { duration: Infinity, closeButton: true })
    } catch (error) {
      setFailure({ action, messages: [(error as Error).message] })
    } finally {
      setBusy(null)
    }
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
          {modified ? <p className="pregonero-meta">{t('panelWillSave')}</p> : null}
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
            {answer.allowed.map((entry) => (
              <button
                className={`btn btn--size-small ${entry.force ? 'btn--style-secondary' : 'btn--style-primary'}`}
                data-transition={entry.to}
                disabled={busy !== null || done}
                key={`${entry.to}-${entry.force}`}
                onClick={() => void go(entry)}
                type="button"
              >
                {nameOf(entry)}
                {entry.requiresComment ? ' *' : ''}
              </button>
            ))}
          </div>
        </>
      )}
      {busy ? (
        <p className="pregonero-meta" role="status">
          {t('panelSaving', { action: busy })}
        </p>
      ) : null}
      {failure ? (
        <div className="pregonero-error" role="alert" style={{ marginTop: 8 }}>
          <p style={{ margin: 0 }}>
            <strong>{t('panelErrorTitle', { action: failure.action })}</strong>
          </p>
          {failure.heading ? <p style={{ margin: '4px 0 0' }}>{failure.heading}</p> : null}
          <ul style={{ margin: '4px 0', paddingInlineStart: 18 }}>
            {failure.messages.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
          <button className="btn btn--size-small btn--style-secondary" onClick={() => setFailure(null)} type="button">
            {t('panelDismiss')}
          </button>
        </div>
      ) : null}
    </div>
  )
}

export default WorkflowTransitions
