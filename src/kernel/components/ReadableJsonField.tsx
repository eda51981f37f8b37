'use client'

import type { JSONFieldClientProps } from 'payload'

import { useField, useTranslation } from '@payloadcms/ui'

import { labelIn } from '../admin/stateLabels.js'

const Value = ({ value }: { value: unknown }) => {
  if (value === null || value === undefined || value === '') return <span>—</span>
  if (Array.isArray(value)) {
    if (value.every((item) => item === null || typeof item !== 'object')) return <span>{value.map(String).join(', ')}</span>
    return (
      <ol className="pregonero-json__list">
        {value.map((item, i) => (
          <li key={i}>
            <Value value={item} />
          </li>
        ))}
      </ol>
    )
  }
  if (typeof value === 'object') {
    return (
      <table className="pregonero-table pregonero-json">
        <tbody>
          {Object.entries(value as Record<string, unknown>).map(([key, inner]) => (
            <tr key={key}>
              <th scope="row">{key}</th>
              <td>
                <Value value={inner} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    )
  }
  return <span>{String(value)}</span>
}

/**
 * A JSON field the system writes (trail details, check results, indicator breakdowns, alert
 * details), shown read-only as a table: Payload's JSON editor loads Monaco from a CDN (it failed
 * in the office's network) and shows code where people expect data.
 */
export function ReadableJsonField({ field, path }: JSONFieldClientProps) {
  const { i18n } = useTranslation()
  const { value } = useField<unknown>({ path: path ?? field.name })
  return (
    <div className="field-type pregonero-json-field" style={{ marginBottom: 'var(--base)' }}>
      <span className="field-label">{labelIn(field.label, i18n.language) || field.name}</span>
      <Value value={value} />
    </div>
  )
}
