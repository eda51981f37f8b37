import type { Endpoint } from 'payload'

import type { ResolvedOptions } from '../../types.js'

import { enforceAnonymousRead } from '../../platform/rateLimit/index.js'
import { hasRole } from '../access/hasRole.js'
import { tr } from '../i18n/index.js'
import { PREGONERO_VERSION } from '../version.js'
import { fileStorage } from '../storage/index.js'
import { checkDatabase, checkJobs, checkStorage, type PartResult } from './checks.js'
import { healthDetails } from './details.js'

export const HEALTH_PATH = '/pregonero/health'

/**
 * `GET /api/pregonero/health`, for a proxy's or orchestrator's checks: the database (a cheap read),
 * the storage (the media folder takes a file) and the job queues (lag). 200 when every part is ok,
 * 503 naming the failing parts. Anyone may call it (counted like every anonymous call); only admins
 * see timings, job counts, the figures features add (addHealthDetail: the public cache's hit rate
 * and memory) and the plugin's version. Never an error text, a path or a setting.
 */
export const healthEndpoint = (options: ResolvedOptions): Endpoint => ({
  path: HEALTH_PATH,
  method: 'get',
  handler: async (req) => {
    await enforceAnonymousRead(req, options.api.rateLimit)
    const queues = [...new Set([options.jobsQueue, 'default'])]
    const [database, storage, jobs] = await Promise.all([
      checkDatabase(req.payload),
      checkStorage(fileStorage(options)),
      checkJobs(req.payload, queues),
    ])
    const results: Record<string, PartResult> = { database, storage, jobs }
    const failing = Object.keys(results).filter((part) => !results[part]!.ok)
    const ok = failing.length === 0
    const body: Record<string, unknown> = {
      status: ok ? 'ok' : 'fail',
      message: ok ? tr(req, 'healthOk') : tr(req, 'healthFailing', { parts: failing.join(', ') }),
      parts: Object.fromEntries(Object.entries(results).map(([part, result]) => [part, result.ok ? 'ok' : 'fail'])),
    }
    if (hasRole(req.user as never, 'admin')) {
      body.version = PREGONERO_VERSION
      body.details = { ...Object.fromEntries(Object.entries(results).map(([part, result]) => [part, result.detail])), ...(await healthDetails()) }
    }
    return Response.json(body, { status: ok ? 200 : 503, headers: { 'Cache-Control': 'no-store' } })
  },
})
