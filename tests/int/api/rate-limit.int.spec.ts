import { GRAPHQL_POST } from '@payloadcms/next/routes'

import { clientIP, createMemoryStore, ipKey, peerAddressHeader } from '../../../src/platform/rateLimit/index.js'
import { trustProxyFrom } from '../../../src/platform/rateLimit/clientIP.js'
import { type Booted, bootPayload } from '../../helpers/bootPayload.js'
import { restClient } from '../../helpers/rest.js'
import { makeUser, TEST_PASSWORD } from '../../helpers/fixtures.js'

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

/**
 * A request from this socket address (what Node.js saw; src/platform/rateLimit/peerAddress.ts), claiming
 * another client in X-Forwarded-For, which by default moves nothing.
 */
const ip = (address: string) => ({ [peerAddressHeader()]: address, 'X-Forwarded-For': '10.9.8.7' })
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
    expect(blocked.json.errors[0].message).toMatch(/^Demasiadas solicitudes: .*intente de nuevo en \d+ s\.$/)

    // every door is closed for that IP: by id, count, the plugin's endpoints, GraphQL
    expect((await rest.get('/contents/count', { headers: crawler })).status).toBe(429)
    expect((await rest.get('/pregonero/feeds/news.rss', { headers: crawler })).status).toBe(429)
    expect((await rest.get('/pregonero/open-data', { headers: crawler })).status).toBe(429)
    const gql = await graphql('{ Contents { totalDocs } }', crawler)
    const gqlBody = await gql.json()
    // GraphQL too answers HTTP 429 (not graphql-http's usual 200), with Retry-After
    expect(gql.status).toBe(429)
    expect(Number(gql.headers.get('retry-after'))).toBeGreaterThanOrEqual(1)
    expect(gqlBody.errors[0].message).toMatch(/^Demasiadas solicitudes: .*intente de nuevo en \d+ s\.$/)
    expect(gqlBody.errors[0].extensions.statusCode).toBe(429)
    expect(gqlBody.data?.Contents ?? null).toBeNull()

    // another IP is not affected
    expect((await rest.get('/contents', { headers: ip('198.51.100.4') })).status).toBe(200)

    // a signed-in editor behind the same IP (the office NAT) is never limited by the anonymous budget,
    // and is still recognised: Payload's own user lookup during authentication is not counted either
    const token = editorToken
    for (let i = 0; i < 8; i++) expect((await rest.get('/contents', { headers: crawler, token })).status).toBe(200)
    expect((await rest.get('/users/me', { headers: crawler, token })).json.user?.email).toBe(editor.email)
    const staffGql = await graphql('{ Contents { totalDocs } meUser { user { email } } }', { ...crawler, Authorization: `JWT ${token}` })
    const staffBody = await staffGql.json()
    expect(staffBody.errors).toBeUndefined()
    expect(staffBody.data.meUser.user.email).toBe(editor.email)

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
    expect(blocked.json.errors[0].message).toMatch(/^Demasiadas solicitudes: .*correo/)
    expect(blocked.json.errors[0].message).not.toMatch(/ \/ /)
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
  it('clientIP: the socket address unless a trusted proxy is configured (a hop count or a list); null without a socket', () => {
    const peer = peerAddressHeader()
    const headers = new Headers({ [peer]: '::ffff:10.0.0.5', 'X-Forwarded-For': '1.1.1.1, 2.2.2.2, 3.3.3.3' })
    // by default a client's own X-Forwarded-For moves nothing
    expect(clientIP(headers, false)).toBe('10.0.0.5')
    // N trusted hops: the address the outermost trusted proxy saw
    expect(clientIP(headers, 1)).toBe('3.3.3.3')
    expect(clientIP(headers, 2)).toBe('2.2.2.2')
    expect(clientIP(headers, 9)).toBe('1.1.1.1')
    // a list: trusted proxies are skipped from the socket outwards, the first other address is the client
    expect(clientIP(headers, ['10.0.0.0/8'])).toBe('3.3.3.3')
    expect(clientIP(headers, ['10.0.0.5', '3.3.3.3'])).toBe('2.2.2.2')
    expect(clientIP(headers, ['192.0.2.1'])).toBe('10.0.0.5') // a socket that is no trusted proxy: its own address
    // a hop that is no IP stops the walk at the last trusted address
    expect(clientIP(new Headers({ [peer]: '10.0.0.5', 'X-Forwarded-For': 'bogus' }), 1)).toBe('10.0.0.5')
    // X-Real-IP or X-Forwarded-For alone (no socket) say nothing: an in-process call
    expect(clientIP(new Headers({ 'X-Real-IP': '4.4.4.4', 'X-Forwarded-For': '4.4.4.4' }), 1)).toBeNull()
    expect(clientIP(new Headers(), false)).toBeNull()
  })

  it('trust settings: a hop count or a list; "true" and bad entries are refused naming the variable', () => {
    expect(trustProxyFrom(undefined)).toBe(false)
    expect(trustProxyFrom('')).toBe(false)
    expect(trustProxyFrom('0')).toBe(false)
    expect(trustProxyFrom('2')).toBe(2)
    expect(trustProxyFrom('10.0.0.5, 10.1.0.0/16')).toEqual(['10.0.0.5', '10.1.0.0/16'])
    expect(() => trustProxyFrom('true')).toThrow(/RATE_LIMIT_TRUST_PROXY/)
    expect(() => trustProxyFrom('10.0.0.0/99')).toThrow(/RATE_LIMIT_TRUST_PROXY.*10\.0\.0\.0\/99/)
    expect(() => trustProxyFrom('proxy.local')).toThrow(/proxy\.local/)
  })

  it('an IPv6 client is counted by its /64: rotating addresses of one network buys nothing', () => {
    expect(ipKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64')
    expect(ipKey('2001:db8:1:2:ffff:ffff:ffff:ffff')).toBe('2001:db8:1:2::/64')
    expect(ipKey('2001:db8::1')).toBe('2001:db8:0:0::/64')
    expect(ipKey('203.0.113.9')).toBe('203.0.113.9')
  })

  it('rotating X-Forwarded-For from one socket does not buy a new budget (no trusted proxy configured)', async () => {
    const socket = '198.51.100.200'
    for (let i = 0; i < 5; i++) expect((await rest.get('/contents', { headers: { [peerAddressHeader()]: socket, 'X-Forwarded-For': `203.0.113.${i}` } })).status).toBe(200)
    expect((await rest.get('/contents', { headers: { [peerAddressHeader()]: socket, 'X-Forwarded-For': '203.0.113.99' } })).status).toBe(429)
  })

  it('rotating logins with forged X-Forwarded-For hit the per-IP login limit', async () => {
    const socket = '198.51.100.201'
    const statuses: number[] = []
    for (let i = 0; i < 8; i++) {
      const res = await rest.post('/users/login', { email: `rotating-${i}@test.local`, password: 'x' }, { headers: { [peerAddressHeader()]: socket, 'X-Forwarded-For': `192.0.2.${i}` } })
      statuses.push(res.status)
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 401, 429, 429])
  })

  it('in-process calls with no socket are not limited, whatever X-Forwarded-For says (never the case over HTTP)', async () => {
    for (let i = 0; i < 8; i++) expect((await rest.get('/contents', { headers: { 'X-Forwarded-For': '203.0.113.250' } })).status).toBe(200)
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
