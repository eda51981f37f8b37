'use client'

import { useState } from 'react'

/** Cancels a scheduled publication (head/admin): POST /api/pregonero/calendar/scheduled/:id/cancel. */
export function CancelScheduleButton({ apiRoute, jobId, title }: { apiRoute: string; jobId: string; title: string }) {
  const [state, setState] = useState<'busy' | 'done' | 'idle'>('idle')
  const [error, setError] = useState<null | string>(null)
  const cancel = async () => {
    if (!window.confirm(`¿Cancelar la publicación programada de «${title}»?`)) return
    setState('busy')
    setError(null)
    const res = await fetch(`${apiRoute}/pregonero/calendar/scheduled/${jobId}/cancel`, { method: 'POST', credentials: 'include' })
    if (res.ok) {
      setState('done')
      window.location.reload()
      return
    }
    const body = (await res.json().catch(() => ({}))) as { message?: string }
    setError(body.message ?? `Error ${res.status}`)
    setState('idle')
  }
  return (
    <>
      <button aria-label={`Cancelar la publicación programada de ${title}`} className="pregonero-link-button" disabled={state !== 'idle'} onClick={cancel} type="button">
        {state === 'done' ? 'Cancelada' : 'Cancelar'}
      </button>
      {error ? (
        <span className="pregonero-error" role="alert">
          {error}
        </span>
      ) : null}
    </>
  )
}
