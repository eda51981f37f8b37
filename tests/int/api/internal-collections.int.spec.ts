/**
 * Payload's own collections and globals (issue 13, item 7) — `payload-jobs`, `payload-jobs-stats`,
 * `payload-locked-documents`, `payload-preferences`, `payload-migrations`, `payload-kv` and any
 * other Payload adds during sanitization — have explicit rules, enforced on REST and GraphQL (the
 * app's route handlers in-process) and on the Local API with `overrideAccess: false`. And the
 * FINAL config (what Payload serves) is walked: every collection and global has an explicit rule
 * for every operation, so a new one cannot slip in with Payload's "any signed-in user".
 */
import type { Access, Payload } from 'payload'

import { jest } from '@jest/globals'
import { GRAPHQL_POST } from '@payloadcms/next/routes'

import { CLOSED_UNKNOWN_INTERNAL, PAYLOAD_DEFAULT_ACCESS } from '../../../src/platform/internal/hardenInternal.js'
import { INNER_ACCESS } from '../../../src/platform/rateLimit/install.js'
import { type Booted, bootPayload } from '../../helpers/bootPayload.js'
import { restClient } from '../../helpers/rest.js'
import { makeContent, makeDepartment, makeRequest, makeUser, TEST_PASSWORD } from '../../helpers/fixtures.js'
import { INTERNAL } from './accessMatrix.js'

jest.setTimeout(120_000)

type Who = 'admin' | 'auditor' | 'editor' | 'head' | 'requesterA' | 'requesterB'
let app: Booted
let payload: Payload
let rest: ReturnType<typeof restClient>
let gql: (query: string, token?: string, variables?: Record<string, unknown>) => Promise<any>
const users = {} as Record<Who, Awaited<ReturnType<typeof makeUser>>>
const tokens = {} as Record<Who, string>
let requestA: { id: number | string }
let requestB: { id: number | string }
let draftContent: { id: number | string }
let lockOnB: { id: number | string }
let lockOnA: { id: number | string }

const lock = async (collection: string, id: number | string, by: Who) =>
  // as Payload's admin does it: a database write, no access rule
  (await payload.db.create({ collection: 'payload-locked-documents', data: { document: { relationTo: collection, value: id }, user: { relationTo: 'users', value: users[by].id } } })) as { id: number | string }

beforeAll(async () => {
  app = await bootPayload({ RATE_LIMIT_ENABLED: 'false' })
  payload = app.payload
  rest = restClient(payload.config)
  const depA = await makeDepartment(payload, 'DEPA')
  const depB = await makeDepartment(payload, 'DEPB')
  Object.assign(users, {
    admin: await makeUser(payload, ['admin'], { email: 'int-admin@test.local' }),
    head: await makeUser(payload, ['head'], { email: 'int-head@test.local' }),
    editor: await makeUser(payload, ['editor'], { email: 'int-editor@test.local' }),
    auditor: await makeUser(payload, ['auditor'], { email: 'int-auditor@test.local' }),
    requesterA: await makeUser(payload, ['requester'], { email: 'int-req-a@test.local', department: depA.id }),
    requesterB: await makeUser(payload, ['requester'], { email: 'int-req-b@test.local', department: depB.id }),
  })
  for (const who of Object.keys(users) as Who[]) tokens[who] = await rest.login(users[who].email, TEST_PASSWORD)
  const request = (department: number | string, requestedBy: number | string) => makeRequest(payload, { title: 'Solicitud', department, requestedBy, description: 'x' })
  requestA = await request(depA.id, users.requesterA.id)
  requestB = await request(depB.id, users.requesterB.id)
  draftContent = await makeContent(payload, { title: 'Borrador' }, { draft: true })
  lockOnB = await lock('communication-requests', requestB.id, 'requesterB')
  lockOnA = await lock('communication-requests', requestA.id, 'head')
  await payload.db.updateGlobal({ slug: 'payload-jobs-stats', data: { stats: { scheduledRuns: { queues: { pregonero: {} } } } }, req: undefined as never }).catch(() => payload.db.createGlobal({ slug: 'payload-jobs-stats', data: { stats: { scheduledRuns: {} } } } as never))
  const handler = GRAPHQL_POST(payload.config)
  gql = async (query, token, variables) => {
    const res = await handler(new Request('http://localhost:3000/api/graphql', { method: 'POST', headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `JWT ${token}` } : {}) }, body: JSON.stringify({ query, variables }) }))
    return res.json()
  }
})
afterAll(() => app?.close())

