import type { Payload, PayloadRequest } from 'payload'

import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import { makeDepartment, makeUser, TEST_PASSWORD } from '../../helpers/fixtures.js'

/** The comms tests' people (shared fixtures, tests/helpers/fixtures.ts): named, since mails and exports show them. */
export const makeFixtures = async (payload: Payload) => {
  const admin = await makeUser(payload, ['admin'], { email: 'admin@pasto.gov.co', name: 'Ana Admin' })
  const department = await makeDepartment(payload, 'SALUD', 'Secretaría de Salud', { email: 'salud@pasto.gov.co' })
  return {
    department,
    admin,
    requester: await makeUser(payload, ['requester'], { email: 'enlace.salud@pasto.gov.co', name: 'Rosa Enlace', department: department.id }),
    editor: await makeUser(payload, ['editor'], { email: 'editor1@pasto.gov.co', name: 'Eduardo Editor' }),
    editor2: await makeUser(payload, ['editor'], { email: 'editor2@pasto.gov.co', name: 'Elena Editora' }),
    head: await makeUser(payload, ['head'], { email: 'jefe@pasto.gov.co', name: 'Julia Jefa' }),
    designer: await makeUser(payload, ['designer'], { email: 'disenador@pasto.gov.co', name: 'Diego Diseñador' }),
    auditor: await makeUser(payload, ['auditor'], { email: 'control@pasto.gov.co', name: 'Carlos Control' }),
  }
}
export type Fixtures = Awaited<ReturnType<typeof makeFixtures>>

/** The comms scenario's request (for makeRequest): the health department's vaccination day, assigned to the editor. */
export const vaccinationDay = (fx: Fixtures) => ({
  code: `SOL-2026-${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`,
  title: 'Jornada de vacunación en la Comuna 10',
  department: fx.department.id,
  requestedBy: fx.requester.id,
  description: 'Difundir la jornada de vacunación del sábado.',
  assignees: [fx.editor.id],
})

/** The comms scenario's content (for makeContent): a news item about it, in review. */
export const vaccinationNews = {
  title: 'Vacunación casa a casa en Pasto',
  summary: 'La Secretaría de Salud visitará 3.000 hogares.',
  stage: 'in-review',
}

/** Runs `fn` with a req inside a transaction, then commits or rolls it back. */
export const inTransaction = async <T>(
  payload: Payload,
  fn: (req: PayloadRequest) => Promise<T>,
  { commit = true, user }: { commit?: boolean; user?: unknown } = {},
): Promise<T> => {
  const req = await createLocalReq({ user: user as never }, payload)
  await initTransaction(req)
  expect(req.transactionID).toBeTruthy()
  try {
    const result = await fn(req)
    if (commit) await commitTransaction(req)
    else await killTransaction(req)
    return result
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

/**
 * Runs the pregonero queue until no runnable job remains (or `maxRounds`). `sequential`: on the
 * embedded SQLite adapter, Payload's parallel job runner makes concurrent write transactions in one
 * process, and all but one fail with SQLITE_BUSY (measured); see the report to the lead.
 */
export const drainQueue = async (payload: Payload, maxRounds = 20) => {
  for (let round = 0; round < maxRounds; round++) {
    const result = await payload.jobs.run({ queue: 'pregonero', limit: 100, silent: true, sequential: true })
    if ((result as { noJobsRemaining?: boolean }).noJobsRemaining) return
  }
}

/**
 * The jobs in the queue, after a wall-clock tick of the queue's runner: fired here so that a count
 * never depends on whether the test crossed a minute (the runner is off in tests, bootPayload).
 */
export const countJobs = async (payload: Payload) => {
  await Promise.all((payload.crons as unknown as Array<{ trigger: () => Promise<void> }>).map((cron) => cron.trigger()))
  return (await payload.count({ collection: 'payload-jobs' as 'users', overrideAccess: true })).totalDocs
}

/** In-process REST calls through the app's route handlers (the same code Next.js runs). */
export const restClient = async (payload: Payload) => {
  const { REST_GET, REST_POST } = await import('@payloadcms/next/routes')
  const tokens = new Map<string, string>()
  const login = async (email: string) => {
    if (!tokens.has(email)) {
      const { token } = await payload.login({ collection: 'users', data: { email, password: TEST_PASSWORD } })
      tokens.set(email, token!)
    }
    return tokens.get(email)!
  }
  return async (
    method: 'GET' | 'POST',
    path: string,
    { as, json, form, headers: extra }: { as?: string; json?: unknown; form?: Record<string, string>; headers?: Record<string, string> } = {},
  ): Promise<Response> => {
    const headers = new Headers(extra)
    if (as) headers.set('Authorization', `JWT ${await login(as)}`)
    let body: string | undefined
    if (json !== undefined) {
      headers.set('Content-Type', 'application/json')
      body = JSON.stringify(json)
    } else if (form) {
      headers.set('Content-Type', 'application/x-www-form-urlencoded')
      body = new URLSearchParams(form).toString()
    }
    const request = new Request(`http://localhost:3000/api/${path.replace(/^\//, '')}`, { method, headers, body })
    const slug = new URL(request.url).pathname.replace(/^\/api\//, '').split('/')
    const handler = method === 'GET' ? REST_GET(payload.config) : REST_POST(payload.config)
    return handler(request, { params: Promise.resolve({ slug }) })
  }
}
