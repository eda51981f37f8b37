'use client'

import { useConfig, useDocumentInfo } from '@payloadcms/ui'

import { usePregoneroT } from '../../../kernel/i18n/client.js'

/** "Descargar CSV" / "Descargar PDF" on a report (GET /api/pregonero/reports/:id/csv|pdf, the reader's access). */
export function ReportDownloads() {
  const t = usePregoneroT()
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  if (!id) return null
  const base = `${config.serverURL ?? ''}${config.routes?.api ?? '/api'}/pregonero/reports/${encodeURIComponent(String(id))}`
  return (
    <div className="pregonero-report-downloads" style={{ display: 'flex', gap: 'calc(var(--base) / 2)', marginBottom: 'var(--base)' }}>
      <a className="pregonero-button" download href={`${base}/csv`}>
        {t('downloadCsv')}
      </a>
      <a className="pregonero-button" download href={`${base}/pdf`}>
        {t('downloadPdf')}
      </a>
    </div>
  )
}
