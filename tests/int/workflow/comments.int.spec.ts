/**
 * Issue 13, item 16 — comments are kept. A comment sent without a transition is a trail row of
 * kind `comment` (the liaison's on their own department's request, the head's, the office's on a
 * content, in a draft save too); check overrides are rows of kind `override`, not transitions.
 * Local API with `overrideAccess: false`; REST and GraphQL in tests/e2e/trust-workflow.e2e.spec.ts.
 */
import type { Payload } from 'payload'

import { bootPayload, type Booted } from '../../helpers/bootPayload.js'
import { makeFixtures, type TestUser } from './fixtures.js'

let app: Booted
let payload: Payload
let f: ReturnType<typeof makeFixtures>
let dep: { id: number | string }
let head: TestUser, editor: TestUser, requester: TestUser, outsider: TestUser, auditor: TestUser

beforeAll(async () => {
  app = await bootPayload()
  payload = app.payload
  f = makeFixtures(payload)
  dep = await f.department()
  const other = await f.department()
  head = await f.user(['head'])
  editor = await f.user(['editor'])
  auditor = await f.user(['auditor'])
  requester = await f.user(['requester'], dep.id)
  outsider = await f.user(['requester'], other.id)
}, 120_000)
afterAll(() => app.close())

const as = (user: TestUser) => ({ user: user as never, overrideAccess: false as const, depth: 0 })
const upd = (collection: 'communication-requests' | 'contents', id: number | string, data: Record<string, unknown>, user: TestUser, extra: Record<string, unknown> = {}) =>
  payload.update({ collection, id, data: data as never, ...as(user), ...extra }) as Promise<Record<string, any>>

describe('requests', () => {
  it('a liaison comments on their own request, and the head on it: each comment is a row the liaison reads; other departments and the auditor may not', async () => {
    const r = await f.request({ status: 'in-production', department: dep.id, requestedBy: requester.id })
    await upd('communication-requests', r.id, { workflowComment: '¿Pueden incluir la hora del evento?' }, requester)
    await upd('communication-requests', r.id, { workflowComment: 'Sí, la añadimos al boletín.' }, head)
    const rows = (await f.events('communication-requests', r.id)).filter((e) => e.kind === 'comment')
    expect(rows.map((e) => [e.actor, e.from, e.to, e.comment])).toEqual([
      [requester.id, 'in-production', 'in-production', '¿Pueden incluir la hora del evento?'],
      [head.id, 'in-production', 'in-production', 'Sí, la añadimos al boletín.'],
    ])
    expect(rows.every((e) => String(e.department) === String(dep.id))).toBe(true)
    // The liaison reads both in their request's trail.
    const seen = await payload.find({ collection: 'workflow-events' as never, where: { and: [{ document: { equals: String(r.id) } }, { kind: { equals: 'comment' } }] }, ...as(requester) })
    expect(seen.totalDocs).toBe(2)
    // The request did not change state.
    expect(((await payload.findByID({ collection: 'communication-requests', id: r.id, depth: 0 })) as any).status).toBe('in-production')
    // Nobody comments on a request they may not update (another department, the auditor).
    // (Payload answers 403 for a document outside the caller's update rule.)
    await expect(upd('communication-requests', r.id, { workflowComment: 'intruso' }, outsider)).rejects.toMatchObject({ status: 403 })
    await expect(upd('communication-requests', r.id, { workflowComment: 'control' }, auditor)).rejects.toMatchObject({ status: 403 })
    expect((await f.events('communication-requests', r.id)).filter((e) => e.kind === 'comment')).toHaveLength(2)
  })

  it('a comment on a delivered request (the liaison thanks the office) is kept too; blank comments write nothing', async () => {
    const r = await f.request({ status: 'delivered', department: dep.id, requestedBy: requester.id })
    await upd('communication-requests', r.id, { workflowComment: 'Gracias, quedó muy bien.' }, requester)
    await upd('communication-requests', r.id, { workflowComment: '   ' }, requester)
    const rows = await f.events('communication-requests', r.id)
    expect(rows.map((e) => [e.kind, e.comment])).toEqual([['comment', 'Gracias, quedó muy bien.']])
  })
})

describe('contents', () => {
  it('an office comment on a content is a row, with or without an edit, in a draft save too', async () => {
    const c = await f.content({ stage: 'in-review', createdBy: editor.id, lastEditedBy: editor.id })
    await upd('contents', c.id, { workflowComment: 'Falta citar la fuente del dato de cobertura' }, head)
    await upd('contents', c.id, { summary: 'Fuente: Secretaría de Salud', workflowComment: 'Fuente añadida' }, editor, { draft: true })
    const rows = (await f.events('contents', c.id)).filter((e) => e.kind === 'comment')
    expect(rows.map((e) => [e.actor, e.from, e.to, e.comment])).toEqual([
      [head.id, 'in-review', 'in-review', 'Falta citar la fuente del dato de cobertura'],
      [editor.id, 'in-review', 'in-review', 'Fuente añadida'],
    ])
  })

  it('a check override is a row of kind override, not a transition', async () => {
    const c = await f.content({ stage: 'in-review', createdBy: editor.id, lastEditedBy: editor.id })
    await upd('contents', c.id, { checkOverrides: [{ check: 'neutrality', reason: 'Es el nombre oficial del programa nacional' }] }, head)
    const rows = await f.events('contents', c.id)
    expect(rows.map((e) => [e.kind, e.from, e.to, e.actor])).toEqual([['override', 'check:neutrality:fail', 'check:neutrality:overridden', head.id]])
    const transitions = await payload.count({ collection: 'workflow-events' as never, where: { and: [{ document: { equals: String(c.id) } }, { kind: { equals: 'transition' } }] } })
    expect(transitions.totalDocs).toBe(0)
  })
})