const refused = async (promise: Promise<unknown>) => {
  await expect(promise).rejects.toMatchObject({ status: expect.any(Number) })
}
const asUser = (who: Who) => ({ user: users[who], overrideAccess: false as const })

// ── the walk ────────────────────────────────────────────────────────────────────────────────

/** The rule as Payload will run it: through the plugin's counting wrapper of file reads, to the rule it wraps. */
const effective = (rule: unknown): unknown => (rule && typeof rule === 'function' && INNER_ACCESS in rule ? (rule as Record<symbol, unknown>)[INNER_ACCESS] : rule)
const problem = (rule: unknown): null | string => {
  const inner = effective(rule)
  if (typeof inner !== 'function') return 'missing'
  if (inner === PAYLOAD_DEFAULT_ACCESS) return "Payload's default (any signed-in user)"
  if ((inner as unknown as Record<symbol, unknown>)[CLOSED_UNKNOWN_INTERNAL]) return 'an internal collection Pregonero has no rule for (closed at run time)'
  return null
}

describe('the final config: an explicit rule for every operation of every collection and global', () => {
  it('every collection: create, read, update, delete (+ readVersions with versions, unlock and admin with auth)', () => {
    const gaps: string[] = []
    for (const collection of payload.config.collections) {
      const operations = ['create', 'read', 'update', 'delete', ...(collection.versions ? ['readVersions'] : []), ...(collection.auth ? ['unlock', 'admin'] : [])]
      for (const operation of operations) {
        const why = problem((collection.access as Record<string, Access | undefined>)[operation])
        if (why) gaps.push(`${collection.slug}.${operation}: ${why}`)
      }
    }
    expect(gaps).toEqual([])
  })

  it('every global: read, update (+ readVersions with versions)', () => {
    const gaps: string[] = []
    for (const global of payload.config.globals) {
      for (const operation of ['read', 'update', ...(global.versions ? ['readVersions'] : [])]) {
        const why = problem((global.access as Record<string, Access | undefined>)[operation])
        if (why) gaps.push(`globals/${global.slug}.${operation}: ${why}`)
      }
    }
    expect(gaps).toEqual([])
  })

  it('the jobs API (run, queue, cancel) has explicit rules too', () => {
    const access = payload.config.jobs.access as Record<string, unknown>
    expect(['run', 'queue', 'cancel'].filter((operation) => problem(access[operation]))).toEqual([])
  })

  it('Payload added the internal collections the matrix covers, and no other', () => {
    const internal = [...payload.config.collections.map((c) => c.slug), ...payload.config.globals.map((g) => g.slug)].filter((slug) => slug.startsWith('payload-'))
    expect(internal.sort()).toEqual(Object.keys(INTERNAL).sort())
  })
})

// ── the rules, on every path ────────────────────────────────────────────────────────────────

describe('payload-jobs-stats (the scheduler reads its next runs from it)', () => {
  it('no signed-in user overwrites it: REST, GraphQL, Local API', async () => {
    for (const who of ['editor', 'requesterA', 'auditor', 'head', 'admin'] as const) {
      const res = await rest.post('/globals/payload-jobs-stats', { stats: { scheduledRuns: { forged: true } } }, { token: tokens[who] })
      expect({ who, status: res.status }).toEqual({ who, status: 403 })
      await refused(payload.updateGlobal({ slug: 'payload-jobs-stats', data: { stats: { forged: true } } as never, ...asUser(who) }))
    }
    const mutation = await gql('mutation ($stats: JSON) { updatePayloadJobsStat(data: { stats: $stats }) { stats } }', tokens.editor, { stats: { forged: true } })
    expect(mutation.errors[0].extensions.statusCode).toBe(403)
    expect(mutation.data?.updatePayloadJobsStat ?? null).toBeNull()
    const stored = await payload.findGlobal({ slug: 'payload-jobs-stats', overrideAccess: true })
    expect(JSON.stringify(stored)).not.toContain('forged')
  })

  it('only admins read it', async () => {
    expect((await rest.get('/globals/payload-jobs-stats', { token: tokens.admin })).status).toBe(200)
    for (const who of ['editor', 'auditor', 'requesterA'] as const) {
      expect((await rest.get('/globals/payload-jobs-stats', { token: tokens[who] })).status).toBe(403)
      await refused(payload.findGlobal({ slug: 'payload-jobs-stats', ...asUser(who) }))
    }
  })
})

