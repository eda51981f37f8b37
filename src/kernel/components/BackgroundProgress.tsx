'use client'

import { useConfig } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { usePregoneroT } from '../i18n/client.js'

export type Work = { id: number | string; status: 'done' | 'failed' | 'queued' | 'running'; done?: number; total?: number; summary?: string; error?: string; result?: unknown }

/**
 * Follows a piece of background work (GET /api/background-work/:id every second): a progress bar
 * with "rows done of total", then its result; a link to the list of the person's background work.
 */
export function BackgroundProgress({ workId, onFinished }: { workId: number | string; onFinished?: (work: Work) => void }) {
  const t = usePregoneroT()
  const { config } = useConfig()
  const [work, setWork] = useState<null | Work>(null)
  const api = `${config.serverURL ?? ''}${config.routes.api}`
  useEffect(() => {
    let stopped = false
    const poll = async () => {
      const res = await fetch(`${api}/background-work/${workId}?depth=0`, { credentials: 'include' }).catch(() => null)
      const body = res?.ok ? ((await res.json()) as Work) : null
      if (stopped) return
      if (body) setWork(body)
      if (body && (body.status === 'done' || body.status === 'failed')) onFinished?.(body)
      else setTimeout(poll, 1000)
    }
    void poll()
    return () => {
      stopped = true
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, workId])
  const locale = t.language === 'en' ? 'en' : 'es-CO'
  const status = work?.status ?? 'queued'
  const done = work?.done ?? 0
  const total = work?.total ?? 0
  const text =
    status === 'queued'
      ? t('progressQueued')
      : status === 'running'
        ? t('progressRunning', { done: done.toLocaleString(locale), total: total.toLocaleString(locale) })
        : status === 'done'
          ? `${t('progressDone')} ${work?.summary ?? ''}`
          : t('progressFailed', { reason: work?.error ?? '' })
  return (
    <div className="pregonero-progress" data-status={status}>
      <progress aria-label={text} max={Math.max(total, 1)} value={status === 'done' ? Math.max(total, 1) : done} />
      <p aria-live="polite" role="status">
        {text}
      </p>
      <a href={`${config.routes.admin}/collections/background-work`}>{t('backgroundListTitle')}</a>
    </div>
  )
}
