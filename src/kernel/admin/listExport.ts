import type { CollectionConfig, CollectionSlug, Endpoint, Field, PayloadRequest, Where } from 'payload'

import { rowsToCsv } from '../formats/csv.js'
import { withLabel } from '../i18n/fieldLabel.js'
import { tr } from '../i18n/index.js'
import { officeDateTime, OFFICE_TIME_ZONE } from '../time/officeDates.js'
import { clientComponent } from './componentPaths.js'
import { labelIn, stateLabel, stateLabelsOf } from './stateLabels.js'

/**
 * "Exportar CSV" on every list (issue 15, item 9): GET /api/pregonero/export.csv?collection=<slug>
 * with the list's own `where` and `sort` (the URL the list shows) and, optionally, `columns=a,b`.
 * The rows are read with the caller's access (`overrideAccess: false`: collection AND field read
 * rules, the query paths they may filter on). Cells are what the list shows, in the reader's
 * language: labels for headers, options and states, titles for relationships, day-first dates in
 * the office's zone. UTF-8 with BOM so Excel opens the accents right.
 */
const PAGE = 500
const MAX_ROWS = 50_000
const SLUG = /^[a-z0-9-]{1,64}$/

type Named = Field & { name: string }

const topFields = (fields: Field[]): Named[] =>
  fields.flatMap((field) => {
    if ('name' in field && field.name) return [field as Named]
    if (field.type === 'row' || field.type === 'collapsible') return topFields(field.fields)
    if (field.type === 'tabs') return field.tabs.flatMap((tab) => ('name' in tab && tab.name ? [] : topFields(tab.fields)))
    return []
  })

const titleOf = (req: PayloadRequest, relationTo: string, value: unknown): string => {
  if (value === null || value === undefined) return ''
  if (typeof value !== 'object') return String(value)
  const doc = value as Record<string, unknown>
  if ('relationTo' in doc && 'value' in doc) return titleOf(req, String(doc.relationTo), doc.value)
  const useAsTitle = req.payload.collections[relationTo as CollectionSlug]?.config.admin?.useAsTitle ?? 'id'
  return String(doc[useAsTitle] ?? doc.id ?? '')
}

const cellOf = (req: PayloadRequest, field: Named, value: unknown, row: Record<string, unknown>, language: string, timeZone: string, states: (collection: string) => Record<string, string>): unknown => {
  if (value === null || value === undefined) return ''
  switch (field.type) {
    case 'date':
      return officeDateTime(value, timeZone)
    case 'checkbox':
      return value ? req.t('general:yes') : req.t('general:no')
    case 'select':
    case 'radio': {
      const options = (field.options ?? []) as Array<{ value: string; label?: unknown } | string>
      const one = (v: unknown) => {
        const option = options.find((o) => (typeof o === 'string' ? o : o.value) === v)
        return option && typeof option === 'object' ? labelIn(option.label, language) || String(v) : String(v)
      }
      return Array.isArray(value) ? value.map(one) : one(value)
    }
    case 'relationship':
    case 'upload': {
      const relationTo = Array.isArray(field.relationTo) ? '' : String(field.relationTo)
      return Array.isArray(value) ? value.map((v) => titleOf(req, relationTo, v)) : titleOf(req, relationTo, value)
    }
    case 'text':
      // The trail's states read as labels of the row's own collection.
      if ((field.name === 'from' || field.name === 'to') && typeof row.collection === 'string' && field.admin?.components?.Cell) {
        return stateLabel(states(row.collection), String(value))
      }
      if (field.name === 'collection' && typeof value === 'string' && req.payload.collections[value as CollectionSlug]) {
        return labelIn(req.payload.collections[value as CollectionSlug].config.labels?.singular, language) || value
      }
      return value
    case 'richText':
    case 'json':
    case 'array':
    case 'blocks':
    case 'group':
      return typeof value === 'string' ? value : JSON.stringify(value)
    default:
      return value
  }
}