describe('payload-jobs', () => {
  it('admins read the queue; nobody writes to it through the API', async () => {
    expect((await rest.get('/payload-jobs', { token: tokens.admin })).status).toBe(200)
    for (const who of ['head', 'editor', 'auditor'] as const) expect((await rest.get('/payload-jobs', { token: tokens[who] })).status).toBe(403)
    for (const who of ['admin', 'head'] as const) {
      expect((await rest.post('/payload-jobs', { taskSlug: 'inline', input: {} }, { token: tokens[who] })).status).toBe(403)
      await refused(payload.create({ collection: 'payload-jobs', data: { taskSlug: 'inline' } as never, ...asUser(who) }))
    }
    const gqlList = await gql('{ PayloadJobs { totalDocs } }', tokens.editor)
    expect(gqlList.data?.PayloadJobs ?? null).toBeNull()
  })
})

describe('payload-locked-documents (who is editing what)', () => {
  const lockIds = (json: { docs?: Array<{ id: number | string }> }) => (json.docs ?? []).map((doc) => String(doc.id)).sort()

  it("a liaison never sees who locked another department's request (REST, GraphQL, Local API)", async () => {
    const res = await rest.get('/payload-locked-documents?depth=1', { token: tokens.requesterA })
    expect(res.status).toBe(200)
    expect(lockIds(res.json)).toEqual([String(lockOnA.id)])
    expect(res.text).not.toContain('int-req-b@test.local')
    const local = await payload.find({ collection: 'payload-locked-documents', ...asUser('requesterA') })
    expect(local.docs.map((doc) => String(doc.id))).toEqual([String(lockOnA.id)])
    const graph = await gql('{ PayloadLockedDocuments { docs { id } } }', tokens.requesterA)
    expect(graph.data.PayloadLockedDocuments.docs.map((doc: { id: number }) => String(doc.id))).toEqual([String(lockOnA.id)])
    // by id, the other department's lock does not exist for them
    expect((await rest.get(`/payload-locked-documents/${lockOnB.id}`, { token: tokens.requesterA })).status).toBe(404)
    // the head reads both (reads every request)
    expect(lockIds((await rest.get('/payload-locked-documents', { token: tokens.head })).json)).toEqual([String(lockOnA.id), String(lockOnB.id)].sort())
  })

  it('the auditor (who updates nothing) neither creates nor deletes locks', async () => {
    const create = await rest.post('/payload-locked-documents', { document: { relationTo: 'contents', value: draftContent.id }, user: { relationTo: 'users', value: users.auditor.id } }, { token: tokens.auditor })
    expect(create.status).toBe(403)
    await refused(payload.create({ collection: 'payload-locked-documents', data: { document: { relationTo: 'contents', value: draftContent.id }, user: { relationTo: 'users', value: users.auditor.id } } as never, ...asUser('auditor') }))
    expect((await rest.delete(`/payload-locked-documents/${lockOnA.id}`, { token: tokens.auditor })).status).toBe(403)
    const gqlDelete = await gql(`mutation { deletePayloadLockedDocument(id: ${lockOnA.id}) { id } }`, tokens.auditor)
    expect(gqlDelete.data?.deletePayloadLockedDocument ?? null).toBeNull()
    expect(await payload.count({ collection: 'payload-locked-documents', where: { id: { equals: lockOnA.id } }, overrideAccess: true })).toEqual({ totalDocs: 1 })
  })

  it('an editor locks a document they may edit, only in their own name; a liaison cannot lock another department\'s request', async () => {
    const inOwnName = await rest.post('/payload-locked-documents', { document: { relationTo: 'contents', value: draftContent.id }, user: { relationTo: 'users', value: users.editor.id } }, { token: tokens.editor })
    expect(inOwnName.status).toBe(201)
    const inAnotherName = await rest.post('/payload-locked-documents', { document: { relationTo: 'contents', value: draftContent.id }, user: { relationTo: 'users', value: users.head.id } }, { token: tokens.editor })
    expect(inAnotherName.status).toBe(403)
    const otherDepartment = await rest.post('/payload-locked-documents', { document: { relationTo: 'communication-requests', value: requestB.id }, user: { relationTo: 'users', value: users.requesterA.id } }, { token: tokens.requesterA })
    expect(otherDepartment.status).toBe(403)
    // taking a lock over (the admin's "take over") names only yourself; releasing your own works
    const takeOverForSomeoneElse = await rest.patch(`/payload-locked-documents/${lockOnA.id}`, { user: { relationTo: 'users', value: users.auditor.id } }, { token: tokens.editor })
    expect(takeOverForSomeoneElse.status).toBe(403)
    const takeOver = await rest.patch(`/payload-locked-documents/${lockOnA.id}`, { user: { relationTo: 'users', value: users.editor.id } }, { token: tokens.editor })
    expect(takeOver.status).toBe(200)
    expect((await rest.delete(`/payload-locked-documents/${inOwnName.json.doc.id}`, { token: tokens.editor })).status).toBe(200)
    // a liaison cannot release the lock on another department's request
    expect((await rest.delete(`/payload-locked-documents/${lockOnB.id}`, { token: tokens.requesterA })).status).toBe(403)
    expect(await payload.count({ collection: 'payload-locked-documents', where: { id: { equals: lockOnB.id } }, overrideAccess: true })).toEqual({ totalDocs: 1 })
  })

  it('anonymous callers get nothing', async () => {
    expect((await rest.get('/payload-locked-documents')).status).toBe(403)
    expect((await rest.post('/payload-locked-documents', { globalSlug: 'brand-manual', user: { relationTo: 'users', value: users.admin.id } })).status).toBe(403)
  })
})

