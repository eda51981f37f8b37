/**
 * The API's edges (issue 13, items 6–11) over real HTTP against the BUILT app (`next start`,
 * migrated database, seed, fixtures/edgesData.ts), as its users and as an attacker:
 * links in rich text, Payload's internal collections, the fair gate and the per-IP limits,
 * malformed queries, the fact-check page's own headers, absolute reset links.
 * (The query-string rows of the bad-input corpus run in bad-input.e2e.spec.ts; the boot refusal
 * in boot-refusal.e2e.spec.ts.)
 */
import { type RunningApp, startApp } from '../helpers/appServer.js'
import { lexicalWithLink } from '../helpers/lexical.js'
import { startSmtpServer } from '../helpers/smtpServer.js'
import { callApp } from '../helpers/answer.js'

type Fixtures = { request: number; lock: number; content: number; token: string; logo: string }
type Who = 'admin' | 'auditor' | 'editor' | 'head' | 'salud' | 'cultura'
const EMAILS: Record<Who, string> = {
  admin: 'admin@pregonero.test',
  head: 'jefe@pregonero.test',
  editor: 'editor@pregonero.test',
  auditor: 'auditor@pregonero.test',
  salud: 'enlace.salud@pregonero.test',
  cultura: 'enlace.cultura@pregonero.test',
}

let app: RunningApp
let proxied: RunningApp
let smtp: Awaited<ReturnType<typeof startSmtpServer>>
let f: Fixtures
const tokens = {} as Record<Who, string>

beforeAll(async () => {
  smtp = await startSmtpServer()
  app = await startApp({ SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port), PREGONERO_DISABLE_JOBS: 'false' }, { fixtures: 'tests/e2e/fixtures/edgesFixtures.ts' })
  f = app.fixtures as unknown as Fixtures
  for (const who of Object.keys(EMAILS) as Who[]) tokens[who] = (await app.login(EMAILS[who])).token
  // A second instance behind a trusted proxy (this test plays it, at 127.0.0.1), with a small anonymous budget.
  proxied = await startApp({ RATE_LIMIT_TRUST_PROXY: '127.0.0.1', RATE_LIMIT_ANON_MAX: '5', RATE_LIMIT_ANON_WINDOW_MS: '60000' }, { fixtures: 'tests/e2e/fixtures/edgesFixtures.ts' })
}, 480_000)
afterAll(async () => {
  await app?.stop()
  await proxied?.stop()
  await smtp?.stop()
})

const call = callApp
const rest = (method: string, path: string, options?: Parameters<typeof call>[3]) => call(app, method, path, options)
const graphql = async (query: string, token?: string, variables?: Record<string, unknown>) => (await rest('POST', '/api/graphql', { token, body: { query, variables } })).json

describe('6. links in rich text: only http(s), mailto, tel and internal links', () => {
  const content = (url: string) => ({ title: 'Noticia con enlace', kind: 'news', audience: 'external', body: lexicalWithLink(url) })

  it.each(['javascript:alert(document.cookie)', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', 'vbscript:msgbox(1)', 'java\tscript:alert(1)'])('REST %j: 400 naming body, also as a draft', async (url) => {
    for (const path of ['/api/contents', '/api/contents?draft=true']) {
      const res = await rest('POST', path, { token: tokens.editor, body: content(url) })
      expect(res.status).toBe(400)
      expect(res.text).toMatch(/body.*(esquema no permitido|scheme that is not allowed)/)
    }
  })

  it('GraphQL: the same refusal; an https link is stored as sent', async () => {
    const refused = await graphql('mutation ($body: JSON) { createContent(data: { title: "GQL", kind: news, audience: external, stage: draft, body: $body }, draft: true) { id } }', tokens.editor, { body: lexicalWithLink('javascript:alert(1)') })
    expect(refused.data?.createContent ?? null).toBeNull()
    expect(refused.errors[0].extensions.statusCode).toBe(400)
    expect(JSON.stringify(refused.errors)).toMatch(/body/)
    const ok = await rest('POST', '/api/contents?draft=true', { token: tokens.editor, body: content('https://www.pasto.gov.co/tramites') })
    expect(ok.status).toBe(201)
    expect(JSON.stringify(ok.json.doc.body)).toContain('https://www.pasto.gov.co/tramites')
  })
})

