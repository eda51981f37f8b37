/**
 * Fault: the database file is locked by another writer (another process holds SQLite's write lock
 * past the busy timeout). A write through REST answers a clear, retryable 503 (naming the
 * condition, with Retry-After) instead of a bare 500; nothing is half-written; the file passes
 * `PRAGMA integrity_check`; once the lock is gone the same call succeeds. Reads keep working (WAL).
 */
import path from 'node:path'

import { bootPayload, type Booted } from '../../helpers/bootPayload.js'
import { restClient } from '../../helpers/rest.js'
import { makeDepartment, makeRequest, makeUser, TEST_PASSWORD } from '../../helpers/fixtures.js'
import { holdWriteLock } from './lockHolder.js'

let app: Booted
let rest: ReturnType<typeof restClient>
let token: string

beforeAll(async () => {
  app = await bootPayload()
  rest = restClient(app.payload.config)
  const admin = await makeUser(app.payload, ['admin'])
  token = await rest.login(admin.email, TEST_PASSWORD)
})
afterAll(() => app.close())

const integrity = async () => {
  const client = (app.payload.db as unknown as { client: { execute: (sql: string) => Promise<{ rows: Array<Record<string, unknown>> }> } }).client
  const { rows } = await client.execute('PRAGMA integrity_check')
  return Object.values(rows[0]!)[0]
}

it('a write while another process holds the lock: 503 + Retry-After naming the condition, nothing written, no corruption', async () => {
  const before = (await app.payload.count({ collection: 'departments' })).totalDocs
  const lock = await holdWriteLock(path.join(app.dir, 'test.db'))
  let res: Awaited<ReturnType<typeof rest.post>>
  let read: Awaited<ReturnType<typeof rest.get>>
  try {
    read = await rest.get('/departments?limit=1', { token })
    res = await rest.post('/departments', { name: 'Secretaría Bloqueada', code: 'LOCK' }, { token })
  } finally {
    await lock.release()
  }
  expect(read.status).toBe(200) // readers are not blocked by a writer (WAL)
  expect(res.status).toBe(503)
  expect(res.headers.get('retry-after')).toMatch(/^\d+$/)
  expect(res.json.errors[0].message).toBe(`base de datos ocupada: otro proceso tiene el bloqueo de escritura; no se guardó nada, reintente en ${res.json.errors[0].data.retryAfterSeconds} s`)
  expect(res.json.errors[0].data).toEqual(expect.objectContaining({ retryable: true }))

  expect((await app.payload.count({ collection: 'departments' })).totalDocs).toBe(before)
  expect(await integrity()).toBe('ok')

  // the same call, retried once the lock is gone, succeeds exactly once
  const retry = await rest.post('/departments', { name: 'Secretaría Bloqueada', code: 'LOCK' }, { token })
  expect(retry.status).toBe(201)
  expect((await app.payload.count({ collection: 'departments', where: { code: { equals: 'LOCK' } } })).totalDocs).toBe(1)
  expect(await integrity()).toBe('ok')
}, 90_000)

it('a workflow transition while locked changes nothing and leaves no audit row; retried it applies once', async () => {
  const head = await makeUser(app.payload, ['head'])
  const headToken = await rest.login(head.email, TEST_PASSWORD)
  const department = await makeDepartment(app.payload, 'SLK', 'Salud Lock')
  const request = await makeRequest(app.payload, { title: 'Bloqueo', department: department.id, description: 'x' })
  const events = () => app.payload.count({ collection: 'workflow-events', where: { document: { equals: String(request.id) } } })
  const lock = await holdWriteLock(path.join(app.dir, 'test.db'))
  let res: Awaited<ReturnType<typeof rest.patch>>
  try {
    res = await rest.patch(`/communication-requests/${request.id}`, { status: 'needs-info', workflowComment: 'falta el lugar' }, { token: headToken })
  } finally {
    await lock.release()
  }
  expect(res.status).toBe(503)
  const after = (await app.payload.findByID({ collection: 'communication-requests', id: request.id, depth: 0 })) as unknown as { status: string }
  expect(after.status).toBe('submitted')
  expect((await events()).totalDocs).toBe(0)
  expect(await integrity()).toBe('ok')

  const retry = await rest.patch(`/communication-requests/${request.id}`, { status: 'needs-info', workflowComment: 'falta el lugar' }, { token: headToken })
  expect(retry.status).toBe(200)
  expect((await events()).totalDocs).toBe(1)
}, 90_000)
