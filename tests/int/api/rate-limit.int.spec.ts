import { GRAPHQL_POST } from '@payloadcms/next/routes'

import { clientIP, createMemoryStore } from '../../../src/platform/rateLimit/index.js'
import { type Booted, bootPayload } from '../../helpers/bootPayload.js'
import { restClient } from '../../helpers/rest.js'
import { makeUser, TEST_PASSWORD } from '../../helpers/users.js'

/** Small budgets and short windows so the test sees 429 and then the recovery. */
const WINDOW_MS = 6000
/** Logins hash passwords (slow on a shared CI machine): a longer window so 3 attempts fit in it. */
const LOGIN_WINDOW_MS = 25_000
let app: Booted
let rest: ReturnType<typeof restClient>
let graphql: (query: string, headers: Record<string, string>) => Promise<Response>
let editor: Awaited<ReturnType<typeof makeUser>>
let other: Awaited<ReturnType<typeof makeUser>>
let editorToken: string

beforeAll(async () => {
  app = await bootPayload({
    RATE_LIMIT_ANON_MAX: '5',
    RATE_LIMIT_ANON_WINDOW_MS: String(WINDOW_MS),
    RATE_LIMIT_LOGIN_PER_IP: '6',
    RATE_LIMIT_LOGIN_PER_EMAIL: '3',
    RATE_LIMIT_LOGIN_WINDOW_MS: String(LOGIN_WINDOW_MS),
  })
  rest = restClient(app.payload.config)
  editor = await makeUser(app.payload, ['editor'])
  other = await makeUser(app.payload, ['editor'])
  const handler = GRAPHQL_POST(app.payload.config)
  graphql = (query, headers) =>
    handler(new Request('http://localhost:3000/api/graphql', { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify({ query }) }))
  // Warm up (GraphQL schema, route handlers) and sign in first, so the timed part is quick.
  await graphql('{ Contents { totalDocs } }', ip('192.0.2.250'))
  await rest.get('/contents', { headers: ip('192.0.2.250') })
  editorToken = (await rest.post('/users/login', { email: editor.email, password: TEST_PASSWORD }, { headers: ip('203.0.113.50') })).json.token
}, 120_000)
afterAll(() => app?.close())

/** As nginx forwards it: whatever the client claimed first, then the address nginx saw (what counts). */
const ip = (address: string) => ({ 'X-Forwarded-For': `10.9.8.7, ${address}` })
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('anonymous reads, per IP', () => {
  it('the 6th anonymous read in the window is 429 with Retry-After and a bilingual message; other IPs, staff and later requests pass', async () => {
    const crawler = ip('203.0.113.7')
    for (let i = 0; i < 5; i++) expect((await rest.get('/contents', { headers: crawler })).status).toBe(200)
    const blocked = await rest.get('/contents', { headers: crawler })
    expect(blocked.status).toBe(429)
    const retryAfter = Number(blocked.headers.get('retry-after'))
    expect(retryAfter).toBeGreaterThanOrEqual(1)
    expect(retryAfter).toBeLessThanOrEqual(Math.ceil(WINDOW_MS / 1000))
    const blockedAt = Date.now()
    expect(blocked.json.errors[0].message).toMatch(/Demasiadas solicitudes.* \/ Too many requests/)

    // every door is closed for that IP: by id, count, the plugin's endpoints, GraphQL
    expect((await rest.get('/contents/count', { headers: crawler })).status).toBe(429)
    expect((await rest.get('/pregonero/feeds/news.rss', { headers: crawler })).status).toBe(429)
    expect((await rest.get('/pregonero/open-data', { headers: crawler })).status).toBe(429)
    const gql = await graphql('{ Contents { totalDocs } }', crawler)
    const gqlBody = await gql.json()
    // GraphQL too answers HTTP 429 (not graphql-http's usual 200), with Retry-After
    expect(gql.status).toBe(429)
    expect(Number(gql.headers.get('retry-after'))).toBeGreaterThanOrEqual(1)
    expect(gqlBody.errors[0].message).toMatch(/Demasiadas solicitudes.* \/ Too many requests/)
    expect(gqlBody.errors[0].extensions.statusCode).toBe(429)
    expect(gqlBody.data?.Contents ?? null).toBeNull()

    // another IP is not affected
    expect((await rest.get('/contents', { headers: ip('198.51.100.4') })).status).toBe(200)

    // a signed-in editor behind the same IP (the office NAT) is never limited by the anonymous budget
    const token = editorToken
    for (let i = 0; i < 8; i++) expect((await rest.get('/contents', { headers: crawler, token })).status).toBe(200)
    const staffGql = await graphql('{ Contents { totalDocs } }', { ...crawler, Authorization: `JWT ${token}` })
    expect((await staffGql.json()).errors).toBeUndefined()

    // still blocked; after waiting what Retry-After says, the same client gets through again
    const again = await rest.get('/contents', { headers: crawler })
    expect(again.status).toBe(429)
    expect(Date.now() - blockedAt).toBeLessThan(WINDOW_MS)
    await sleep(Number(again.headers.get('retry-after')) * 1000 + 100)
    expect((await rest.get('/contents', { headers: crawler })).status).toBe(200)
  })

  it('a GraphQL query touching several collections counts once', async () => {
    const client = ip('192.0.2.33')
    for (let i = 0; i < 5; i++) {
      const res = await graphql('{ Contents { totalDocs } countContents { totalDocs } Departments { totalDocs } }', client)
      expect((await res.json()).errors?.find((e: { extensions?: { statusCode?: number } }) => e.extensions?.statusCode === 429)).toBeUndefined()
    }
    // over the budget, a query touching several collections is refused as a whole: HTTP 429, no partial data
    const res = await graphql('{ Contents { totalDocs } countContents { totalDocs } Departments { totalDocs } }', client)
    expect(res.status).toBe(429)
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThanOrEqual(1)
    const sixth = await res.json()
    expect(sixth.errors[0].extensions.statusCode).toBe(429)
    expect(sixth.data).toBeUndefined()
    expect(JSON.stringify(sixth)).not.toContain('totalDocs')
  })
})