describe('payload-preferences, payload-migrations, payload-kv', () => {
  it('preferences: each user their own, never another user\'s', async () => {
    expect((await rest.post('/payload-preferences/nav', { value: { open: true } }, { token: tokens.editor })).status).toBe(200)
    expect((await rest.post('/payload-preferences/nav', { value: { open: false } }, { token: tokens.head })).status).toBe(200)
    const mine = await rest.get('/payload-preferences', { token: tokens.editor })
    expect(mine.json.docs.map((doc: { user: { value: unknown } }) => String((doc.user.value as { id?: unknown })?.id ?? doc.user.value))).toEqual([String(users.editor.id)])
    const local = await payload.find({ collection: 'payload-preferences', ...asUser('editor'), depth: 0 })
    expect(local.docs).toHaveLength(1)
    const headsPreference = (await payload.find({ collection: 'payload-preferences', where: { 'user.value': { equals: users.head.id } }, overrideAccess: true })).docs[0]!
    // (by id through the collection's routes: refused)
    expect([403, 404]).toContain((await rest.patch(`/payload-preferences/${headsPreference.id}`, { value: { hijacked: true } }, { token: tokens.editor })).status)
    expect(JSON.stringify((await payload.findByID({ collection: 'payload-preferences', id: headsPreference.id, overrideAccess: true })).value)).not.toContain('hijacked')
    // a missing key is a 404, not a 500
    expect((await rest.delete('/payload-preferences/no-such-key', { token: tokens.editor })).status).toBe(404)
  })

  it('migrations and the key-value store: closed to every caller (no API route answers 5xx)', async () => {
    for (const who of ['admin', 'editor'] as const) {
      await refused(payload.find({ collection: 'payload-migrations', ...asUser(who) }))
      await refused(payload.find({ collection: 'payload-kv' as never, ...asUser(who) }))
      await refused(payload.create({ collection: 'payload-kv' as never, data: { key: 'x', data: {} } as never, ...asUser(who) }))
      expect((await rest.get('/payload-migrations', { token: tokens[who] })).status).toBe(404)
      expect((await rest.get('/payload-kv', { token: tokens[who] })).status).toBe(403)
    }
  })
})
