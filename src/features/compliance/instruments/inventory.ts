import type { PayloadRequest, Where } from 'payload'

import type { ResolvedOptions } from '../../../types.js'

import { PUBLISHED_EXTERNAL, publicArchiveWhere } from '../../../kernel/access/index.js'
import { idOf } from '../../../kernel/ids.js'
import { SLUGS } from '../../../kernel/slugs.js'
import { officeDay } from '../../../kernel/time/officeDates.js'
import { CONTENT_KINDS } from '../../../kernel/vocabulary.js'
// The archive's kinds name a category of asset when it has no TRD series (the archive feature owns them).
import { ARCHIVE_KINDS } from '../../archive/collections/ArchiveAssets/index.js'
import { contentURL } from '../../publicApi/http.js'
import { UPDATE_FREQUENCIES } from '../collections/TransparencyItems/index.js'

/**
 * THE inventory behind the information management instruments (Decreto 1080/2015 arts.
 * 2.8.5.3.1–2; Res. MinTIC 1519/2020 menu 7.1): every content and archive asset, read once, with
 * what each instrument needs. The Registro de Activos, the Índice and the Esquema de Publicación
 * are views of these records, so nothing is entered twice (research AR-9).
 */
export type InventoryRecord = {
  collection: typeof SLUGS.contents | typeof SLUGS.archiveAssets
  id: string
  title: string
  description: string
  /** The category of information: the TRD series of an asset, else its kind; a content's kind. */
  category: string
  language: string
  medium: string
  format: string
  generatedAt: string
  /** Readable by anyone (the public read rule of its collection): "publicada"; else "disponible". */
  published: boolean
  classification: 'classified' | 'public' | 'reserved'
  legalBasis: string
  objective: string
  scope: string
  until: string
  /** Responsable de la producción: the departments that produced it, else the office. */
  producer: string
  /** Responsable de la información: the owner of the menu item that publishes it, else the producer. */
  owner: string
  /** The update frequency of the menu item that publishes it ('' when none does). */
  frequency: string
  /** Lugar de consulta. */
  place: string
}

/** A numbered item of the transparency menu: information the entity publishes or will publish. */
export type MenuRecord = { number: string; title: string; owner: string; frequency: string; lastUpdated: string; notApplicable: boolean }

export type Inventory = { records: InventoryRecord[]; menu: MenuRecord[] }

type Named = { id: number | string; name?: string } | number | string | null | undefined
type Doc = Record<string, any>

const nameOf = (value: Named): string => (value && typeof value === 'object' ? (value.name ?? String(value.id)) : '')
const labelOf = (list: ReadonlyArray<{ value: string; label: { es: string } }>, value: unknown): string => list.find((o) => o.value === value)?.label.es ?? String(value ?? '')
const LANGUAGE = 'Español'
const MEDIUM = 'Digital (electrónico)'

/** Related documents bring only what the instruments print (a department's name, a series' code and names). */
const POPULATE = {
  [SLUGS.departments]: { name: true },
  [SLUGS.retentionSeries]: { code: true, seriesName: true, subseriesName: true },
  [SLUGS.contents]: { title: true },
  [SLUGS.archiveAssets]: { title: true },
}

/** Every document of a collection, page by page (adapter-neutral), as the system reads it. */
const eachDoc = async (req: PayloadRequest, collection: string, onDoc: (doc: Doc) => void, where?: Where, select?: Record<string, true>) => {
  for (let page = 1; ; page++) {
    const result = await req.payload.find({ collection: collection as never, where, depth: 1, limit: 200, page, sort: 'id', req, overrideAccess: true, select: select as never, populate: POPULATE as never })
    for (const doc of result.docs as Doc[]) onDoc(doc)
    if (!result.hasNextPage) return
  }
}

const idsWhere = async (req: PayloadRequest, collection: string, where: Where): Promise<Set<string>> => {
  const ids = new Set<string>()
  await eachDoc(req, collection, (doc) => ids.add(String(doc.id)), where, { id: true })
  return ids
}

