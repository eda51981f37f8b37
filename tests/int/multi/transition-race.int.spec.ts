/**
 * Concurrent transitions of one document (what several instances serving the same editors do):
 * each save runs in its own transaction, at the same moment. On PostgreSQL (int-pg) they truly
 * overlap — READ COMMITTED let two transitions from the same state both apply, with two trail rows
 * from one state. The engine now holds the state it starts from (src/kernel/machine/holdState.ts):
 * the loser gets 409, the trail is one chain (on SQLite one process's transactions run one after the
 * other: the same chain, later saves being refused or no-ops).
 */
import type { Payload } from 'payload'

import { bootPayload, type Booted } from '../../helpers/bootPayload.js'
import { makeContent, makeDepartment, makeRequest, makeUser, trailOf } from '../../helpers/fixtures.js'

let app: Booted
let payload: Payload
beforeAll(async () => {
  app = await bootPayload()
  payload = app.payload
}, 120_000)
afterAll(() => app?.close())

const as = (user: unknown) => ({ user: user as never, overrideAccess: false as const, depth: 0 })
const statusOf = (result: PromiseSettledResult<unknown>) =>
  result.status === 'fulfilled' ? 200 : ((result.reason as { status?: number }).status ?? 500)

/** The trail rows' `from→to`, checked to be one chain from `start`; returns the last state. */
const chainFrom = (start: string, rows: Array<Record<string, unknown>>) => {
  let state = start
  for (const row of rows) {
    expect(row.from).toBe(state)
    state = String(row.to)
  }
  return state
}

it('a content: six heads at once (approve / request changes) — only a legal chain applies, one trail row each, the others refused', async () => {
  const editor = await makeUser(payload, ['editor'])
  const heads = await Promise.all([1, 2, 3].map(() => makeUser(payload, ['head'])))
  const content = await makeContent(payload, { stage: 'in-review', createdBy: editor.id, summary: 'Resumen' }, { draft: true })
  const bodies = [{ stage: 'approved' }, { stage: 'changes-requested', workflowComment: 'Falta la fuente.' }]
  const results = await Promise.allSettled(
    Array.from({ length: 6 }, (_, i) => payload.update({ collection: 'contents', id: content.id, data: bodies[i % 2] as never, ...as(heads[i % 3]) })),
  )
  const statuses = results.map(statusOf)
  for (const status of statuses) expect([200, 400, 403, 409]).toContain(status)
  const rows = (await trailOf(payload, 'contents', content.id)).filter((row) => row.kind === 'transition')
  // Saves that found the state already where they asked are no-ops (200, no row); never a row more.
  expect(rows.length).toBeGreaterThanOrEqual(1)
  expect(rows.length).toBeLessThanOrEqual(statuses.filter((status) => status === 200).length)
  const last = chainFrom('in-review', rows)
  const stored = (await payload.findByID({ collection: 'contents', id: content.id, draft: true, depth: 0 })) as { stage?: string }
  expect(stored.stage).toBe(last)
})

it('a request: five accepts at once — one transition, one trail row (the others refused, or no-ops once it is accepted)', async () => {
  const department = await makeDepartment(payload)
  const heads = await Promise.all([1, 2].map(() => makeUser(payload, ['head'])))
  const request = await makeRequest(payload, { department: department.id, status: 'submitted' })
  const results = await Promise.allSettled(
    Array.from({ length: 5 }, (_, i) => payload.update({ collection: 'communication-requests', id: request.id, data: { status: 'accepted' } as never, ...as(heads[i % 2]) })),
  )
  for (const status of results.map(statusOf)) expect([200, 400, 409]).toContain(status)
  const rows = (await trailOf(payload, 'communication-requests', request.id)).filter((row) => row.kind === 'transition')
  expect(rows.map((row) => `${row.from}→${row.to}`)).toEqual(['submitted→accepted'])
})
