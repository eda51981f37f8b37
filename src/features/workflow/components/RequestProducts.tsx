'use client'

import { getTranslation } from '@payloadcms/translations'
import { Button, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import type { MessageKey } from '../../../kernel/i18n/index.js'

import { CONTENT_KINDS, PRODUCT_TYPES } from '../../../kernel/vocabulary.js'
import { CONTENT_STAGE_LABELS } from '../states.js'

type Product = {
  id: null | string
  type: string
  answeredBy: string
  state: 'delivered' | 'pending' | 'waived'
  deliverable: null | { id: number | string; title: null | string; stage: null | string }
  waiver: null | { reason?: null | string }
}
type Coverage = { status: string; canWaive: boolean; products: Product[] }

const labelOf = (options: ReadonlyArray<{ value: string; label: { es: string; en: string } }>, value: string) =>
  options.find((option) => option.value === value)?.label

/**
 * On a request: each product it asked for and where it stands (delivered by which content, pending,
 * or waived and why), from `GET /api/communication-requests/:id/products`. The head waives a pending
 * product here, with a reason (`PATCH` with `workflowWaive` + `workflowComment`: a `waiver` row in
 * the trail; the request is delivered when nothing is pending any more).
 */
export const RequestProducts = () => {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n, t: translate } = useTranslation()
  const t = (key: MessageKey, vars?: Record<string, unknown>) =>
    (translate as (key: string, vars?: Record<string, unknown>) => string)(`pregonero:${key}`, vars)
  const api = `${config.serverURL ?? ''}${config.routes?.api ?? '/api'}`
  const [coverage, setCoverage] = useState<Coverage | null>(null)
  const [waiving, setWaiving] = useState<null | string>(null)
  const [reason, setReason] = useState('')
  const [error, setError] = useState<null | string>(null)

  const load = useCallback(async () => {
    if (!id) return
    const response = await fetch(`${api}/communication-requests/${encodeURIComponent(String(id))}/products`, { credentials: 'include' })
    if (response.ok) setCoverage((await response.json()) as Coverage)
  }, [api, id])
  useEffect(() => {
    void load()
  }, [load])

  if (!id || !coverage) return null
  const label = (value: { es: string; en: string } | undefined, fallback: string) => (value ? getTranslation(value, i18n) : fallback)

  const waive = async (product: Product) => {
    setError(null)
    const response = await fetch(`${api}/communication-requests/${encodeURIComponent(String(id))}`, {
      method: 'PATCH',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ workflowWaive: product.id, workflowComment: reason }),
    })
    if (!response.ok) {
      const body = (await response.json().catch(() => ({}))) as { errors?: Array<{ message?: string }> }
      setError(t('waiveFailed', { message: body.errors?.[0]?.message ?? response.status }))
      return
    }
    setWaiving(null)
    setReason('')
    // The status may have changed (delivered): reload the whole document.
    window.location.reload()
  }

  const stateText = (product: Product) => {
    if (product.state === 'waived') return t('productWaived', { reason: product.waiver?.reason ?? '' })
    const title = product.deliverable?.title ?? `#${product.deliverable?.id ?? ''}`
    if (product.state === 'delivered') return t('productDelivered', { title })
    if (!product.deliverable) return t('productPending')
    const stage = product.deliverable.stage ?? ''
    return t('productPendingWith', { title, stage: label(CONTENT_STAGE_LABELS[stage as keyof typeof CONTENT_STAGE_LABELS], stage) })
  }

  return (
    <div className="field-type pregonero-products" style={{ marginBottom: 'var(--base)' }}>
      <label className="field-label">{t('productsTitle')}</label>
      <p style={{ fontSize: 12, opacity: 0.75, margin: '0 0 6px' }}>{t('productsHelp')}</p>
      <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {coverage.products.map((product, index) => (
          <li key={product.id ?? index} data-state={product.state} style={{ padding: '4px 0', borderBottom: '1px solid var(--theme-elevation-100)' }}>
            <strong>{label(labelOf(PRODUCT_TYPES, product.type), product.type)}</strong>{' '}
            <span style={{ fontSize: 12, opacity: 0.7 }}>
              ({t('productAnsweredBy', { kind: label(labelOf(CONTENT_KINDS, product.answeredBy), product.answeredBy) })})
            </span>
            <div>{stateText(product)}</div>
            {coverage.canWaive && product.state === 'pending' && product.id ? (
              waiving === product.id ? (
                <div style={{ marginTop: 4 }}>
                  <textarea
                    aria-label={t('waiveReasonLabel')}
                    placeholder={t('waiveReasonLabel')}
                    value={reason}
                    onChange={(event) => setReason(event.target.value)}
                    rows={2}
                    style={{ width: '100%' }}
                  />
                  <Button buttonStyle="primary" size="small" disabled={!reason.trim()} onClick={() => void waive(product)}>
                    {t('waiveConfirm')}
                  </Button>{' '}
                  <Button buttonStyle="secondary" size="small" onClick={() => setWaiving(null)}>
                    {t('waiveCancel')}
                  </Button>
                  {error ? <div role="alert" style={{ color: 'var(--theme-error-500)' }}>{error}</div> : null}
                </div>
              ) : (
                <Button buttonStyle="secondary" size="small" onClick={() => { setWaiving(product.id); setReason(''); setError(null) }}>
                  {t('waiveButton')}
                </Button>
              )
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  )
}

export default RequestProducts
