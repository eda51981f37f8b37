'use client'

import type { DefaultCellComponentProps } from 'payload'

import { useConfig, useTranslation } from '@payloadcms/ui'

import { labelIn, stateLabel, stateLabelsOf } from '../../../../kernel/admin/stateLabels.js'
import { usePregoneroT } from '../../../../kernel/i18n/client.js'

type Row = { collection?: string; document?: string; documentTitle?: null | string }

const useEntity = (slug: string | undefined) => {
  const { getEntityConfig } = useConfig()
  return slug ? (getEntityConfig({ collectionSlug: slug }) as undefined | { fields?: unknown[]; labels?: { singular?: unknown } }) : undefined
}

/** A trail row's `from` / `to`: the state's label in the reader's language ("Aceptada", not "accepted"). */
export function TrailStateCell({ cellData, rowData }: DefaultCellComponentProps) {
  const { i18n } = useTranslation()
  const entity = useEntity((rowData as Row)?.collection)
  if (cellData === null || cellData === undefined || cellData === '') return <span>—</span>
  return <span data-code={String(cellData)}>{stateLabel(stateLabelsOf(entity?.fields, i18n.language), String(cellData))}</span>
}

/** A trail row's collection: its label ("Solicitud de comunicación"), not its slug. */
export function TrailCollectionCell({ cellData }: DefaultCellComponentProps) {
  const { i18n } = useTranslation()
  const entity = useEntity(typeof cellData === 'string' ? cellData : undefined)
  return <span data-slug={String(cellData ?? '')}>{labelIn(entity?.labels?.singular, i18n.language) || String(cellData ?? '')}</span>
}

/** A trail row's document: its title when the row was written, linked to the document. */
export function TrailDocumentCell({ rowData }: DefaultCellComponentProps) {
  const t = usePregoneroT()
  const { config } = useConfig()
  const row = (rowData ?? {}) as Row
  if (!row.collection || !row.document) return <span>—</span>
  const href = `${config.routes?.admin ?? '/admin'}/collections/${row.collection}/${encodeURIComponent(row.document)}`
  return (
    <a href={href} onClick={(event) => event.stopPropagation()}>
      {row.documentTitle || t('trailDocumentMissing', { id: row.document })}
    </a>
  )
}
