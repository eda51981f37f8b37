/**
 * Malformed queries are 400, never 500 (issue 13, item 9), on EVERY collection and global of the
 * final config (the plugin's, the host's, Payload's internal ones): REST through the app's route
 * handlers in-process (as an admin, who reaches everything, and anonymously), GraphQL, and the
 * Local API with `overrideAccess: false`. The answer names the parameter. (The bad-input corpus
 * runs the same query-string rows over HTTP against the build.)
 */
import type { Payload } from 'payload'

import { jest } from '@jest/globals'
import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { formatNames } from 'payload'

import { type Booted, bootPayload } from '../../helpers/bootPayload.js'
import { restClient } from '../../helpers/rest.js'
import { makeUser, TEST_PASSWORD } from '../../helpers/fixtures.js'

jest.setTimeout(300_000)

let app: Booted
let payload: Payload
let rest: ReturnType<typeof restClient>
let admin: Awaited<ReturnType<typeof makeUser>>
let token: string
let graphql: (query: string, auth?: string) => Promise<{ status: number; body: any }>

beforeAll(async () => {
  app = await bootPayload({ RATE_LIMIT_ENABLED: 'false' })
  payload = app.payload
  rest = restClient(payload.config)
  admin = await makeUser(payload, ['admin'], { email: 'queries-admin@test.local' })
  token = await rest.login(admin.email, TEST_PASSWORD)
  const handler = GRAPHQL_POST(payload.config)
  graphql = async (query, auth) => {
    const res = await handler(new Request('http://localhost:3000/api/graphql', { method: 'POST', headers: { 'Content-Type': 'application/json', ...(auth ? { Authorization: `JWT ${auth}` } : {}) }, body: JSON.stringify({ query }) }))
    return { status: res.status, body: await res.json() }
  }
})
afterAll(() => app?.close())

/** Query strings, and the parameter the answer must name (null: any 4xx will do). */
const QUERIES: Array<[string, null | RegExp]> = [
  ['/abc', /"path":"id"/],
  ['?limit=-5&page=-1', /"path":"(limit|page)"/],
  ['?limit=1.5', /"path":"limit"/],
  ['?limit=1e309', /"path":"limit"/],
  ['?limit=todo', /"path":"limit"/],
  ['?page=0', /"path":"page"/],
  ['?depth=-1', /"path":"depth"/],
  ['?where[createdAt][greater_than]=notadate', /where\.createdAt\.greater_than/],
  ['?where[updatedAt][in]=ayer,hoy', /where\.updatedAt\.in/],
  ['?where[id][in]=abc,def', /where\.id\.in/],
  ['?where[id][not_in]=abc', /where\.id\.not_in/],
  ['?where[id][equals][x]=1', /where\.id\.equals/],
  ['?where[id][near]=1,2', /where\.id\.near/],
  ['?where[and][0][createdAt][equals]=x', /where\.createdAt\.equals/],
  ['?where[or]=abc', /where\.or/],
  ['?where=abc', /"path":"where"/],
  ['/count?where[createdAt][less_than]=x', /where\.createdAt\.less_than/],
  ['/count?where=abc', /"path":"where"/],
]

const collections = () => payload.config.collections.map((collection) => collection.slug)
/** `/api/payload-preferences/<key>` is a preference KEY (any text), not a document id: `/abc` and `/count` are well-formed there. */
const keyRoute = (slug: string, query: string) => slug === 'payload-preferences' && /^\/[a-z]/.test(query)
const no5xx = (where: string, res: { status: number; text: string }) => expect({ where, status: res.status < 500 ? 'not 5xx' : `${res.status} ${res.text.slice(0, 200)}` }).toEqual({ where, status: 'not 5xx' })