export const listExportEndpoint = (timeZone: string = OFFICE_TIME_ZONE): Endpoint => ({
  path: '/pregonero/export.csv',
  method: 'get',
  handler: async (req) => {
    const bad = (field: string, rule: string, status = 400) => {
      // A parameter by its label; signing in names none.
      const message = status === 400 ? withLabel(req, null, field, rule) : rule
      return Response.json({ errors: [{ field, message }], message }, { status })
    }
    if (!req.user) return bad('user', tr(req, 'exportSignIn'), 401)
    const query = (req.query ?? {}) as { collection?: unknown; where?: unknown; sort?: unknown; columns?: unknown }
    const slug = typeof query.collection === 'string' ? query.collection : ''
    const collection = SLUG.test(slug) ? req.payload.collections[slug as CollectionSlug]?.config : undefined
    if (!collection || slug.startsWith('payload-')) return bad('collection', tr(req, 'exportUnknownCollection', { value: slug }))
    if (query.where !== undefined && (typeof query.where !== 'object' || query.where === null || Array.isArray(query.where))) {
      return bad('where', tr(req, 'exportBadWhere'))
    }
    const language = req.i18n?.language ?? 'es'
    const fields = topFields(collection.fields)
    const wanted = typeof query.columns === 'string' && query.columns ? query.columns.split(',') : (collection.admin?.defaultColumns ?? [collection.admin?.useAsTitle ?? 'id'])
    const columns = wanted.map((name) => fields.find((f) => f.name === name)).filter((f): f is Named => Boolean(f) && !(f as { hidden?: boolean }).hidden && !(f?.admin as undefined | { hidden?: boolean })?.hidden)
    if (columns.length === 0) return bad('columns', tr(req, 'exportNoColumns'))

    const stateCache = new Map<string, Record<string, string>>()
    const states = (name: string) => {
      if (!stateCache.has(name)) stateCache.set(name, stateLabelsOf(req.payload.collections[name as CollectionSlug]?.config.fields, language))
      return stateCache.get(name)!
    }
    const rows: unknown[][] = [columns.map((field) => labelIn(('label' in field ? field.label : undefined) ?? field.name, language) || field.name)]
    try {
      for (let page = 1; ; page++) {
        const result = await req.payload.find({
          collection: slug as CollectionSlug,
          where: query.where as Where | undefined,
          sort: typeof query.sort === 'string' ? query.sort : undefined,
          limit: PAGE,
          page,
          depth: 1,
          draft: Boolean(collection.versions && typeof collection.versions === 'object' && collection.versions.drafts),
          overrideAccess: false,
          user: req.user,
          req,
        })
        for (const doc of result.docs as unknown as Array<Record<string, unknown>>) rows.push(columns.map((field) => cellOf(req, field, doc[field.name], doc, language, timeZone, states)))
        if (!result.hasNextPage || rows.length > MAX_ROWS) break
      }
    } catch (error) {
      const status = (error as { status?: number }).status ?? 500
      if (status >= 500) throw error
      return bad('where', (error as Error).message, status)
    }
    const label = labelIn(collection.labels?.plural, language) || slug
    const name = `${label.normalize('NFKD').replace(/[^\w]+/g, '-').replace(/^-|-$/g, '').toLowerCase() || slug}.csv`
    return new Response(rowsToCsv(rows, { bom: true }), {
      status: 200,
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${name}"`,
        'Cache-Control': 'no-store',
        'X-Total-Rows': String(rows.length - 1),
      },
    })
  },
})

/** Every list of these collections gets the "Exportar CSV" button (after its own components). */
export const withListExport = (collections: CollectionConfig[]): CollectionConfig[] =>
  collections.map((collection) => {
    const before = collection.admin?.components?.beforeListTable ?? []
    const component = clientComponent('ListCsvExport')
    if (before.includes(component)) return collection
    return { ...collection, admin: { ...collection.admin, components: { ...collection.admin?.components, beforeListTable: [...before, component] } } }
  })