describe('login, per e-mail and per IP', () => {
  it('after 3 attempts on one e-mail the 4th is 429 even with the right password, from any IP; it recovers', async () => {
    // (within LOGIN_WINDOW_MS; the wait for recovery is what Retry-After says)
    for (let i = 0; i < 3; i++) {
      const res = await rest.post('/users/login', { email: other.email, password: 'wrong-password' }, { headers: ip(`198.18.0.${i + 1}`) })
      expect(res.status).toBe(401)
    }
    const blocked = await rest.post('/users/login', { email: other.email.toUpperCase(), password: TEST_PASSWORD }, { headers: ip('198.18.0.99') })
    expect(blocked.status).toBe(429)
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThanOrEqual(1)
    expect(blocked.json.errors[0].message).toMatch(/correo.* \/ .*e-mail/)
    await sleep(Number(blocked.headers.get('retry-after')) * 1000 + 100)
    const ok = await rest.post('/users/login', { email: other.email, password: TEST_PASSWORD }, { headers: ip('198.18.0.99') })
    expect(ok.status).toBe(200)
  })

  it('after 6 attempts from one IP (any e-mails) the 7th is 429', async () => {
    const attacker = ip('203.0.113.200')
    for (let i = 0; i < 6; i++) {
      const res = await rest.post('/users/login', { email: `nobody-${i}@test.local`, password: 'x' }, { headers: attacker })
      expect(res.status).toBe(401)
    }
    const blocked = await rest.post('/users/login', { email: editor.email, password: TEST_PASSWORD }, { headers: attacker })
    expect(blocked.status).toBe(429)
    expect(blocked.json.errors[0].message).toMatch(/IP/)
    // the same account from another IP still logs in
    expect((await rest.post('/users/login', { email: editor.email, password: TEST_PASSWORD }, { headers: ip('203.0.113.201') })).status).toBe(200)
  })

  it('system code (Local API) is never limited', async () => {
    for (let i = 0; i < 10; i++) await app.payload.login({ collection: 'users', data: { email: editor.email, password: TEST_PASSWORD } })
    expect((await app.payload.find({ collection: 'contents', overrideAccess: false })).docs).toBeDefined()
  })
})

describe('pieces', () => {
  it('clientIP: last hop by default (a forged first hop is ignored), first hop behind a clean CDN, null without any', () => {
    const headers = new Headers({ 'X-Forwarded-For': '1.1.1.1, 2.2.2.2, 3.3.3.3' })
    expect(clientIP(headers, false)).toBe('3.3.3.3')
    expect(clientIP(headers, true)).toBe('1.1.1.1')
    expect(clientIP(new Headers({ 'X-Real-IP': '4.4.4.4' }), false)).toBe('4.4.4.4')
    expect(clientIP(new Headers(), false)).toBeNull()
  })

  it('forging the first X-Forwarded-For hop does not buy a new budget', async () => {
    const real = '198.51.100.200'
    for (let i = 0; i < 5; i++) expect((await rest.get('/contents', { headers: { 'X-Forwarded-For': `10.0.0.${i}, ${real}` } })).status).toBe(200)
    expect((await rest.get('/contents', { headers: { 'X-Forwarded-For': `10.0.0.99, ${real}` } })).status).toBe(429)
  })

  it('in-process calls with no client address are not limited (never the case under Next.js)', async () => {
    for (let i = 0; i < 8; i++) expect((await rest.get('/contents')).status).toBe(200)
  })

  it('the memory store counts per key and resets after the window', () => {
    const store = createMemoryStore()
    expect(store.hit('k', 2, 1000, 0).allowed).toBe(true)
    expect(store.hit('k', 2, 1000, 10).allowed).toBe(true)
    const third = store.hit('k', 2, 1000, 20)
    expect(third).toEqual({ allowed: false, remaining: 0, retryAfterMs: 980 })
    expect(store.hit('other', 2, 1000, 20).allowed).toBe(true)
    expect(store.hit('k', 2, 1000, 1000).allowed).toBe(true)
  })
})