describe("7. Payload's own collections and globals", () => {
  it('payload-jobs-stats: no signed-in user overwrites it (REST, GraphQL); only admins read it', async () => {
    for (const who of ['editor', 'salud', 'auditor', 'head'] as const) {
      const res = await rest('POST', '/api/globals/payload-jobs-stats', { token: tokens[who], body: { stats: { scheduledRuns: { forged: true } } } })
      expect({ who, status: res.status }).toEqual({ who, status: 403 })
      expect((await rest('GET', '/api/globals/payload-jobs-stats', { token: tokens[who] })).status).toBe(403)
    }
    const mutation = await graphql('mutation ($stats: JSON) { updatePayloadJobsStat(data: { stats: $stats }) { stats } }', tokens.editor, { stats: { forged: true } })
    expect(mutation.data?.updatePayloadJobsStat ?? null).toBeNull()
    const stored = await rest('GET', '/api/globals/payload-jobs-stats', { token: tokens.admin })
    expect(stored.status).toBe(200)
    expect(stored.text).not.toContain('forged')
  })

  it("payload-locked-documents: a liaison does not see who locked another department's request; the auditor neither creates nor deletes locks", async () => {
    const salud = await rest('GET', '/api/payload-locked-documents?depth=1', { token: tokens.salud })
    expect(salud.status).toBe(200)
    expect(salud.json.docs.map((doc: { id: number }) => doc.id)).not.toContain(f.lock)
    expect(salud.text).not.toContain('Julián')
    const gql = await graphql('{ PayloadLockedDocuments { docs { id } } }', tokens.salud)
    expect(gql.data.PayloadLockedDocuments.docs.map((doc: { id: number }) => doc.id)).not.toContain(f.lock)
    const cultura = await rest('GET', '/api/payload-locked-documents', { token: tokens.cultura })
    expect(cultura.json.docs.map((doc: { id: number }) => doc.id)).toContain(f.lock)

    const create = await rest('POST', '/api/payload-locked-documents', { token: tokens.auditor, body: { document: { relationTo: 'contents', value: f.content }, user: { relationTo: 'users', value: 1 } } })
    expect(create.status).toBe(403)
    expect((await rest('DELETE', `/api/payload-locked-documents/${f.lock}`, { token: tokens.auditor })).status).toBe(403)
    expect((await rest('GET', `/api/payload-locked-documents/${f.lock}`, { token: tokens.head })).status).toBe(200)
  })

  it('payload-jobs, payload-kv, payload-migrations: closed; no route answers 5xx', async () => {
    expect((await rest('GET', '/api/payload-jobs', { token: tokens.head })).status).toBe(403)
    expect((await rest('POST', '/api/payload-jobs', { token: tokens.admin, body: { taskSlug: 'inline' } })).status).toBe(403)
    expect((await rest('GET', '/api/payload-kv', { token: tokens.admin })).status).toBe(403)
    expect((await rest('GET', '/api/payload-migrations', { token: tokens.admin })).status).toBe(404)
  })
})

