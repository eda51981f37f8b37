import type { Endpoint, PayloadRequest, Where } from 'payload'

import type { ResolvedOptions } from '../../types.js'

import { enforceAnonymousRead } from '../../platform/rateLimit/index.js'
import { CHANNELS, CONTENT_KINDS } from '../../kernel/vocabulary.js'
import { badParameter, intParam, notFound, responseHeaders } from './http.js'
import { SLUGS } from '../../kernel/slugs.js'

const CHANNEL_VALUES = CHANNELS.map((option) => option.value as string)
const KIND_VALUES = CONTENT_KINDS.map((option) => option.value as string)
const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/
const DEPARTMENT_CODE = /^[A-Z0-9-]{2,16}$/

/** True when the contents collection (as configured) has a field of that name (e.g. `campaign`, added by the plan area). */
const contentsHasField = (req: PayloadRequest, name: string): boolean =>
  Boolean(req.payload.collections.contents?.config.flattenedFields.some((field) => field.name === name))

/**
 * `GET /api/pregonero/contents/by-slug/:slug` — one content by its slug, as the caller may read it
 * (anonymous: published external only; staff: published internal too, and what their role reads).
 * `?depth=0..2` (default 1). 404 when it does not exist OR the caller may not see it.
 */
export const contentBySlugEndpoint = (options: ResolvedOptions): Endpoint => ({
  path: '/pregonero/contents/by-slug/:slug',
  method: 'get',
  handler: async (req) => {
    await enforceAnonymousRead(req, options.api.rateLimit)
    const slug = String(req.routeParams?.slug ?? '')
    if (!slug || slug.length > 200) return badParameter(req, 'slug', 'paramSlug')
    const url = new URL(req.url ?? 'http://localhost')
    const depth = intParam(url.searchParams.get('depth'), 0, 2)
    if (depth === null) return badParameter(req, 'depth', 'paramDepth')
    const found = await req.payload.find({
      collection: SLUGS.contents,
      where: { slug: { equals: slug } },
      limit: 1,
      depth: depth ?? 1,
      overrideAccess: false,
      user: req.user,
      req,
    })
    const doc = found.docs[0]
    if (!doc) return notFound(req, 'contentSlugNotFound', { slug })
    return new Response(JSON.stringify(doc), { status: 200, headers: responseHeaders(req, options.api, 'application/json; charset=utf-8') })
  },
})

/**
 * `GET /api/pregonero/contents?channel=web&department=<id|CODE>&campaign=<id>&kind=news&limit=10&page=1`
 * — the latest contents the caller may read, newest first, filtered by channel, department,
 * campaign (only when contents have a `campaign` field) and kind. Each bad parameter answers 400
 * naming it.
 */
export const contentListEndpoint = (options: ResolvedOptions): Endpoint => ({
  path: '/pregonero/contents',
  method: 'get',
  handler: async (req) => {
    await enforceAnonymousRead(req, options.api.rateLimit)
    const params = new URL(req.url ?? 'http://localhost').searchParams
    const known = new Set(['channel', 'department', 'campaign', 'kind', 'limit', 'page', 'depth'])
    for (const name of params.keys()) {
      if (!known.has(name)) return badParameter(req, name, 'paramUnknown', { known: [...known].join(', ') })
    }
    const and: Where[] = []

    const channel = params.get('channel')
    if (channel !== null) {
      if (!CHANNEL_VALUES.includes(channel)) return badParameter(req, 'channel', 'paramOneOf', { allowed: CHANNEL_VALUES.join(', ') })
      and.push({ channels: { in: [channel] } })
    }

    const kind = params.get('kind')
    if (kind !== null) {
      if (!KIND_VALUES.includes(kind)) return badParameter(req, 'kind', 'paramOneOf', { allowed: KIND_VALUES.join(', ') })
      and.push({ kind: { equals: kind } })
    }

    const department = params.get('department')
    if (department !== null) {
      if (!ID_PATTERN.test(department)) return badParameter(req, 'department', 'paramDepartment')
      let departmentId: number | string = department
      if (DEPARTMENT_CODE.test(department) && !/^\d+$/.test(department)) {
        // Department codes are public identifiers; the lookup returns only the id.
        const byCode = await req.payload.find({
          collection: SLUGS.departments,
          where: { code: { equals: department } },
          limit: 1,
          depth: 0,
          select: {},
          overrideAccess: true,
          req,
        })
        if (!byCode.docs[0]) return badParameter(req, 'department', 'paramDepartmentCode', { code: department })
        departmentId = byCode.docs[0].id
      } else if (/^\d+$/.test(department)) {
        departmentId = Number(department)
      }
      and.push({ departments: { in: [departmentId] } })
    }

    const campaign = params.get('campaign')
    if (campaign !== null) {
      if (!contentsHasField(req, 'campaign')) {
        return badParameter(req, 'campaign', 'paramNoCampaignField')
      }
      if (!ID_PATTERN.test(campaign)) return badParameter(req, 'campaign', 'paramCampaign')
      and.push({ campaign: { equals: /^\d+$/.test(campaign) ? Number(campaign) : campaign } })
    }

    const limit = intParam(params.get('limit'), 1, 100)
    if (limit === null) return badParameter(req, 'limit', 'paramLimit')
    const page = intParam(params.get('page'), 1, 10_000)
    if (page === null) return badParameter(req, 'page', 'paramPage')
    const depth = intParam(params.get('depth'), 0, 2)
    if (depth === null) return badParameter(req, 'depth', 'paramDepth')

    const result = await req.payload.find({
      collection: SLUGS.contents,
      where: and.length ? { and } : {},
      sort: '-publishedAt',
      limit: limit ?? 10,
      page: page ?? 1,
      depth: depth ?? 1,
      overrideAccess: false,
      user: req.user,
      req,
    })
    return new Response(JSON.stringify(result), { status: 200, headers: responseHeaders(req, options.api, 'application/json; charset=utf-8') })
  },
})
