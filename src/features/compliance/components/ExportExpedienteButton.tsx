'use client'

import { useConfig, useDocumentInfo } from '@payloadcms/ui'

import { usePregoneroT } from '../../../kernel/i18n/client.js'

/**
 * "Exportar expediente (ZIP)" on a saved expediente: downloads GET /api/expedientes/:id/export —
 * the documents and the electronic index (JSON and XML) in one ZIP the office verifies offline.
 * The endpoint decides who gets it; the page is only shown to those who read expedientes.
 */
export function ExportExpedienteButton() {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const t = usePregoneroT()
  if (!id) return null
  const href = `${config.serverURL ?? ''}${config.routes.api}/expedientes/${encodeURIComponent(String(id))}/export`
  return (
    <div className="pregonero-card">
      <a className="pregonero-button pregonero-export-expediente" download href={href}>
        {t('expedienteExport')}
      </a>
      <p>{t('expedienteExportHint')}</p>
    </div>
  )
}
