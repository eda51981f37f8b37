'use client'

import { useAuth, useConfig, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { BackgroundProgress } from '../../../kernel/components/BackgroundProgress.js'
import { CallStatus } from '../../../kernel/components/CallStatus.js'
import { ENCODING_NAMES, type TextEncodingRead } from '../../../kernel/formats/decodeText.js'
import { usePregoneroT } from '../../../kernel/i18n/client.js'
import { apiErrorMessage, useApiCall } from '../../../kernel/components/useApiCall.js'

type Kind = 'mentions' | 'socialMetrics'
type MappingInfo = { name: string; label: string; dateOrder: string; columns: Record<string, string[]> }
type ImportOptions = {
  maxRows: number
  backgroundAboveRows?: number
  mentions: null | { endpoint: string; mappings: MappingInfo[] }
  socialMetrics: null | { endpoint: string; mappings: MappingInfo[]; accounts: Array<{ id: number | string; network: string; handle: string }> }
}
type Outcome = { line: number; status: 'rejected' | 'skipped'; field?: string; reason: string; existingId?: number | string }
type Queued = { work: { id: number | string; status: string; url?: string } }
type Result = { mapping: string; policy: string; dryRun: boolean; totalRows: number; valid: number; created: number; skipped: number; rejected: number; committed: boolean; rows: Outcome[]; encoding?: TextEncodingRead }

const TEXT = {
  es: {
    open: 'Importar CSV',
    close: 'Cerrar la importación',
    title: { mentions: 'Importar menciones en medios desde CSV', socialMetrics: 'Importar métricas de redes desde CSV' },
    help: 'Cada fila entra o se informa con su número de línea y el motivo. Reimportar el mismo archivo no duplica nada. Nada queda a medio importar.',
    file: 'Archivo CSV',
    mapping: 'Formato de columnas (mapeo)',
    auto: 'Detectar automáticamente por los encabezados',
    account: 'Cuenta (si el archivo no trae columna de cuenta)',
    fromFile: 'Según la columna «cuenta» del archivo',
    policy: 'Si hay filas con errores',
    validRows: 'Importar las filas válidas e informar las demás',
    allOrNothing: 'No importar nada',
    dryRun: 'Solo validar (no guarda nada)',
    submit: 'Importar',
    validate: 'Validar',
    busy: 'Procesando el archivo…',
    loading: 'Cargando formatos…',
    columns: 'Encabezados aceptados',
    summary: (r: Result) =>
      `${r.dryRun ? 'Validación' : r.committed ? 'Importación terminada' : 'Nada importado'} (mapeo «${r.mapping}»): ${r.totalRows} filas; ${r.created} creadas, ${r.valid} válidas, ${r.skipped} omitidas, ${r.rejected} rechazadas.`,
    line: 'Línea',
    status: 'Resultado',
    field: 'Campo',
    reason: 'Motivo',
    rejected: 'Rechazada',
    skipped: 'Omitida',
    none: 'Todas las filas son válidas.',
  },
  en: {
    open: 'Import CSV',
    close: 'Close the import',
    title: { mentions: 'Import media mentions from CSV', socialMetrics: 'Import social metrics from CSV' },
    help: 'Every row lands or is reported with its line number and the reason. Re-importing the same file adds nothing twice. Nothing is half-imported.',
    file: 'CSV file',
    mapping: 'Column layout (mapping)',
    auto: 'Detect from the headers',
    account: 'Account (when the file has no account column)',
    fromFile: 'From the file’s account column',
    policy: 'When some rows have errors',
    validRows: 'Import the valid rows and report the others',
    allOrNothing: 'Import nothing',
    dryRun: 'Validate only (saves nothing)',
    submit: 'Import',
    validate: 'Validate',
    busy: 'Processing the file…',
    loading: 'Loading layouts…',
    columns: 'Accepted headers',
    summary: (r: Result) =>
      `${r.dryRun ? 'Validation' : r.committed ? 'Import finished' : 'Nothing imported'} (mapping “${r.mapping}”): ${r.totalRows} rows; ${r.created} created, ${r.valid} valid, ${r.skipped} skipped, ${r.rejected} rejected.`,
    line: 'Line',
    status: 'Outcome',
    field: 'Field',
    reason: 'Reason',
    rejected: 'Rejected',
    skipped: 'Skipped',
    none: 'Every row is valid.',
  },
}

/**
 * Above the list of media mentions or social metrics: upload a CSV, choose the column layout
 * (mapping), the policy and a dry run, and read the row-level report (line numbers and reasons).
 * Calls GET /api/monitoring/import/options and POST /api/monitoring/import/{mentions|social-metrics}.
 */
export function CsvImportPanel({ kind = 'mentions' }: { kind?: Kind }) {
  const { user } = useAuth<{ roles?: string[] }>()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const router = useRouter()
  const t = i18n?.language === 'en' ? TEXT.en : TEXT.es
  const pt = usePregoneroT()
  const [open, setOpen] = useState(false)
  const [options, setOptions] = useState<ImportOptions | null>(null)
  const [file, setFile] = useState<File | null>(null)
  const [mapping, setMapping] = useState('')
  const [account, setAccount] = useState('')
  const [policy, setPolicy] = useState('valid-rows')
  const [dryRun, setDryRun] = useState(true)
  // Large files: run as a background job and follow its progress (rows done of the total).
  const [background, setBackground] = useState(false)
  const [workId, setWorkId] = useState<null | number | string>(null)
  const [finished, setFinished] = useState<null | Result>(null)
  const tr = usePregoneroT()
  const { busy, error, result, run, setError } = useApiCall<Result>()
  const roles = user?.roles ?? []
  const allowed = kind === 'mentions' ? ['admin', 'head', 'editor'] : ['admin', 'head', 'community']
  if (!roles.some((r) => allowed.includes(r))) return null
  const api = `${config.serverURL ?? ''}${config.routes.api}`
  const section = options?.[kind] ?? null

  const toggle = async () => {
    const next = !open
    setOpen(next)
    if (next && !options) {
      const res = await fetch(`${api}/monitoring/import/options`, { credentials: 'include' })
      const body = await res.json().catch(() => ({}))
      if (res.ok) setOptions(body as ImportOptions)
      else setError(apiErrorMessage(body, res.status))
    }
  }

  const submit = async (event: React.FormEvent) => {
    event.preventDefault()
    if (!file || !section) return
    const form = new FormData()
    form.append('file', file)
    if (mapping) form.append('mapping', mapping)
    if (kind === 'socialMetrics' && account) form.append('account', account)
    form.append('policy', policy)
    form.append('dryRun', String(dryRun))
    if (background) form.append('background', 'true')
    setWorkId(null)
    setFinished(null)
    // A large file (above the server's `backgroundAboveRows`) or `background`: 202 and a job to follow.
    const done = await run(`${api}${section.endpoint}`, { method: 'POST', body: form })
    if (done && 'work' in done) setWorkId((done as unknown as Queued).work.id)
    else if (done?.committed && done.created > 0) router.refresh()
  }

  // The report of an inline import, or of a background one once its work is done.
  const report: null | Result = result && !('work' in result) ? result : finished
  const chosen = section?.mappings.find((m) => m.name === mapping)
  const id = `pregonero-import-${kind}`
  return (
    <section aria-labelledby={`${id}-title`} className="pregonero-import">
      <button aria-controls={id} aria-expanded={open} className="pregonero-button" onClick={toggle} type="button">
        {open ? t.close : t.open}
      </button>
      {open ? (
        <div className="pregonero-card" id={id}>
          <h2 className="pregonero-card__title" id={`${id}-title`}>
            {t.title[kind]}
          </h2>
          <p className="pregonero-meta">{t.help}</p>
          {!options && !error ? <p className="pregonero-meta">{t.loading}</p> : null}
          {section ? (
            <form className="pregonero-import__form" onSubmit={submit}>
              <label htmlFor={`${id}-file`}>{t.file}</label>
              <input accept=".csv,text/csv" id={`${id}-file`} onChange={(e) => setFile(e.target.files?.[0] ?? null)} required type="file" />
              <label htmlFor={`${id}-mapping`}>{t.mapping}</label>
              <select id={`${id}-mapping`} onChange={(e) => setMapping(e.target.value)} value={mapping}>
                <option value="">{t.auto}</option>
                {section.mappings.map((m) => (
                  <option key={m.name} value={m.name}>
                    {m.label} ({m.dateOrder})
                  </option>
                ))}
              </select>
              {chosen ? (
                <details>
                  <summary>{t.columns}</summary>
                  <ul className="pregonero-list">
                    {Object.entries(chosen.columns).map(([field, names]) => (
                      <li key={field}>
                        <code>{field}</code>: {names.join(', ')}
                      </li>
                    ))}
                  </ul>
                </details>
              ) : null}
              {kind === 'socialMetrics' && options?.socialMetrics ? (
                <>
                  <label htmlFor={`${id}-account`}>{t.account}</label>
                  <select id={`${id}-account`} onChange={(e) => setAccount(e.target.value)} value={account}>
                    <option value="">{t.fromFile}</option>
                    {options.socialMetrics.accounts.map((a) => (
                      <option key={String(a.id)} value={String(a.id)}>
                        {a.network} · {a.handle}
                      </option>
                    ))}
                  </select>
                </>
              ) : null}
              <label htmlFor={`${id}-policy`}>{t.policy}</label>
              <select id={`${id}-policy`} onChange={(e) => setPolicy(e.target.value)} value={policy}>
                <option value="valid-rows">{t.validRows}</option>
                <option value="all-or-nothing">{t.allOrNothing}</option>
              </select>
              <label>
                <input checked={dryRun} onChange={(e) => setDryRun(e.target.checked)} type="checkbox" /> {t.dryRun}
              </label>
              <label>
                <input checked={background} onChange={(e) => setBackground(e.target.checked)} type="checkbox" /> {tr('backgroundOption')}
              </label>
              {typeof options?.backgroundAboveRows === 'number' ? (
                <p className="pregonero-meta">{tr('importBackgroundAbove', { rows: options.backgroundAboveRows.toLocaleString(i18n?.language === 'en' ? 'en' : 'es-CO') })}</p>
              ) : null}
              <button className="pregonero-button" disabled={busy || !file} type="submit">
                {dryRun ? t.validate : t.submit}
              </button>
            </form>
          ) : null}
          <div aria-live="polite">
            <CallStatus busy={busy} busyText={t.busy} error={error} />
            {workId !== null ? <BackgroundProgress
                key={String(workId)}
                onFinished={(work) => {
                  if (work.status !== 'done') return
                  setFinished((work.result as Result | undefined) ?? null)
                  router.refresh()
                }}
                workId={workId}
              /> : null}
            {report ? (
              <>
                <p>{t.summary(report)}</p>
                {report.encoding ? <p className="pregonero-meta">{pt('csvEncodingRead', { encoding: ENCODING_NAMES[report.encoding] ?? report.encoding })}</p> : null}
                {report.rows?.length ? (
                  <table className="pregonero-import__report">
                    <thead>
                      <tr>
                        <th scope="col">{t.line}</th>
                        <th scope="col">{t.status}</th>
                        <th scope="col">{t.field}</th>
                        <th scope="col">{t.reason}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {report.rows.map((row) => (
                        <tr key={`${row.line}-${row.status}`}>
                          <td>{row.line}</td>
                          <td>{row.status === 'rejected' ? t.rejected : t.skipped}</td>
                          <td>{row.field ?? ''}</td>
                          <td>{row.reason}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                ) : (
                  <p>{t.none}</p>
                )}
              </>
            ) : null}
          </div>
        </div>
      ) : null}
    </section>
  )
}
