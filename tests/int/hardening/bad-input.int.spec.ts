/**
 * The bad-input corpus (tests/e2e/badInputCorpus.ts) in-process: the same rows through the app's
 * real REST route handlers (no build needed), on a fresh seeded SQLite file. The e2e spec runs
 * them over HTTP against the built app.
 */
import type { Fx } from '../../e2e/badInputCorpus.js'

import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'

import { withMethodOverrideBody } from '../../../src/platform/queries/methodOverride.js'
import { seed } from '../../../dev/seed/index.js'
import { corpusSuite } from '../../e2e/badInputCorpus.js'
import { makeBadInputFixtures } from '../../e2e/fixtures/badInputData.js'
import { bootPayload, type Booted } from '../../helpers/bootPayload.js'

type Handler = (request: Request, args: { params: Promise<{ slug: string[] }> }) => Promise<Response>

let app: Booted

corpusSuite(async () => {
  app = await bootPayload()
  await seed(app.payload, { demoUsers: true })
  const fx = (await makeBadInputFixtures(app.payload)) as unknown as Fx
  const config = app.payload.config
  const handlers: Record<string, Handler> = {
    GET: REST_GET(config) as unknown as Handler,
    // as the app's route file composes it (dev/app/(payload)/api/[...slug]/route.ts)
    POST: withMethodOverrideBody(REST_POST(config) as unknown as Handler),
    PATCH: REST_PATCH(config) as unknown as Handler,
    DELETE: REST_DELETE(config) as unknown as Handler,
  }
  return {
    fx,
    dir: app.dir,
    fetch: (path, init) => {
      const url = new URL(path, 'http://localhost:3000')
      if (url.pathname === '/api/graphql') return GRAPHQL_POST(config)(new Request(url, init))
      const slug = url.pathname.replace(/^\/api\//, '').split('/').filter(Boolean).map(decodeURIComponent)
      return handlers[init.method ?? 'GET']!(new Request(url, init), { params: Promise.resolve({ slug }) })
    },
  }
})
afterAll(() => app?.close())
