'use client'

import { useDocumentInfo } from '@payloadcms/ui'

import { usePregoneroT } from '../../../kernel/i18n/client.js'
import { officeDateTime } from '../../../kernel/time/officeDates.js'
import { SLUGS } from '../../../kernel/slugs.js'

type Entry = { order?: number; title?: string; collection?: string; file?: string; format?: string; size?: number; sha256?: string; documentDate?: string; addedAt?: string }

const bytes = (size: number | undefined): string => {
  if (!size) return '0 B'
  const units = ['B', 'KB', 'MB', 'GB']
  const power = Math.min(units.length - 1, Math.floor(Math.log(size) / Math.log(1024)))
  return `${(size / 1024 ** power).toFixed(power ? 1 : 0)} ${units[power]}`
}

/**
 * The expediente's electronic index (Acuerdo AGN 003/2015) as one readable table: order,
 * document, kind, format, size, SHA-256, dates (day first, the office's zone). It shows the saved
 * index, which only the system writes.
 */
export function ElectronicIndexTable({ timeZone }: { timeZone?: string }) {
  const { savedDocumentData } = useDocumentInfo()
  const t = usePregoneroT()
  const entries = ((savedDocumentData as { electronicIndex?: Entry[] } | undefined)?.electronicIndex ?? []) as Entry[]
  return (
    <div className="pregonero-card pregonero-electronic-index">
      <h3 className="pregonero-card__title">{t('expedienteIndexTitle')}</h3>
      <p>{t('expedienteIndexHelp')}</p>
      {entries.length === 0 ? (
        <p>{t('expedienteIndexEmpty')}</p>
      ) : (
        <table className="pregonero-table">
          <thead>
            <tr>
              <th scope="col">{t('expedienteIndexOrder')}</th>
              <th scope="col">{t('expedienteIndexDocument')}</th>
              <th scope="col">{t('expedienteIndexFormat')}</th>
              <th scope="col">{t('expedienteIndexSize')}</th>
              <th scope="col">{t('expedienteIndexHash')}</th>
              <th scope="col">{t('expedienteIndexCreated')}</th>
              <th scope="col">{t('expedienteIndexAdded')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={`${entry.order}-${entry.file}`}>
                <td>{entry.order}</td>
                <td>
                  {entry.title}
                  <br />
                  <small>{t(entry.collection === SLUGS.contents ? 'expedienteIndexContent' : 'expedienteIndexAsset')} · {entry.file}</small>
                </td>
                <td>{entry.format}</td>
                <td>{bytes(entry.size)}</td>
                <td>
                  <code className="pregonero-hash" title={entry.sha256}>
                    {entry.sha256}
                  </code>
                </td>
                <td>{officeDateTime(entry.documentDate, timeZone)}</td>
                <td>{officeDateTime(entry.addedAt, timeZone)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  )
}
