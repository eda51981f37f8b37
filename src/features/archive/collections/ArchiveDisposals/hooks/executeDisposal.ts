import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import { conflict, invalidField } from '../../../../../kernel/errors.js'
import { idOf } from '../../../../../kernel/ids.js'
import { tr, trIn } from '../../../../../kernel/i18n/index.js'
import { SLUGS } from '../../../../../kernel/slugs.js'

type Data = Record<string, any>

/** beforeChange: an executed act is immutable (whoever asks, whatever the API). */
export const guardDisposal: CollectionBeforeChangeHook = ({ originalDoc, operation, req }) => {
  if (operation === 'update' && originalDoc?.status === 'executed') {
    throw conflict(tr(req, 'disposalExecuted', { act: originalDoc.actNumber }))
  }
}

/**
 * beforeChange: executing the act (status → executed). Every asset must exist, not be on legal
 * hold, have its retention due (retention.dueAt ≤ now) and a series whose final disposition is not
 * permanent retention (CT). Any failure refuses the whole act (400 on `assets`, naming the assets);
 * otherwise the act records who, when, and each asset's file and SHA-256.
 */
export const executeDisposal: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const merged: Data = { ...(originalDoc ?? {}), ...data }
  if (merged.status !== 'executed') return data
  const ids = ((merged.assets ?? []) as unknown[]).map(idOf).filter((id) => id !== undefined && id !== null)
  if (ids.length === 0) throw invalidField('archive-disposals', 'assets', tr(req, 'disposalNoAssets'), req)
  const { docs } = await req.payload.find({
    collection: SLUGS.archiveAssets,
    where: { id: { in: ids } },
    depth: 1,
    pagination: false,
    req,
    overrideAccess: true,
  })
  const assets = docs as unknown as Data[]
  const now = Date.now()
  const problems: string[] = []
  for (const id of ids) {
    const asset = assets.find((a) => String(a.id) === String(id))
    if (!asset) {
      problems.push(tr(req, 'disposalAssetNotFound', { id }))
      continue
    }
    const name = `"${asset.title}" (id ${asset.id})`
    if (asset.legalHold) problems.push(tr(req, 'disposalLegalHold', { name }))
    const due = asset.retention?.dueAt ? new Date(asset.retention.dueAt).getTime() : NaN
    if (Number.isNaN(due)) problems.push(tr(req, 'disposalNoRetention', { name }))
    else if (due > now) problems.push(tr(req, 'disposalRetentionNotDue', { name, date: new Date(due).toISOString().slice(0, 10) }))
    if (asset.retention?.disposition === 'CT') problems.push(tr(req, 'disposalPermanent', { name }))
  }
  if (problems.length) {
    throw invalidField('archive-disposals', 'assets', tr(req, 'disposalRefused', { problems: problems.join('; ') }), req)
  }
  data.executedAt = new Date().toISOString()
  data.executedBy = req.user?.id ?? null
  data.items = ids.map((id) => {
    const asset = assets.find((a) => String(a.id) === String(id))!
    const series = asset.retention?.series
    return {
      asset: asset.id,
      title: asset.title,
      filename: asset.filename ?? null,
      sha256: asset.sha256 ?? null,
      filesize: asset.filesize ?? null,
      series: series && typeof series === 'object' ? series.code ?? String(series.id) : series ?? null,
      retentionDueAt: asset.retention?.dueAt ?? null,
      disposition: asset.retention?.disposition ?? null,
    }
  })
  return data
}

/**
 * afterChange: once executed, every asset of the act is retired (same transaction), with the act
 * as its reason and link. Rows, checksums and files stay: the audit record is never deleted.
 */
export const retireDisposedAssets: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (doc.status !== 'executed' || previousDoc?.status === 'executed') return doc
  for (const item of (doc.items ?? []) as Data[]) {
    await req.payload.update({
      collection: SLUGS.archiveAssets,
      id: idOf(item.asset)!,
      data: {
        status: 'retired',
        // Stored in the asset's record (the office's records are in Spanish): one language.
        retiredReason: trIn('es', 'disposalRetiredReason', { act: doc.actNumber }),
        disposal: doc.id,
      },
      req,
      overrideAccess: true,
    })
  }
  return doc
}
