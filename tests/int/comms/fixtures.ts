import type { Payload, PayloadRequest } from 'payload'

import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

type Id = number | string
export type Fixtures = {
  department: { id: Id; email: string }
  admin: { id: Id; email: string }
  requester: { id: Id; email: string }
  editor: { id: Id; email: string }
  editor2: { id: Id; email: string }
  head: { id: Id; email: string }
  designer: { id: Id; email: string }
  auditor: { id: Id; email: string }
}

const user = async (payload: Payload, email: string, name: string, roles: string[], department?: Id) =>
  (await payload.create({
    collection: 'users',
    data: { email, name, roles, password: 'secret-Passw0rd', department } as never,
    overrideAccess: true,
  })) as unknown as { id: Id; email: string }

/** A department with a mailbox and one user per role the comms tests need. */
export const makeFixtures = async (payload: Payload): Promise<Fixtures> => {
  const admin = await user(payload, 'admin@pasto.gov.co', 'Ana Admin', ['admin'])
  const department = (await payload.create({
    collection: 'departments',
    data: { name: 'Secretaría de Salud', code: 'SALUD', email: 'salud@pasto.gov.co' } as never,
    overrideAccess: true,
  })) as unknown as { id: Id; email: string }
  return {
    department,
    admin,
    requester: await user(payload, 'enlace.salud@pasto.gov.co', 'Rosa Enlace', ['requester'], department.id),
    editor: await user(payload, 'editor1@pasto.gov.co', 'Eduardo Editor', ['editor']),
    editor2: await user(payload, 'editor2@pasto.gov.co', 'Elena Editora', ['editor']),
    head: await user(payload, 'jefe@pasto.gov.co', 'Julia Jefa', ['head']),
    designer: await user(payload, 'disenador@pasto.gov.co', 'Diego Diseñador', ['designer']),
    auditor: await user(payload, 'control@pasto.gov.co', 'Carlos Control', ['auditor']),
  }
}

/** A request in a given status, created as system code (no workflow side effects). */
export const makeRequest = async (payload: Payload, fx: Fixtures, data: Record<string, unknown> = {}) =>
  (await payload.create({
    collection: 'communication-requests',
    data: {
      code: `SOL-2026-${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`,
      title: 'Jornada de vacunación en la Comuna 10',
      department: fx.department.id,
      requestedBy: fx.requester.id,
      audience: 'external',
      products: [{ type: 'news', channels: ['web'] }],
      description: 'Difundir la jornada de vacunación del sábado.',
      assignees: [fx.editor.id],
      status: 'submitted',
      ...data,
    } as never,
    overrideAccess: true,
    context: { skipWorkflow: true },
  })) as unknown as { id: Id; code: string; title: string }

/** A content in a given stage, created as system code. */
export const makeContent = async (payload: Payload, data: Record<string, unknown> = {}) =>
  (await payload.create({
    collection: 'contents',
    data: {
      title: 'Vacunación casa a casa en Pasto',
      kind: 'news',
      audience: 'external',
      summary: 'La Secretaría de Salud visitará 3.000 hogares.',
      stage: 'in-review',
      ...data,
    } as never,
    overrideAccess: true,
    context: { skipWorkflow: true },
  })) as unknown as { id: Id; title: string }

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

export const countJobs = async (payload: Payload) =>
  (await payload.count({ collection: 'payload-jobs' as 'users', overrideAccess: true })).totalDocs

/** In-process REST calls through the app's route handlers (the same code Next.js runs). */
export const restClient = async (payload: Payload) => {
  const { REST_GET, REST_POST } = await import('@payloadcms/next/routes')
  const tokens = new Map<string, string>()
  const login = async (email: string) => {
    if (!tokens.has(email)) {
      const { token } = await payload.login({ collection: 'users', data: { email, password: 'secret-Passw0rd' } })
      tokens.set(email, token!)
    }
    return tokens.get(email)!
  }
  return async (
    method: 'GET' | 'POST',
    path: string,
    { as, json, form }: { as?: string; json?: unknown; form?: Record<string, string> } = {},
  ): Promise<Response> => {
    const headers = new Headers()
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
