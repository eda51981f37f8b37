'use client'

import type { JSONFieldClientProps } from 'payload'

import { useConfig, useField, useTranslation } from '@payloadcms/ui'

import type { ReportData } from '../reports/build.js'

import { codeNamer, labelIn } from '../../../kernel/admin/stateLabels.js'
import { usePregoneroT } from '../../../kernel/i18n/client.js'
import { reportTables } from '../reports/tables.js'

/**
 * A report's data as the tables its CSV and PDF print (src/features/planning/reports/tables.ts),
 * in place of Payload's JSON editor (which loads Monaco from a CDN, and shows code to an auditor).
 */
export function ReportDataField({ field, path }: JSONFieldClientProps) {
  const t = usePregoneroT()
  const { i18n } = useTranslation()
  const { getEntityConfig } = useConfig()
  const { value } = useField<ReportData | null>({ path: path ?? field.name })
  const label = labelIn(field.label, i18n.language) || field.name
  const name = codeNamer((slug) => (getEntityConfig({ collectionSlug: slug }) as undefined | { fields?: unknown[] })?.fields, i18n.language)
  let tables: ReturnType<typeof reportTables> = []
  try {
    tables = value && typeof value === 'object' ? reportTables(value, name, Object.assign((key: Parameters<typeof t>[0], vars?: Record<string, unknown>) => t(key, vars), { language: i18n.language })) : []
  } catch {
    tables = []
  }
  return (
    <div className="field-type pregonero-report-data">
      <h3 className="field-label">{label}</h3>
      {tables.length === 0 ? <p className="pregonero-empty">{t('reportDataEmpty')}</p> : null}
      {tables.map((table) => (
        <table className="pregonero-table" key={table.title}>
          <caption>{table.title}</caption>
          <thead>
            <tr>
              {table.header.map((header, i) => (
                <th key={`${header}-${i}`} scope="col">
                  {header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, r) => (
              <tr key={r}>
                {row.map((cell, c) => (
                  <td key={c}>{cell === null || cell === undefined ? '' : typeof cell === 'number' ? cell.toLocaleString(i18n.language === 'en' ? 'en-GB' : 'es-CO') : String(cell)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </div>
  )
}
