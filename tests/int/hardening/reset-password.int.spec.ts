/**
 * ASVS 2.1.1/2.1.2 through Payload's forgot/reset-password flow (tests/security/README.md): the
 * 12–128 character rule of src/features/organization/collections/Users/hooks/enforcePasswordLength.ts applies to
 * POST /api/users/reset-password too. Real REST handlers, real SQLite, the token read from the
 * e-mail a real SMTP server received.
 */
import { GRAPHQL_POST } from '@payloadcms/next/routes'

import { bootPayload, type Booted } from '../../helpers/bootPayload.js'
import { restClient } from '../../helpers/rest.js'
import { startSmtpServer } from '../../helpers/smtpServer.js'
import { makeUser, TEST_PASSWORD } from '../../helpers/fixtures.js'

let app: Booted
let smtp: Awaited<ReturnType<typeof startSmtpServer>>
let rest: ReturnType<typeof restClient>
// One account per test: Payload sends one reset e-mail per account per 15 s (auth.forgotPassword.minRequestInterval).
let email: string
beforeEach(async () => {
  email = (await makeUser(app.payload, ['editor'])).email
})

beforeAll(async () => {
  smtp = await startSmtpServer()
  app = await bootPayload({ SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port) })
  rest = restClient(app.payload.config)
})
afterAll(async () => {
  await app.close()
  await smtp.stop()
})

/** Asks for a reset through REST and returns the token of the link in the e-mail received. */
const requestReset = async (): Promise<string> => {
  const before = smtp.messages.length
  const res = await rest.post('/users/forgot-password', { email })
  expect(res.status).toBe(200)
  const mail = (await smtp.waitFor(before + 1)).at(-1)!
  expect(mail.to).toEqual([email])
  const token = /\/reset\/([A-Za-z0-9]+)/.exec(`${mail.html}\n${mail.text}`)?.[1]
  expect(token).toBeDefined()
  // The same token Payload stored (the e-mail is the channel, the database the truth).
  const [stored] = (
    await app.payload.find({ collection: 'users', where: { email: { equals: email } }, showHiddenFields: true, limit: 1 })
  ).docs as Array<{ resetPasswordToken?: string }>
  expect(stored?.resetPasswordToken).toBe(token)
  return token!
}

const loginStatus = async (password: string) => (await rest.post('/users/login', { email, password })).status

it('a reset with a password shorter than 12 or longer than 128 characters is a 400 naming the field and rule; nothing changes', async () => {
  const token = await requestReset()
  for (const password of ['corta-123', 'x'.repeat(129), '']) {
    const res = await rest.post('/users/reset-password', { token, password })
    expect(res.status).toBe(400)
    expect(res.json.errors[0].data.errors[0].path).toBe('password')
    expect(res.json.errors[0].data.errors[0].message).toMatch(/12.*128/)
    expect(res.text).not.toMatch(/"token"/) // no session was issued
  }
  const wrongType = await rest.post('/users/reset-password', { token, password: 123456789012345 })
  expect(wrongType.status).toBe(400)
  // The old password still works; the token is still valid for a correct attempt.
  expect(await loginStatus(TEST_PASSWORD)).toBe(200)
  const [stored] = (await app.payload.find({ collection: 'users', where: { email: { equals: email } }, showHiddenFields: true })).docs as Array<{
    resetPasswordToken?: string
  }>
  expect(stored?.resetPasswordToken).toBe(token)
})

it('a reset with a valid password works once: the new password logs in, the old one no longer does', async () => {
  const token = await requestReset()
  const fresh = 'Nueva-clave-segura-2026'
  const res = await rest.post('/users/reset-password', { token, password: fresh })
  expect(res.status).toBe(200)
  expect(typeof res.json.token).toBe('string')
  expect(await loginStatus(fresh)).toBe(200)
  expect(await loginStatus(TEST_PASSWORD)).toBe(401)
  // The token is spent.
  const again = await rest.post('/users/reset-password', { token, password: 'Otra-clave-segura-2026' })
  expect(again.status).toBe(403)
  expect(await loginStatus(fresh)).toBe(200)
})

it('GraphQL resetPasswordUser is held to the same rule', async () => {
  const token = await requestReset()
  const graphql = GRAPHQL_POST(app.payload.config)
  const reset = async (password: string) => {
    const res = await graphql(
      new Request('http://localhost:3000/api/graphql', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ query: 'mutation ($token: String, $password: String) { resetPasswordUser(token: $token, password: $password) { token } }', variables: { token, password } }),
      }),
    )
    return (await res.json()) as { data?: { resetPasswordUser: null | { token: string } }; errors?: Array<{ message: string }> }
  }
  const short = await reset('corta-123')
  expect(short.data?.resetPasswordUser ?? null).toBeNull()
  expect(JSON.stringify(short.errors)).toMatch(/password.*12/)
  expect(await loginStatus(TEST_PASSWORD)).toBe(200)
  const ok = await reset('Nueva-clave-por-graphql-2026')
  expect(ok.errors).toBeUndefined()
  expect(typeof ok.data?.resetPasswordUser?.token).toBe('string')
  expect(await loginStatus('Nueva-clave-por-graphql-2026')).toBe(200)
})

it('system code (Local API) is not held to the rule, as for create/update', async () => {
  const token = await requestReset()
  await expect(app.payload.resetPassword({ collection: 'users', data: { token, password: 'corta' }, overrideAccess: true })).resolves.toBeDefined()
})