/** Reads the inventory once. Who sees which part is decided by each instrument (instruments.ts). */
export const readInventory = async (req: PayloadRequest, options: ResolvedOptions): Promise<Inventory> => {
  const office = options.branding.officeName
  // The menu: who owns and how often each published record is updated.
  const menu: MenuRecord[] = []
  const publishedBy = new Map<string, { owner: string; frequency: string; number: string }>()
  const select = (...fields: string[]) => Object.fromEntries(fields.map((field) => [field, true])) as Record<string, true>
  await eachDoc(req, SLUGS.transparencyItems, (item) => {
    const owner = nameOf(item.ownerDepartment)
    const frequency = item.updateFrequency ? labelOf(UPDATE_FREQUENCIES, item.updateFrequency) : ''
    menu.push({ number: item.number, title: item.title, owner, frequency, lastUpdated: officeDay(item.lastUpdated), notApplicable: Boolean(item.notApplicable) })
    for (const link of (item.links ?? []) as Doc[]) {
      const content = idOf(link.content)
      const asset = idOf(link.asset)
      if (content != null) publishedBy.set(`${SLUGS.contents}:${content}`, { owner, frequency, number: item.number })
      if (asset != null) publishedBy.set(`${SLUGS.archiveAssets}:${asset}`, { owner, frequency, number: item.number })
    }
  }, undefined, select('number', 'title', 'ownerDepartment', 'updateFrequency', 'lastUpdated', 'notApplicable', 'links'))
  menu.sort((a, b) => a.number.localeCompare(b.number, 'en', { numeric: true }))

  const records: InventoryRecord[] = []
  const restricted = (doc: Doc) => ({
    classification: (doc.classification ?? 'public') as InventoryRecord['classification'],
    legalBasis: doc.classificationDetails?.legalBasis ?? '',
    objective: doc.classificationDetails?.objective ?? '',
    scope: doc.classificationDetails?.scope === 'partial' ? 'Parcial' : doc.classificationDetails?.scope === 'total' ? 'Total' : '',
    until: officeDay(doc.classificationDetails?.until),
  })
  const fromMenu = (collection: string, doc: Doc, producer: string) => {
    const entry = publishedBy.get(`${collection}:${doc.id}`)
    // A record no menu item publishes is updated when it changes.
    return { owner: entry?.owner || producer, frequency: entry?.frequency || labelOf(UPDATE_FREQUENCIES, 'on-change'), menuNumber: entry?.number ?? '' }
  }

  const publicContents = await idsWhere(req, SLUGS.contents, PUBLISHED_EXTERNAL)
  await eachDoc(req, SLUGS.contents, (doc) => {
    const producer = ((doc.departments ?? []) as Named[]).map(nameOf).filter(Boolean).join('; ') || office
    const published = publicContents.has(String(doc.id))
    const menuEntry = fromMenu(SLUGS.contents, doc, producer)
    records.push({
      collection: SLUGS.contents,
      id: String(doc.id),
      title: doc.title ?? '',
      description: doc.summary ?? '',
      category: labelOf(CONTENT_KINDS, doc.kind),
      language: LANGUAGE,
      medium: MEDIUM,
      format: 'HTML',
      generatedAt: officeDay(doc.publishedAt ?? doc.createdAt),
      published,
      ...restricted(doc),
      producer,
      owner: menuEntry.owner,
      frequency: menuEntry.frequency,
      place: published && doc.slug ? contentURL(options.api, doc.slug) : menuEntry.menuNumber ? `Menú Transparencia ${menuEntry.menuNumber}` : office,
    })
  }, undefined, select('title', 'summary', 'kind', 'slug', 'departments', 'publishedAt', 'createdAt', 'classification', 'classificationDetails'))

  const publicAssets = await idsWhere(req, SLUGS.archiveAssets, publicArchiveWhere())
  await eachDoc(req, SLUGS.archiveAssets, (doc) => {
    const producer = nameOf(doc.department) || office
    const published = publicAssets.has(String(doc.id))
    const series = doc.retention?.series
    const category = series && typeof series === 'object' ? `${series.code} ${series.seriesName ?? ''}${series.subseriesName ? ` – ${series.subseriesName}` : ''}`.trim() : labelOf(ARCHIVE_KINDS, doc.kind)
    const menuEntry = fromMenu(SLUGS.archiveAssets, doc, producer)
    records.push({
      collection: SLUGS.archiveAssets,
      id: String(doc.id),
      title: doc.title ?? '',
      description: doc.description ?? '',
      category,
      language: LANGUAGE,
      medium: MEDIUM,
      format: doc.mimeType ?? '',
      generatedAt: officeDay(doc.capturedAt ?? doc.createdAt),
      published,
      ...restricted(doc),
      producer,
      owner: menuEntry.owner,
      frequency: menuEntry.frequency,
      place: published ? `${options.serverURL}/api/${SLUGS.archiveAssets}/${doc.id}` : menuEntry.menuNumber ? `Menú Transparencia ${menuEntry.menuNumber}` : office,
    })
  }, undefined, select('title', 'description', 'kind', 'mimeType', 'capturedAt', 'createdAt', 'department', 'retention', 'classification', 'classificationDetails'))
  return { records, menu }
}
