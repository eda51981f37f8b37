'use client'

import { useAuth, useConfig, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useState } from 'react'

type UserLike = { id: number | string; roles?: string[] }

/**
 * Sidebar badge on a content in review: who holds the review, with "Tomar revisión" / "Liberar"
 * buttons (POST /api/pregonero/contents/:id/claim | release). The claim itself is set only there.
 */
export function ReviewClaimField() {
  const { id } = useDocumentInfo()
  const { user } = useAuth<UserLike>()
  const { config } = useConfig()
  const stage = useFormFields(([fields]) => fields['stage']?.value as string | undefined)
  const claimedBy = useFormFields(([fields]) => fields['reviewClaim.claimedBy']?.value as null | number | string | undefined)
  const claimedByName = useFormFields(([fields]) => fields['reviewClaim.claimedByName']?.value as null | string | undefined)
  const [message, setMessage] = useState<null | string>(null)
  const [busy, setBusy] = useState(false)

  if (!id || stage !== 'in-review') return null
  const roles = user?.roles ?? []
  const reviewer = roles.some((role) => ['admin', 'head', 'editor'].includes(role))
  const mine = claimedBy !== null && claimedBy !== undefined && String(claimedBy) === String(user?.id)
  const canRelease = mine || roles.some((role) => ['admin', 'head'].includes(role))

  const call = async (action: 'claim' | 'release') => {
    setBusy(true)
    setMessage(null)
    const res = await fetch(`${config.routes.api}/pregonero/contents/${id}/${action}`, { method: 'POST', credentials: 'include' })
    if (res.ok) {
      window.location.reload()
      return
    }
    const body = (await res.json().catch(() => ({}))) as { message?: string }
    setMessage(body.message ?? `Error ${res.status}`)
    setBusy(false)
  }

  return (
    <div className="pregonero-claim" role="group" aria-label="Revisión">
      <p className="pregonero-claim__status">
        {claimedBy ? (
          <span className="pregonero-badge">{mine ? 'Revisión tomada por usted' : `Revisión tomada por ${claimedByName ?? claimedBy}`}</span>
        ) : (
          <span className="pregonero-badge pregonero-badge--free">Revisión sin tomar</span>
        )}
      </p>
      {!claimedBy && reviewer ? (
        <button className="pregonero-button" disabled={busy} onClick={() => call('claim')} type="button">
          Tomar revisión
        </button>
      ) : null}
      {claimedBy && canRelease ? (
        <button className="pregonero-button" disabled={busy} onClick={() => call('release')} type="button">
          Liberar revisión
        </button>
      ) : null}
      {message ? (
        <p className="pregonero-error" role="alert">
          {message}
        </p>
      ) : null}
    </div>
  )
}

export default ReviewClaimField
