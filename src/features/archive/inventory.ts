import type { PayloadRequest } from 'payload'

import { recordsToCsv } from '../../kernel/formats/csv.js'
import { SLUGS } from '../../kernel/slugs.js'

type Asset = {
  id: number | string
  title?: string
  kind?: string
  capturedAt?: string | null
  createdAt?: string
  accessLevel?: string
  status?: string
  filesize?: number | null
  department?: { id: number | string; name?: string } | number | string | null
  retention?: { series?: { code?: string } | number | string | null; years?: number | null; disposition?: string | null; dueAt?: string | null } | null
}

export type InventoryRow = { kind: string; year: string; department: string; accessLevel: string; count: number; totalSize: number }

/** Reads every asset page by page (adapter-neutral), with only the fields asked for. */
const eachAsset = async (req: PayloadRequest, select: Record<string, true>, where?: Record<string, unknown>, onDoc?: (a: Asset) => void) => {
  let page = 1
  for (;;) {
    const result = await req.payload.find({
      collection: SLUGS.archiveAssets,
      where: where as never,
      depth: 1,
      limit: 500,
      page,
      sort: 'id',
      req,
      overrideAccess: true,
      select: select,
      populate: { departments: { name: true }, 'retention-series': { code: true } },
    })
    for (const doc of result.docs as unknown as Asset[]) onDoc?.(doc)
    if (!result.hasNextPage) return
    page++
  }
}

/** Inventory of the archive (A.8): counts and total size by kind, year, department and access level. */
export const archiveInventory = async (req: PayloadRequest): Promise<InventoryRow[]> => {
  const groups = new Map<string, InventoryRow>()
  await eachAsset(req, { kind: true, capturedAt: true, createdAt: true, department: true, accessLevel: true, filesize: true }, undefined, (asset) => {
    const year = String(new Date(asset.capturedAt ?? asset.createdAt ?? Date.now()).getUTCFullYear())
    const department = typeof asset.department === 'object' && asset.department ? (asset.department.name ?? String(asset.department.id)) : asset.department ? String(asset.department) : '—'
    const row = { kind: asset.kind ?? '—', year, department, accessLevel: asset.accessLevel ?? '—' }
    const key = JSON.stringify(row)
    const current = groups.get(key) ?? { ...row, count: 0, totalSize: 0 }
    current.count++
    current.totalSize += asset.filesize ?? 0
    groups.set(key, current)
  })
  return [...groups.values()].sort((a, b) =>
    a.kind.localeCompare(b.kind) || a.year.localeCompare(b.year) || a.department.localeCompare(b.department) || a.accessLevel.localeCompare(b.accessLevel),
  )
}

export type DispositionRow = {
  id: number | string
  title: string
  series: string
  years: number | null
  disposition: string
  dueAt: string
  status: string
  /** On legal hold: a disposal act refuses it (src/features/archive/collections/ArchiveDisposals). */
  legalHold: boolean
}

/** Assets whose retention has run out by `at` under their series (A.8), oldest first. Never deleted automatically. */
export const dueForDisposition = async (req: PayloadRequest, at = new Date()): Promise<DispositionRow[]> => {
  const rows: DispositionRow[] = []
  await eachAsset(
    req,
    { title: true, retention: true, status: true, legalHold: true },
    { 'retention.dueAt': { less_than_equal: at.toISOString() } },
    (asset) => {
      const series = asset.retention?.series
      rows.push({
        id: asset.id,
        title: asset.title ?? '',
        series: typeof series === 'object' && series ? (series.code ?? '') : series ? String(series) : '',
        years: asset.retention?.years ?? null,
        disposition: asset.retention?.disposition ?? '',
        dueAt: asset.retention?.dueAt ?? '',
        status: asset.status ?? '',
        legalHold: (asset as { legalHold?: boolean }).legalHold === true,
      })
    },
  )
  return rows.sort((a, b) => a.dueAt.localeCompare(b.dueAt))
}

/** CSV (UTF-8 with BOM so spreadsheet programs read the accents), Spanish headers. */
export const toCsv = (headers: Array<[string, string]>, rows: Array<Record<string, unknown>>): string =>
  recordsToCsv(headers.map(([key, header]) => ({ key, header })), rows, { bom: true })
