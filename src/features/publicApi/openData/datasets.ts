import type { ResolvedOptions } from '../../../types.js'
import type { OpenDataset } from './types.js'

import { contentURL } from '../http.js'
import { REQUEST_STATUSES } from '../../workflow/states.js'
import { maxDate, readAll } from './read.js'
import { SLUGS } from '../../../kernel/slugs.js'

/**
 * The published-content catalogue: exactly what the public website may show. Read as an anonymous
 * caller (overrideAccess: false, no user), so the contents' access rule decides.
 */
export const publishedContentsDataset: OpenDataset = {
  id: 'published-contents',
  title: { es: 'Catálogo de contenidos publicados', en: 'Catalogue of published contents' },
  description: {
    es: 'Noticias, comunicados y demás productos comunicacionales publicados para la ciudadanía por la Oficina de Comunicación Social.',
    en: 'News, press releases and other communication products published for citizens by the communications office.',
  },
  frequency: { es: 'Diaria', en: 'Daily' },
  columns: [
    { key: 'id', title: { es: 'Identificador', en: 'Identifier' }, type: 'text' },
    { key: 'title', title: { es: 'Título', en: 'Title' }, type: 'text' },
    { key: 'kind', title: { es: 'Tipo', en: 'Kind' }, type: 'text' },
    { key: 'channels', title: { es: 'Canales (separados por ;)', en: 'Channels (separated by ;)' }, type: 'text' },
    { key: 'publishedAt', title: { es: 'Fecha de publicación', en: 'Publication date' }, type: 'date' },
    { key: 'url', title: { es: 'Dirección en el sitio web', en: 'Website address' }, type: 'url' },
  ],
  load: async (payload, options: ResolvedOptions) => {
    type Doc = { id: number | string; title: string; kind: string; channels?: null | string[]; publishedAt?: null | string; slug?: null | string; updatedAt: string }
    const docs = await readAll<Doc>(payload, {
      collection: SLUGS.contents,
      sort: '-publishedAt',
      depth: 0,
      select: { title: true, kind: true, channels: true, publishedAt: true, slug: true, updatedAt: true },
      overrideAccess: false,
    })
    return {
      rows: docs.map((doc) => ({
        id: String(doc.id),
        title: doc.title,
        kind: doc.kind,
        channels: doc.channels ?? [],
        publishedAt: doc.publishedAt ? new Date(doc.publishedAt).toISOString() : null,
        url: doc.slug ? contentURL(options.api, doc.slug) : null,
      })),
      lastUpdate: maxDate(docs.map((doc) => doc.updatedAt)),
    }
  },
}

/**
 * Request statistics per department and month (month the request was filed), counts by status.
 * Aggregates only: no titles, descriptions, requesters or any personal data leave the system.
 */
export const requestStatisticsDataset: OpenDataset = {
  id: 'request-statistics',
  title: { es: 'Solicitudes de comunicación por dependencia y mes', en: 'Communication requests per department and month' },
  description: {
    es: 'Número de solicitudes de comunicación radicadas por cada dependencia en cada mes, por estado actual. Sin datos personales.',
    en: 'Number of communication requests filed by each department each month, by current status. No personal data.',
  },
  frequency: { es: 'Mensual', en: 'Monthly' },
  columns: [
    { key: 'month', title: { es: 'Mes (AAAA-MM)', en: 'Month (YYYY-MM)' }, type: 'text' },
    { key: 'departmentCode', title: { es: 'Código de la dependencia', en: 'Department code' }, type: 'text' },
    { key: 'department', title: { es: 'Dependencia', en: 'Department' }, type: 'text' },
    ...REQUEST_STATUSES.map((status) => ({ key: status, title: { es: `Solicitudes en estado ${status}`, en: `Requests with status ${status}` }, type: 'integer' as const })),
    { key: 'total', title: { es: 'Total', en: 'Total' }, type: 'integer' },
  ],
  load: async (payload) => {
    type Req = { department?: null | number | string | { id: number | string }; status: string; createdAt: string; updatedAt: string }
    // System aggregation (requests are not public): only department, status and dates are read.
    const requests = await readAll<Req>(payload, {
      collection: SLUGS.communicationRequests,
      depth: 0,
      select: { department: true, status: true, createdAt: true, updatedAt: true },
      overrideAccess: true,
    })
    const departments = await readAll<{ id: number | string; code: string; name: string }>(payload, {
      collection: SLUGS.departments,
      depth: 0,
      select: { code: true, name: true },
      overrideAccess: true,
    })
    const byId = new Map(departments.map((department) => [String(department.id), department]))
    const groups = new Map<string, Record<string, number | string>>()
    for (const request of requests) {
      const depId = request.department && typeof request.department === 'object' ? request.department.id : request.department
      const department = depId === null || depId === undefined ? undefined : byId.get(String(depId))
      const month = new Date(request.createdAt).toISOString().slice(0, 7)
      const key = `${month}|${department?.code ?? ''}`
      let row = groups.get(key)
      if (!row) {
        row = { month, departmentCode: department?.code ?? '', department: department?.name ?? '', total: 0 }
        for (const status of REQUEST_STATUSES) row[status] = 0
        groups.set(key, row)
      }
      row[request.status] = Number(row[request.status] ?? 0) + 1
      row.total = Number(row.total) + 1
    }
    const rows = [...groups.values()].sort((a, b) =>
      a.month === b.month ? String(a.departmentCode).localeCompare(String(b.departmentCode)) : String(a.month).localeCompare(String(b.month)),
    )
    return { rows, lastUpdate: maxDate(requests.map((request) => request.updatedAt)) }
  },
}
