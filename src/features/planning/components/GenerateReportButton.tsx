'use client'

import { useAuth, useConfig, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { BackgroundProgress } from '../../../kernel/components/BackgroundProgress.js'
import { CallStatus } from '../../../kernel/components/CallStatus.js'
import { usePregoneroT } from '../../../kernel/i18n/client.js'
import { useApiCall } from '../../../kernel/components/useApiCall.js'

type Result = { id: number | string; title: string; version: number; work?: { id: number | string } }

const TEXT = {
  es: {
    heading: 'Generar un informe ahora',
    help: 'Periodo: AAAA-MM (mes), AAAA-Qn (trimestre), AAAA-Sn (semestre) o AAAA (año), en el calendario de Bogotá. Si ya existe, se crea una nueva versión.',
    period: 'Periodo',
    generate: 'Generar informe',
    busy: 'Generando… (puede tardar unos segundos)',
    done: 'Informe generado:',
    open: 'Abrir',
    csv: 'Descargar CSV',
    pdf: 'Descargar PDF',
  },
  en: {
    heading: 'Generate a report now',
    help: 'Period: YYYY-MM (month), YYYY-Qn (quarter), YYYY-Sn (semester) or YYYY (year), on the Bogota calendar. If one exists, a new version is made.',
    period: 'Period',
    generate: 'Generate report',
    busy: 'Generating… (may take a few seconds)',
    done: 'Report generated:',
    open: 'Open',
    csv: 'Download CSV',
    pdf: 'Download PDF',
  },
}

/** The month before today's, on the Bogota calendar (UTC−5). */
const previousMonth = (): string => {
  const bogota = new Date(Date.now() - 5 * 3_600_000)
  const d = new Date(Date.UTC(bogota.getUTCFullYear(), bogota.getUTCMonth() - 1, 1))
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`
}

/**
 * Above the reports list (head/admin only): generates a follow-up and measurement report on
 * demand through POST /api/pregonero/reports/generate and links the produced report.
 */
export function GenerateReportButton() {
  const { user } = useAuth<{ roles?: string[] }>()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const router = useRouter()
  const t = i18n?.language === 'en' ? TEXT.en : TEXT.es
  const [period, setPeriod] = useState(previousMonth)
  const { busy, error, result, run } = useApiCall<Result>()
  // Long reports: generated as a background job, followed with its progress.
  const [background, setBackground] = useState(false)
  const tr = usePregoneroT()
  const roles = user?.roles ?? []
  if (!roles.includes('head') && !roles.includes('admin')) return null
  const api = `${config.serverURL ?? ''}${config.routes.api}`
  const admin = config.routes.admin

  const generate = async (event: React.FormEvent) => {
    event.preventDefault()
    const done = await run(`${api}/pregonero/reports/generate`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ period: period.trim(), ...(background ? { background: true } : {}) }),
    })
    if (done && !done.work) router.refresh() // the new report appears in the list below
  }

  return (
    <section aria-labelledby="pregonero-generate-report" className="pregonero-card pregonero-generate">
      <h2 className="pregonero-card__title" id="pregonero-generate-report">
        {t.heading}
      </h2>
      <p className="pregonero-meta">{t.help}</p>
      <form className="pregonero-generate__form" onSubmit={generate}>
        <label htmlFor="pregonero-report-period">{t.period}</label>
        <input
          aria-describedby="pregonero-report-status"
          id="pregonero-report-period"
          name="period"
          onChange={(e) => setPeriod(e.target.value)}
          pattern="\d{4}(-(0[1-9]|1[0-2]|Q[1-4]|S[12]))?"
          required
          value={period}
        />
        <label>
          <input checked={background} onChange={(e) => setBackground(e.target.checked)} type="checkbox" /> {tr('backgroundOption')}
        </label>
        <button className="pregonero-button" disabled={busy} type="submit">
          {t.generate}
        </button>
      </form>
      <div aria-live="polite" id="pregonero-report-status">
        <CallStatus busy={busy} busyText={t.busy} error={error} />
        {result?.work ? <BackgroundProgress key={String(result.work.id)} onFinished={() => router.refresh()} workId={result.work.id} /> : null}
        {result && !result.work ? (
          <p>
            {t.done} <a href={`${admin}/collections/reports/${result.id}`}>{result.title}</a> ·{' '}
            <a href={`${api}/pregonero/reports/${result.id}/csv`}>{t.csv}</a> · <a href={`${api}/pregonero/reports/${result.id}/pdf`}>{t.pdf}</a>
          </p>
        ) : null}
      </div>
    </section>
  )
}