describe('REST: every collection, as an admin (who reaches everything) and anonymously', () => {
  it('covers the plugin collections and Payload\'s internal ones', () => {
    expect(collections()).toEqual(expect.arrayContaining(['contents', 'users', 'communication-requests', 'payload-jobs', 'payload-locked-documents', 'payload-preferences', 'payload-kv', 'payload-migrations']))
  })

  it.each(QUERIES)('%s: 4xx on every collection, naming the parameter (admin)', async (query, names) => {
    for (const slug of collections()) {
      if (slug === 'payload-migrations' || keyRoute(slug, query)) continue // no API routes at all: 404 (below); a key
      const res = await rest.get(`/${slug}${query}`, { token })
      const where = `GET /api/${slug}${query}`
      no5xx(where, res)
      // payload-kv is closed to everyone: once the query is well-formed enough, access refuses it
      if (slug === 'payload-kv' && res.status === 403) continue
      expect({ where, status: res.status }).toEqual({ where, status: 400 })
      if (names) expect({ where, named: names.test(res.text) }).toEqual({ where, named: true })
    }
  })

  it.each(QUERIES)('%s: never 5xx anonymously either (refused or 400)', async (query) => {
    for (const slug of collections()) {
      if (keyRoute(slug, query)) continue
      const res = await rest.get(`/${slug}${query}`)
      no5xx(`anonymous GET /api/${slug}${query}`, res)
      expect([400, 401, 403, 404]).toContain(res.status)
    }
  })

  it('bulk PATCH and DELETE with a malformed where, and by a malformed id: 400, nothing changed', async () => {
    const counts = async () => Promise.all(collections().map(async (slug) => (await payload.count({ collection: slug as never, overrideAccess: true })).totalDocs))
    const before = await counts()
    for (const slug of collections()) {
      for (const [method, path] of [['DELETE', '?where=abc'], ['DELETE', '?where[createdAt][equals]=x'], ['PATCH', '?where[id][in]=abc'], ['DELETE', '/abc'], ['PATCH', '/abc']] as const) {
        const res = method === 'DELETE' ? await rest.delete(`/${slug}${path}`, { token }) : await rest.patch(`/${slug}${path}`, {}, { token })
        no5xx(`${method} /api/${slug}${path}`, res)
      }
    }
    expect(await counts()).toEqual(before)
  })

  it('globals: depth, and their versions (where Payload runs no hook)', async () => {
    for (const global of payload.config.globals) {
      for (const query of ['?depth=-1', '/versions?where[createdAt][less_than]=x', '/versions?limit=-1', '/versions?where=abc', '/versions/abc']) {
        const res = await rest.get(`/globals/${global.slug}${query}`, { token })
        no5xx(`GET /api/globals/${global.slug}${query}`, res)
        if (global.slug !== 'payload-jobs-stats' || query === '?depth=-1') expect([400, 403, 404]).toContain(res.status)
      }
    }
    const versions = await rest.get('/globals/brand-manual/versions?where[createdAt][less_than]=x', { token })
    expect(versions.status).toBe(400)
    expect(versions.text).toMatch(/where\.createdAt\.less_than/)
  })

  it('a collection with no API routes (payload-migrations) answers 404, not 501', async () => {
    expect((await rest.get('/payload-migrations', { token })).status).toBe(404)
  })

  it('the answer is in the caller\'s language', async () => {
    const english = await rest.get('/contents?where[publishedAt][greater_than]=notadate', { token, headers: { 'Accept-Language': 'en' } })
    expect(english.json.errors[0].message).toMatch(/is not a valid date/)
    const spanish = await rest.get('/contents?where[publishedAt][greater_than]=notadate', { token, headers: { 'Accept-Language': 'es' } })
    expect(spanish.json.errors[0].message).toMatch(/no es una fecha válida/)
  })
})

describe('GraphQL: every collection in the schema', () => {
  it('a negative limit or page is a 400 error naming it, never a 500', async () => {
    for (const collection of payload.config.collections) {
      if (collection.graphQL === false) continue
      const name = (collection.graphQL as { pluralName?: string } | undefined)?.pluralName ?? formatNames(collection.slug).plural
      for (const args of ['limit: -5', 'page: -1']) {
        const res = await graphql(`{ ${name}(${args}) { totalDocs } }`, token)
        const error = res.body.errors?.[0]
        const where = `${name}(${args})`
        expect({ where, statusCode: error?.extensions?.statusCode }).toEqual({ where, statusCode: 400 })
        expect(error.message).toMatch(args.startsWith('limit') ? /^Límite:/ : /^Página:/)
      }
    }
  })

  it('a word for a date or an id is refused by the schema, never reaching the database', async () => {
    const date = await graphql('{ Contents(where: { publishedAt: { greater_than: "notadate" } }) { totalDocs } }', token)
    expect(date.body.errors[0].message).toMatch(/notadate/)
    expect(JSON.stringify(date.body)).not.toMatch(/"statusCode":500|Something went wrong/)
  })
})

describe('Local API with overrideAccess: false (and the admin list view, which calls it)', () => {
  it('the same rules, as a QueryError (the admin list view shows an empty list instead of crashing)', async () => {
    const attempts = [
      payload.find({ collection: 'contents', where: { publishedAt: { greater_than: 'notadate' } }, user: admin, overrideAccess: false }),
      payload.find({ collection: 'contents', limit: -5, page: -1, user: admin, overrideAccess: false }),
      payload.find({ collection: 'users', limit: Number('abc'), user: admin, overrideAccess: false }),
      payload.count({ collection: 'campaigns', where: { 'period.end': { less_than: 'pronto' } } as never, user: admin, overrideAccess: false }),
      payload.findByID({ collection: 'campaigns', id: Number('abc'), user: admin, overrideAccess: false }),
    ]
    for (const attempt of attempts) await expect(attempt).rejects.toMatchObject({ name: 'QueryError', status: 400 })
  })

  it('well-formed queries still work, including those Payload itself builds (dates as Date objects, AND/OR)', async () => {
    await expect(payload.find({ collection: 'contents', where: { and: [{ publishedAt: { greater_than: new Date('2020-01-01') } }, { id: { not_in: [] } }] }, user: admin, overrideAccess: false })).resolves.toBeDefined()
    await expect(payload.find({ collection: 'contents', where: { publishedAt: { equals: null } }, limit: 0, user: admin, overrideAccess: false })).resolves.toBeDefined()
    await expect(payload.find({ collection: 'communication-requests', where: { 'department.name': { like: 'Salud' } }, user: admin, overrideAccess: false })).resolves.toBeDefined()
    const gql = await graphql('{ Contents(where: { OR: [{ title: { like: "a" } }, { publishedAt: { greater_than: "2020-01-01T00:00:00.000Z" } }] }) { totalDocs } }', token)
    expect(gql.body.errors).toBeUndefined()
  })
})
