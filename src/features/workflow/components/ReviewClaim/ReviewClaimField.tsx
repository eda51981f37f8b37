'use client'

import { useAuth, useConfig, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useState } from 'react'

import { usePregoneroT } from '../../../../kernel/i18n/client.js'

type UserLike = { id: number | string; roles?: string[] }

const idOf = (value: unknown): null | string => {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'object') return idOf((value as { id?: unknown }).id)
  return String(value)
}

/**
 * Sidebar badge on a content in review: who holds the review, with "Tomar revisión" / "Liberar"
 * buttons (POST /api/pregonero/contents/:id/claim | release). The claim itself is set only there.
 * Whoever wrote the piece or changed it since its last approval is not offered the claim (the
 * server refuses it too: four-eyes).
 */
export function ReviewClaimField() {
  const { id } = useDocumentInfo()
  const { user } = useAuth<UserLike>()
  const { config } = useConfig()
  const t = usePregoneroT()
  const stage = useFormFields(([fields]) => fields['stage']?.value as string | undefined)
  const claimedBy = useFormFields(([fields]) => fields['reviewClaim.claimedBy']?.value as null | number | string | undefined)
  const claimedByName = useFormFields(([fields]) => fields['reviewClaim.claimedByName']?.value as null | string | undefined)
  const createdBy = useFormFields(([fields]) => fields['createdBy']?.value)
  const lastEditedBy = useFormFields(([fields]) => fields['lastEditedBy']?.value)
  const changers = useFormFields(([fields]) => fields['editedSinceApproval']?.value)
  const [message, setMessage] = useState<null | string>(null)
  const [busy, setBusy] = useState(false)

  if (!id || stage !== 'in-review') return null
  const roles = user?.roles ?? []
  const me = idOf(user?.id)
  const reviewer = roles.some((role) => ['admin', 'head', 'editor'].includes(role))
  const ownWork = me !== null && [createdBy, lastEditedBy, ...(Array.isArray(changers) ? changers : [])].map(idOf).includes(me)
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
    const body = (await res.json().catch(() => ({}))) as { message?: string; errors?: Array<{ message?: string }> }
    setMessage(body.errors?.[0]?.message ?? body.message ?? `Error ${res.status}`)
    setBusy(false)
  }

  return (
    <div aria-label={t('claimGroup')} className="pregonero-claim" role="group">
      <p className="pregonero-claim__status">
        {claimedBy ? (
          <span className="pregonero-badge">{mine ? t('claimMine') : t('claimHeldBy', { name: claimedByName ?? claimedBy })}</span>
        ) : (
          <span className="pregonero-badge pregonero-badge--free">{t('claimFree')}</span>
        )}
      </p>
      {!claimedBy && reviewer && ownWork ? <p className="pregonero-meta">{t('claimOwnWork')}</p> : null}
      {!claimedBy && reviewer && !ownWork ? (
        <button className="pregonero-button" disabled={busy} onClick={() => call('claim')} type="button">
          {t('claimTake')}
        </button>
      ) : null}
      {claimedBy && canRelease ? (
        <button className="pregonero-button" disabled={busy} onClick={() => call('release')} type="button">
          {t('claimRelease')}
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
