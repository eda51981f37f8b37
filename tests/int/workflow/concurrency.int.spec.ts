import type { Payload } from 'payload'

import { bootPayload, type Booted } from '../../helpers/bootPayload.js'
import { makeFixtures, type TestUser } from './fixtures.js'

let app: Booted
let payload: Payload
let f: ReturnType<typeof makeFixtures>
let dep: { id: number | string }
let heads: TestUser[]
let requester: TestUser

beforeAll(async () => {
  app = await bootPayload()
  payload = app.payload
  f = makeFixtures(payload)
  dep = await f.department()
  heads = [await f.user(['head']), await f.user(['head'])]
  requester = await f.user(['requester'], dep.id)
}, 120_000)
afterAll(() => app.close())

it('50 parallel request creations yield 50 distinct, consecutive codes', async () => {
  const results = await Promise.allSettled(
    Array.from({ length: 50 }, (_, i) =>
      payload.create({
        collection: 'communication-requests',
        data: { title: `Paralela ${i}`, products: [{ type: 'news' }], description: 'd' } as never,
        user: requester as never,
        overrideAccess: false,
        depth: 0,
      }),
    ),
  )
  const rejected = results.filter((r) => r.status === 'rejected') as PromiseRejectedResult[]
  expect(rejected.map((r) => String(r.reason))).toEqual([])
  const codes = results.map((r) => (r as PromiseFulfilledResult<any>).value.code as string)
  expect(new Set(codes).size).toBe(50)
  const numbers = codes.map((c) => Number(c.split('-')[2])).sort((a, b) => a - b)
  expect(numbers).toEqual(Array.from({ length: 50 }, (_, i) => i + 1))
  // each creation wrote exactly one "created" event
  expect((await payload.count({ collection: 'workflow-events' as never, where: { kind: { equals: 'created' } } })).totalDocs).toBe(50)
  // a deleted request never frees its number
  await payload.delete({ collection: 'communication-requests', where: { code: { equals: codes[0] } } })
  const next = (await payload.create({
    collection: 'communication-requests',
    data: { title: 'Después', products: [{ type: 'news' }], description: 'd' } as never,
    user: requester as never,
    overrideAccess: false,
  })) as any
  expect(Number(next.code.split('-')[2])).toBe(51)
}, 180_000)

it('20 parallel conflicting transitions on one request: one wins, state consistent, one event per applied transition', async () => {
  const r = await f.request({ status: 'submitted', department: dep.id, requestedBy: requester.id })
  const targets = ['accepted', 'rejected', 'needs-info', 'cancelled']
  const attempts = Array.from({ length: 20 }, (_, i) => {
    const to = targets[i % targets.length]
    const user = to === 'cancelled' && i % 8 === 3 ? requester : heads[i % 2]
    return payload
      .update({
        collection: 'communication-requests',
        id: r.id,
        data: { status: to, workflowComment: `intento ${i}` } as never,
        user: user as never,
        overrideAccess: false,
        depth: 0,
      })
      .then(() => ({ i, to, ok: true as const }))
      .catch((error: Error & { status?: number }) => ({ i, to, ok: false as const, status: error.status, message: error.message }))
  })
  const outcomes = await Promise.all(attempts)
  // every failure is a clean 4xx refusal (illegal from the new state), never a lock error or a 500
  const failures = outcomes.filter((o) => !o.ok) as Array<{ status?: number; message: string }>
  expect(failures.filter((o) => !(o.status && o.status >= 400 && o.status < 500))).toEqual([])
  const final = (await payload.findByID({ collection: 'communication-requests', id: r.id, depth: 0 })) as any
  const events = await f.events('communication-requests', r.id)
  const transitions = events.filter((e) => e.kind === 'transition')
  // the trail replays to the final state: each event starts where the previous ended
  let state = 'submitted'
  for (const e of transitions) {
    expect(e.from).toBe(state)
    state = e.to
  }
  expect(state).toBe(final.status)
  expect(transitions.length).toBeGreaterThanOrEqual(1)
  // a save that re-applies the current status is a no-op: applied transitions = events
  const applied = outcomes.filter((o) => o.ok)
  expect(applied.length).toBeGreaterThanOrEqual(transitions.length)
  // the first transition out of "submitted" happened exactly once
  expect(transitions.filter((e) => e.from === 'submitted').length).toBe(1)
}, 180_000)
