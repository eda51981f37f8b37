'use client'

import { useConfig, useListQuery, useTableColumns } from '@payloadcms/ui'

import { usePregoneroT } from '../i18n/client.js'

const encode = (prefix: string, value: unknown, out: string[]) => {
  if (value === null || value === undefined) return
  if (typeof value === 'object') {
    for (const [key, inner] of Object.entries(value as Record<string, unknown>)) encode(`${prefix}[${key}]`, inner, out)
    return
  }
  out.push(`${encodeURIComponent(prefix)}=${encodeURIComponent(String(value))}`)
}

/**
 * "Exportar CSV" above a list (issue 15, item 9): the rows of this view with its current filters,
 * search, sort and visible columns, through GET /api/pregonero/export.csv (read with the user's access).
 */
export function ListCsvExport({ collectionSlug }: { collectionSlug?: string }) {
  const t = usePregoneroT()
  const { config, getEntityConfig } = useConfig()
  const { query } = useListQuery()
  let columns: string[] = []
  try {
    columns = (useTableColumns()?.columns ?? []).filter((column) => column.active).map((column) => column.accessor)
  } catch {
    columns = []
  }
  if (!collectionSlug) return null
  const entity = getEntityConfig({ collectionSlug }) as undefined | { admin?: { useAsTitle?: string } }
  const parts: string[] = [`collection=${encodeURIComponent(collectionSlug)}`]
  const and: unknown[] = []
  if (query?.where && Object.keys(query.where).length) and.push(query.where)
  // The list's search box filters on the title field (Payload adds it to the where on the server).
  if (typeof query?.search === 'string' && query.search) and.push({ [entity?.admin?.useAsTitle ?? 'id']: { like: query.search } })
  if (and.length) encode('where', { and }, parts)
  if (typeof query?.sort === 'string' && query.sort) parts.push(`sort=${encodeURIComponent(query.sort)}`)
  const names = columns.filter((name) => !name.startsWith('_') && name !== 'id')
  if (names.length) parts.push(`columns=${encodeURIComponent(names.join(','))}`)
  const href = `${config.serverURL ?? ''}${config.routes?.api ?? '/api'}/pregonero/export.csv?${parts.join('&')}`
  return (
    <div className="pregonero-list-export" style={{ marginBottom: 'calc(var(--base) / 2)' }}>
      <a className="pregonero-button" download href={href} title={t('exportCsvHint')}>
        {t('exportCsv')}
      </a>
    </div>
  )
}
