/**
 * Security review checks (OWASP ASVS level 1; checklist in tests/security/README.md) that run
 * in-process through the real REST route handlers: session cookie attributes, the CSRF allow-list
 * (a session cookie sent from a foreign Origin authenticates nothing), the CORS allow-list, user
 * enumeration on login, and that errors never leak internals.
 */
import { REST_GET, REST_OPTIONS, REST_POST } from '@payloadcms/next/routes'

import { bootPayload, type Booted } from '../../helpers/bootPayload.js'
import { makeUser, TEST_PASSWORD } from '../../helpers/fixtures.js'

type Handler = (request: Request, args: { params: Promise<{ slug: string[] }> }) => Promise<Response>

const SERVER = 'http://localhost:3000'
let app: Booted
let call: (method: 'GET' | 'OPTIONS' | 'POST', path: string, init?: { headers?: Record<string, string>; body?: unknown }) => Promise<Response>
let email: string

beforeAll(async () => {
  app = await bootPayload({ PAYLOAD_PUBLIC_SERVER_URL: SERVER, CORS_ORIGINS: 'https://www.pasto.gov.co', CSRF_ORIGINS: `${SERVER},https://www.pasto.gov.co` })
  const config = app.payload.config
  const handlers = { GET: REST_GET(config), OPTIONS: REST_OPTIONS(config), POST: REST_POST(config) } as unknown as Record<string, Handler>
  call = (method, path, init = {}) => {
    const url = new URL(`/api${path}`, SERVER)
    const headers = new Headers(init.headers)
    let body: string | undefined
    if (init.body !== undefined) {
      headers.set('Content-Type', 'application/json')
      body = JSON.stringify(init.body)
    }
    const slug = url.pathname.replace(/^\/api\//, '').split('/').filter(Boolean)
    return handlers[method]!(new Request(url, { method, headers, body }), { params: Promise.resolve({ slug }) })
  }
  email = (await makeUser(app.payload, ['editor'])).email
})
afterAll(() => app.close())

const login = async () => {
  const res = await call('POST', '/users/login', { body: { email, password: TEST_PASSWORD } })
  expect(res.status).toBe(200)
  return { res, token: ((await res.json()) as { token: string }).token }
}

it('the session cookie is HttpOnly and SameSite=Lax (Secure in production: tests/e2e/bad-input.e2e.spec.ts)', async () => {
  const { res } = await login()
  const cookie = res.headers.get('set-cookie') ?? ''
  expect(cookie).toMatch(/payload-token=/)
  expect(cookie).toMatch(/HttpOnly/i)
  expect(cookie).toMatch(/SameSite=Lax/i)
})

it('CSRF: a session cookie sent from a foreign origin authenticates nothing; from an allowed origin it does', async () => {
  const { token } = await login()
  const me = async (origin: string) => {
    const res = await call('GET', '/users/me', { headers: { Cookie: `payload-token=${token}`, Origin: origin } })
    return ((await res.json()) as { user: null | { email: string } }).user?.email ?? null
  }
  expect(await me('https://evil.example')).toBeNull()
  expect(await me('https://www.pasto.gov.co')).toBe(email)
  expect(await me(SERVER)).toBe(email)
})

it('CORS: only allow-listed origins are echoed back', async () => {
  const allowed = await call('OPTIONS', '/contents', { headers: { Origin: 'https://www.pasto.gov.co', 'Access-Control-Request-Method': 'GET' } })
  expect(allowed.headers.get('access-control-allow-origin')).toBe('https://www.pasto.gov.co')
  const evil = await call('GET', '/contents', { headers: { Origin: 'https://evil.example' } })
  expect(evil.headers.get('access-control-allow-origin') ?? '').not.toMatch(/evil\.example|\*/)
})

it('login does not reveal whether an account exists, and a wrong password never says which part was wrong', async () => {
  const unknown = await call('POST', '/users/login', { body: { email: 'nadie@pregonero.test', password: 'whatever-123456' } })
  const wrong = await call('POST', '/users/login', { body: { email, password: 'wrong-password-123' } })
  expect(unknown.status).toBe(401)
  expect(wrong.status).toBe(401)
  expect((await unknown.json()).errors[0].message).toBe((await wrong.json()).errors[0].message)
})

it('a query on a credential column is refused, and errors never carry SQL or stack traces', async () => {
  const admin = await makeUser(app.payload, ['admin'])
  const token = ((await (await call('POST', '/users/login', { body: { email: admin.email, password: TEST_PASSWORD } })).json()) as { token: string }).token
  for (const field of ['hash', 'salt', 'resetPasswordToken']) {
    const res = await call('GET', `/users?where[${field}][exists]=true`, { headers: { Authorization: `JWT ${token}` } })
    expect(res.status).toBe(400)
    const text = await res.text()
    expect(text).toContain(field)
    expect(text).not.toMatch(/SQLITE|drizzle|select |\bat [A-Za-z]+ \(/)
  }
})

it('passwords chosen through the API have 12 to 128 characters (ASVS 2.1.1/2.1.2), nothing is created otherwise', async () => {
  const admin = await makeUser(app.payload, ['admin'])
  const token = ((await (await call('POST', '/users/login', { body: { email: admin.email, password: TEST_PASSWORD } })).json()) as { token: string }).token
  const create = (password: string, mail: string) =>
    call('POST', '/users', { headers: { Authorization: `JWT ${token}` }, body: { email: mail, password, name: 'Nueva', roles: ['editor'] } })
  const short = await create('corta-123', 'corta@pregonero.test')
  expect(short.status).toBe(400)
  expect(JSON.stringify(await short.json())).toMatch(/password.*12/)
  expect((await app.payload.count({ collection: 'users', where: { email: { equals: 'corta@pregonero.test' } } })).totalDocs).toBe(0)
  const long = await create('x'.repeat(129), 'larga@pregonero.test')
  expect(long.status).toBe(400)
  expect((await create('una-frase-de-paso-larga', 'buena@pregonero.test')).status).toBe(201)
})
