'use client'

import { DatePicker, toast } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import { usePregoneroT } from '../../../kernel/i18n/client.js'

type Action = 'publish' | 'unpublish'
type Pending = { jobId: number | string; at: string; action: Action }
type Answer = { timeZone: string; allowed: Action[]; pending: Pending[] }
type Failure = { errors?: Array<{ message?: string }> }

const two = (n: number) => String(n).padStart(2, '0')

/** The wall clock the picker shows (its own, the browser's), read as the office's: `YYYY-MM-DDTHH:mm`. */
const wallClockOf = (date: Date) =>
  `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}T${two(date.getHours())}:${two(date.getMinutes())}`

/** "hora de Colombia" for America/Bogota, in the admin's language. */
const zoneName = (timeZone: string, language: string) =>
  new Intl.DateTimeFormat(language === 'en' ? 'en-US' : 'es-CO', { timeZone, timeZoneName: 'long' }).formatToParts(new Date()).find((part) => part.type === 'timeZoneName')?.value ??
  timeZone

/**
 * The workflow panel's scheduler (contents): the time is typed day first (`dd/MM/yyyy HH:mm`, a
 * format the picker can read back in any month and language) or picked, on the office's clock; the
 * server checks, when the schedule is made, that this user may publish this piece now.
 */
export const ScheduleControl = ({ api, id }: { api: string; id: number | string }) => {
  const t = usePregoneroT()
  const [answer, setAnswer] = useState<Answer | null>(null)
  const [when, setWhen] = useState<Date | null>(null)
  const [error, setError] = useState<null | string>(null)
  const [busy, setBusy] = useState(false)

  const load = useCallback(async () => {
    const response = await fetch(`${api}/contents/${id}/schedule`, { credentials: 'include' })
    if (response.ok) setAnswer((await response.json()) as Answer)
  }, [api, id])

  useEffect(() => {
    void load()
  }, [load])

  if (!answer || (answer.allowed.length === 0 && answer.pending.length === 0)) return null
  const action = answer.allowed[0]
  const zone = zoneName(answer.timeZone, t.language)

  const failed = async (response: Response) => {
    const body = (await response.json().catch(() => ({}))) as Failure
    setError(body.errors?.map((entry) => entry.message).filter(Boolean).join(' ') || `HTTP ${response.status}`)
  }

  const schedule = async () => {
    setError(null)
    if (!when) {
      setError(t('scheduleMissingDate'))
      return
    }
    setBusy(true)
    const response = await fetch(`${api}/contents/${id}/schedule`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ at: wallClockOf(when), action }),
    })
    setBusy(false)
    if (!response.ok) return failed(response)
    const done = (await response.json()) as { at: string }
    toast.success(t('scheduleDone', { at: done.at, zone }))
    setWhen(null)
    await load()
  }

  const cancel = async (pending: Pending) => {
    if (!window.confirm(t('scheduleConfirmCancel', { at: pending.at }))) return
    setError(null)
    setBusy(true)
    const response = await fetch(`${api}/contents/${id}/schedule/${pending.jobId}/cancel`, { method: 'POST', credentials: 'include' })
    setBusy(false)
    if (!response.ok) return failed(response)
    toast.success(t('scheduleCancelledToast'))
    await load()
  }

  return (
    <div className="pregonero-schedule">
      {answer.pending.map((pending) => (
        <p className="pregonero-schedule__pending" key={String(pending.jobId)}>
          {t(pending.action === 'unpublish' ? 'schedulePendingUnpublish' : 'schedulePendingPublish', { at: pending.at })}{' '}
          <button className="btn btn--size-small btn--style-secondary" disabled={busy} onClick={() => void cancel(pending)} type="button">
            {t('scheduleCancelButton')}
          </button>
        </p>
      ))}
      {action ? (
        <fieldset className="pregonero-schedule__form">
          <legend className="field-label">{t(action === 'unpublish' ? 'scheduleHeadingUnpublish' : 'scheduleHeadingPublish')}</legend>
          <label className="field-label" htmlFor="pregonero-schedule-at">
            {t('scheduleDateLabel')}
          </label>
          <DatePicker
            displayFormat="dd/MM/yyyy HH:mm"
            id="pregonero-schedule-at"
            onChange={(value) => setWhen(value ?? null)}
            pickerAppearance="dayAndTime"
            placeholder="dd/mm/aaaa hh:mm"
            timeFormat="HH:mm"
            timeIntervals={15}
            value={when ?? undefined}
          />
          <p className="field-description">{t('scheduleZoneHint', { zone })}</p>
          <button className="btn btn--size-small btn--style-primary" disabled={busy} onClick={() => void schedule()} type="button">
            {t('scheduleButton')}
          </button>
        </fieldset>
      ) : null}
      {error ? (
        <p className="pregonero-schedule__error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  )
}
