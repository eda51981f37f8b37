import type { Endpoint } from 'payload'

import type { OpenDataMetadata, OpenDataset } from './types.js'
import type { ResolvedOptions } from '../../../types.js'

import { toCSV } from './csv.js'
import { openDataRegistry } from './registry.js'
import { enforceAnonymousRead } from '../../../platform/rateLimit/index.js'
import { badParameter, notFound, responseHeaders } from '../http.js'

const base = (options: ResolvedOptions) => `${options.serverURL.replace(/\/+$/, '')}/api/pregonero/open-data`

const metadataOf = (options: ResolvedOptions, dataset: OpenDataset, lastUpdate: null | string): OpenDataMetadata => ({
  id: dataset.id,
  title: dataset.title,
  description: dataset.description,
  frequency: dataset.frequency,
  license: options.api.openData.license,
  licenseURL: options.api.openData.licenseURL,
  publisher: options.api.openData.publisher,
  lastUpdate,
  columns: dataset.columns,
  distributions: [
    { format: 'CSV', mediaType: 'text/csv; charset=utf-8', url: `${base(options)}/${dataset.id}.csv` },
    { format: 'JSON', mediaType: 'application/json; charset=utf-8', url: `${base(options)}/${dataset.id}.json` },
  ],
})

/**
 * Open data (Ley 1712 de 2014): `GET /api/pregonero/open-data` (the catalogue, with each dataset's
 * metadata) and `GET /api/pregonero/open-data/<dataset>.csv|json`. Public: the same answer for
 * everyone. The datasets come from a registry: one entry adds a dataset everywhere.
 */
export const openDataEndpoints = (options: ResolvedOptions, registry: readonly OpenDataset[] = openDataRegistry): Endpoint[] => [
  {
    path: '/pregonero/open-data',
    method: 'get',
    handler: async (req) => {
      await enforceAnonymousRead(req, options.api.rateLimit)
      const datasets = await Promise.all(
        registry.map(async (dataset) => metadataOf(options, dataset, (await dataset.load(req.payload, options)).lastUpdate)),
      )
      const body = {
        title: { es: `Datos abiertos — ${options.institutionName}`, en: `Open data — ${options.institutionName}` },
        publisher: options.api.openData.publisher,
        license: options.api.openData.license,
        licenseURL: options.api.openData.licenseURL,
        datasets,
      }
      return new Response(JSON.stringify(body), { status: 200, headers: responseHeaders(req, options.api, 'application/json; charset=utf-8') })
    },
  },
  {
    path: '/pregonero/open-data/:file',
    method: 'get',
    handler: async (req) => {
      await enforceAnonymousRead(req, options.api.rateLimit)
      const file = String(req.routeParams?.file ?? '')
      const match = /^([a-z0-9-]+)\.([A-Za-z0-9]+)$/.exec(file)
      if (!match) return badParameter(req, 'dataset', 'paramDataset')
      const [, id, format] = match as unknown as [string, string, string]
      const dataset = registry.find((candidate) => candidate.id === id)
      if (!dataset) {
        return notFound(req, 'datasetNotFound', { id, available: registry.map((d) => d.id).join(', ') })
      }
      if (format !== 'csv' && format !== 'json') return badParameter(req, 'format', 'paramCsvOrJson')
      const { rows, lastUpdate } = await dataset.load(req.payload, options)
      if (format === 'json') {
        const headers = responseHeaders(req, options.api, 'application/json; charset=utf-8')
        if (lastUpdate) headers.set('Last-Modified', new Date(lastUpdate).toUTCString())
        return new Response(JSON.stringify({ metadata: metadataOf(options, dataset, lastUpdate), data: rows }), { status: 200, headers })
      }
      const headers = responseHeaders(req, options.api, 'text/csv; charset=utf-8')
      headers.set('Content-Disposition', `inline; filename="${dataset.id}.csv"`)
      headers.set('Link', `<${base(options)}/${dataset.id}.json>; rel="describedby"; type="application/json"`)
      if (lastUpdate) headers.set('Last-Modified', new Date(lastUpdate).toUTCString())
      return new Response(toCSV(dataset.columns, rows), { status: 200, headers })
    },
  },
]
