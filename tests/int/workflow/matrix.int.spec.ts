/**
 * Every transition of both machines, legal and illegal, for every role, generated from the
 * transition tables (the defaults the app runs with) and played through the Local API with
 * `overrideAccess: false`. The expectation is read straight off the table rows (a rule with
 * from/to whose roles include the user's, not forced, not system-only); fixtures satisfy the
 * guards (the requester filed the request for their department, the content's author is someone
 * else, a comment and a rating travel with every attempt), so role and legality decide.
 */
import { ROLES, type Role } from '../../../src/kernel/access/roles.js'
import { resolveWorkflowOptions } from '../../../src/defaults.js'
import { CONTENT_STAGE_LABELS, CONTENT_STAGES, REQUEST_STATUS_LABELS, REQUEST_STATUSES } from '../../../src/features/workflow/states.js'
import type { TransitionRule } from '../../../src/features/workflow/tables.js'
import { bootPayload, type Booted } from '../../helpers/bootPayload.js'
import { makeFixtures, type TestUser } from './fixtures.js'

const LONG = 600_000

let app: Booted
let f: ReturnType<typeof makeFixtures>
const users = {} as Record<Role, TestUser>
let author: TestUser
let dep: { id: number | string }
const { requestTransitions, contentTransitions } = resolveWorkflowOptions()

const expected = (table: TransitionRule[], from: string, to: string, role: Role) =>
  table.some((rule) => rule.from.includes(from) && rule.to === to && !rule.force && rule.roles.includes(role))

beforeAll(async () => {
  app = await bootPayload()
  f = makeFixtures(app.payload)
  dep = await f.department()
  for (const role of ROLES) users[role] = await f.user([role], role === 'requester' ? dep.id : null)
  author = await f.user(['editor'])
}, LONG)
afterAll(() => app.close())

const countEvents = async (collection: string, id: number | string) =>
  (await app.payload.count({ collection: 'workflow-events' as never, where: { and: [{ collection: { equals: collection } }, { document: { equals: String(id) } }] } })).totalDocs

type Outcome = { from: string; to: string; role: Role; expected: boolean; applied: boolean; error?: string }

const play = async (
  collection: 'communication-requests' | 'contents',
  field: 'stage' | 'status',
  table: TransitionRule[],
  states: readonly string[],
  from: string,
  make: () => Promise<Record<string, any>>,
) => {
  const outcomes: Outcome[] = []
  let shared = await make() // illegal attempts change nothing, so they share one fixture
  for (const to of states) {
    if (to === from) continue
    for (const role of ROLES) {
      const legal = expected(table, from, to, role)
      const doc = legal ? await make() : shared
      const before = await countEvents(collection, doc.id)
      const data: Record<string, unknown> = { [field]: to, workflowComment: `motivo ${from}→${to}` }
      if (to === 'closed') data.satisfaction = { score: 5, comment: 'muy bien' }
      let error: string | undefined
      try {
        await app.payload.update({ collection, id: doc.id, data: data as never, user: users[role] as never, overrideAccess: false, depth: 0 })
      } catch (e) {
        error = `${(e as { status?: number }).status}: ${(e as Error).message} ${JSON.stringify((e as { data?: unknown }).data ?? '')}`
      }
      const now = (await app.payload.findByID({ collection, id: doc.id, depth: 0 })) as Record<string, any>
      const after = await countEvents(collection, doc.id)
      const applied = now[field] === to
      outcomes.push({ from, to, role, expected: legal, applied, error })
      if (applied) {
        // exactly one audit row for the applied transition, naming from/to and the actor
        expect(after - before).toBe(1)
        const [event] = (await app.payload.find({ collection: 'workflow-events' as never, where: { and: [{ document: { equals: String(doc.id) } }, { collection: { equals: collection } }] }, sort: '-id', limit: 1, depth: 0 })).docs as any[]
        expect({ from: event.from, to: event.to, actor: event.actor }).toEqual({ from, to, actor: users[role].id })
        if (collection === 'contents') expect(now._status).toBe(to === 'published' ? 'published' : 'draft')
      } else {
        // refused: a 4xx naming from/to (or the collection's access refusal), nothing changed, no row
        expect(now[field]).toBe(from)
        expect(after).toBe(before)
        expect(error).toMatch(/^40[03]/)
        // the engine names the target state by its label; the collections' own checks by the field's value
        const label = ((collection === 'contents' ? CONTENT_STAGE_LABELS : REQUEST_STATUS_LABELS) as Record<string, { es: string }>)[to]!.es
        if (error?.startsWith('400')) expect(error.includes(label) || error.includes(to)).toBe(true)
      }
      if (legal && !applied) shared = await make()
    }
  }
  const mismatches = outcomes.filter((o) => o.expected !== o.applied)
  expect(mismatches).toEqual([])
  return outcomes
}

describe('request machine: every (from, to, role) through the Local API', () => {
  for (const from of REQUEST_STATUSES) {
    it(`from «${from}»`, async () => {
      const outcomes = await play('communication-requests', 'status', requestTransitions, REQUEST_STATUSES, from, async () => {
        const request = await f.request({ status: from, department: dep.id, requestedBy: users.requester.id })
        // Delivery needs every requested product published (issue 13, item 17): the guard is satisfied.
        if (from === 'in-review') await f.content({ request: request.id, kind: 'press-release', stage: 'published' })
        return request
      })
      expect(outcomes.length).toBe((REQUEST_STATUSES.length - 1) * ROLES.length)
    }, LONG)
  }
})

describe('content machine: every (from, to, role) through the Local API', () => {
  for (const from of CONTENT_STAGES) {
    it(`from «${from}»`, async () => {
      const outcomes = await play('contents', 'stage', contentTransitions, CONTENT_STAGES, from, () =>
        f.content({ stage: from, createdBy: author.id, lastEditedBy: author.id }),
      )
      expect(outcomes.length).toBe((CONTENT_STAGES.length - 1) * ROLES.length)
    }, LONG)
  }
})
