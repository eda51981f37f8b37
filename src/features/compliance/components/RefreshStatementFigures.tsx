'use client'

import { useAuth, useConfig } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'

import { CallStatus } from '../../../kernel/components/CallStatus.js'
import { usePregoneroT } from '../../../kernel/i18n/client.js'
import { useApiCall } from '../../../kernel/components/useApiCall.js'

/**
 * "Actualizar cifras" on the accessibility statement (head and admin): re-measures the figures now
 * through POST /api/pregonero/accessibility-statement/refresh, which writes a new version.
 */
export function RefreshStatementFigures() {
  const { user } = useAuth<{ roles?: string[] }>()
  const { config } = useConfig()
  const router = useRouter()
  const t = usePregoneroT()
  const { busy, error, result, run } = useApiCall<{ figures: { measuredAt: string } }>()
  const roles = user?.roles ?? []
  if (!roles.includes('head') && !roles.includes('admin')) return null
  const api = `${config.serverURL ?? ''}${config.routes.api}`

  const refresh = async () => {
    if (await run(`${api}/pregonero/accessibility-statement/refresh`, { method: 'POST' })) router.refresh()
  }

  return (
    <div className="pregonero-card">
      <button className="pregonero-button" disabled={busy} onClick={refresh} type="button">
        {t('statementRefreshFigures')}
      </button>
      <div aria-live="polite">
        <CallStatus busy={busy} busyText={t('statementRefreshBusy')} error={error} />
        {result ? <p>{t('statementRefreshDone')}</p> : null}
      </div>
    </div>
  )
}