describe('8. the fair gate: only verified credentials skip the anonymous line', () => {
  // A gated answer reports its wait in Server-Timing (`queue;dur=…`); one that skipped the line does not.
  const queued = (headers: Headers) => /(^|, )queue;dur=/.test(headers.get('server-timing') ?? '')

  it('a real token skips it; a garbage one, a forged cookie or none waits in line', async () => {
    expect(queued((await rest('GET', '/api/contents?limit=1', { token: tokens.editor })).headers)).toBe(false)
    const forged: Array<Record<string, string>> = [{ Authorization: 'JWT garbage' }, { Authorization: 'Bearer x.y.z' }, { Cookie: 'payload-token=garbage' }, { Cookie: 'payload-token=garbage', 'Sec-Fetch-Site': 'same-origin' }, {}]
    // Each on an address not read before, so the answer cache (issue 17) has no copy: Payload answers it, through the line.
    for (const [index, headers] of forged.entries()) {
      const res = await rest('GET', `/api/contents?limit=${index + 2}`, { headers })
      expect({ headers, status: res.status, queued: queued(res.headers) }).toEqual({ headers, status: 200, queued: true })
    }
    const graph = await rest('POST', '/api/graphql', { headers: { Authorization: 'JWT garbage' }, body: { query: '{ Contents(limit: 7) { totalDocs } }' } })
    expect(queued(graph.headers)).toBe(true)
  })

  it('a POST read with X-Payload-HTTP-Method-Override: GET is gated too', async () => {
    const res = await rest('POST', '/api/contents', { headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Payload-HTTP-Method-Override': 'GET' }, body: 'limit=1&depth=0' })
    expect(res.status).toBe(200)
    expect(Array.isArray(res.json.docs)).toBe(true)
    expect(queued(res.headers)).toBe(true)
  })
})

describe('8. per-IP limits: the socket address, unless a trusted proxy is configured', () => {
  it('behind the trusted proxy, its X-Forwarded-For names the client: each has its own budget', async () => {
    const get = (path: string, client: string) => call(proxied, 'GET', path, { headers: { 'X-Forwarded-For': client } })
    for (let i = 0; i < 5; i++) expect((await get('/api/contents?limit=1', '198.51.100.1')).status).toBe(200)
    expect((await get('/api/contents?limit=1', '198.51.100.1')).status).toBe(429)
    expect((await get('/api/contents?limit=1', '198.51.100.2')).status).toBe(200)
  })

  it('file URLs count against the anonymous limit', async () => {
    const file = (client: string) => call(proxied, 'GET', `/api/brand-assets/file/${f.logo}`, { headers: { 'X-Forwarded-For': client } })
    for (let i = 0; i < 5; i++) expect((await file('198.51.100.3')).status).toBe(200)
    const blocked = await file('198.51.100.3')
    expect(blocked.status).toBe(429)
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThanOrEqual(1)
    // the same budget as the API's reads
    expect((await call(proxied, 'GET', '/api/contents?limit=1', { headers: { 'X-Forwarded-For': '198.51.100.3' } })).status).toBe(429)
  })

  it('without a trusted proxy (the default), 25 logins with rotating X-Forwarded-For all count against the socket address', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 25; i++) {
      const res = await rest('POST', '/api/users/login', { headers: { 'X-Forwarded-For': `203.0.113.${i + 1}` }, body: { email: `nadie-${i}@pregonero.test`, password: 'no-es-la-clave' } })
      statuses.push(res.status)
    }
    // 20 per IP per 15 min (the seeded logins above count too): the rest are 429
    expect(statuses.filter((status) => status === 429).length).toBeGreaterThanOrEqual(5)
    expect(statuses.at(-1)).toBe(429)
  })
})

describe('9. malformed queries are 400, never 500', () => {
  it.each([
    ['/api/contents/abc', /"path":"id"/],
    ['/api/contents?limit=-5&page=-1', /"path":"(limit|page)"/],
    ['/api/contents?where[publishedAt][greater_than]=notadate', /where\.publishedAt\.greater_than/],
  ])('GET %s', async (path, names) => {
    for (const token of [undefined, tokens.editor]) {
      const res = await rest('GET', path, { token })
      expect(res.status).toBe(400)
      expect(res.text).toMatch(names)
    }
  })

  it('GraphQL: a negative limit is a 400 error naming it', async () => {
    const res = await graphql('{ Contents(limit: -5, page: -1) { totalDocs } }', tokens.editor)
    expect(res.errors[0].extensions.statusCode).toBe(400)
    expect(res.errors[0].message).toMatch(/^Límite:/)
  })

  it("the admin's list view with a malformed filter in its URL still renders", async () => {
    const res = await fetch(`${app.url}/admin/collections/contents?where[publishedAt][greater_than]=notadate`, {
      headers: { Cookie: `payload-token=${tokens.admin}`, 'Sec-Fetch-Site': 'same-origin' },
      redirect: 'manual',
    })
    expect(res.status).toBe(200)
  })
})

describe('10. the fact-check page keeps its own strict headers', () => {
  it.each([
    ['the preview', 'valid', 200],
    ['a malformed link', 'no-es-un-enlace', 400],
  ] as const)('%s', async (_name, which, status) => {
    const res = await fetch(`${app.url}/api/pregonero/fact-check/${which === 'valid' ? f.token : which}`)
    expect(res.status).toBe(status)
    expect(res.headers.get('content-security-policy')).toBe("default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
    expect(res.headers.get('referrer-policy')).toBe('no-referrer')
    expect(res.headers.get('x-frame-options')).toBe('DENY')
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    await res.text()
  })
})

describe('11. production has its public address: reset links are absolute', () => {
  it('the password-reset mail links to the public URL', async () => {
    const res = await rest('POST', '/api/users/forgot-password', { body: { email: EMAILS.auditor } })
    expect(res.status).toBe(200)
    const [mail] = await smtp.waitFor(1, 30_000)
    const link = /(\S*)\/admin\/reset\/[A-Za-z0-9]+/.exec(`${mail!.text}\n${mail!.html}`)
    expect(link?.[0]).toMatch(new RegExp(`^${app.url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/admin/reset/`))
  })
})
