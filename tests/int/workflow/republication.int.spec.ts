/**
 * Issue 13, item 14 — republication is publication. After the head publishes, a correction saved
 * as a draft goes live only through a publish role, on every path that puts a pending draft live
 * (`_status: 'published'`, `stage: 'published'`, an empty or comment-only save, list-view bulk
 * publishing, restoring a version, the schedulePublish job); each republication is a trail row
 * (kind `republication`: who, when, which version), flagged for review when the text changed after
 * approval — as is a first publication of text changed after approval.
 * Local API with `overrideAccess: false`; REST and GraphQL over HTTP in tests/e2e/trust-workflow.e2e.spec.ts.
 */
import type { Payload } from 'payload'

import { createLocalReq } from 'payload'

import { markForcedEventReviewed } from '../../../src/features/workflow/markReviewed.js'
import { bootPayload, type Booted } from '../../helpers/bootPayload.js'
import { makeFixtures, type TestUser } from './fixtures.js'

let app: Booted
let payload: Payload
let f: ReturnType<typeof makeFixtures>
let head: TestUser, head2: TestUser, editor: TestUser, editor2: TestUser

beforeAll(async () => {
  app = await bootPayload()
  payload = app.payload
  f = makeFixtures(payload)
  head = await f.user(['head'])
  head2 = await f.user(['head'])
  editor = await f.user(['editor'])
  editor2 = await f.user(['editor'])
}, 120_000)
afterAll(() => app.close())

const as = (user: TestUser) => ({ user: user as never, overrideAccess: false as const, depth: 0 })
const upd = (id: number | string, data: Record<string, unknown>, user: TestUser, extra: Record<string, unknown> = {}) =>
  payload.update({ collection: 'contents', id, data: data as never, ...as(user), ...extra }) as Promise<Record<string, any>>
/** What the public sees: the main (live) document. */
const live = async (id: number | string) => (await payload.findByID({ collection: 'contents', id, depth: 0, draft: false })) as Record<string, any>
const latest = async (id: number | string) => (await payload.findByID({ collection: 'contents', id, depth: 0, draft: true })) as Record<string, any>
const republications = async (id: number | string) => (await f.events('contents', id)).filter((e) => e.kind === 'republication')

/** An approved piece by `editor`, published by the head. */
const publishedPiece = async (title: string) => {
  const c = await f.content({ stage: 'approved', createdBy: editor.id, lastEditedBy: editor.id, title, summary: 'Resumen aprobado' })
  await upd(c.id, { stage: 'published' }, head)
  expect(await live(c.id)).toMatchObject({ title, stage: 'published', _status: 'published' })
  return c
}

const reqOf = async (user: TestUser) => {
  const full = await payload.findByID({ collection: 'users', id: user.id, depth: 0 })
  return createLocalReq({ user: { ...full, collection: 'users' } as never }, payload)
}

describe('a pending correction goes live only through a publish role', () => {
  it('an editor cannot put it live by _status, stage, an empty save or list-view publishing; the live text stays', async () => {
    const c = await publishedPiece('Vacunación en la comuna 10')
    await upd(c.id, { title: 'Vacunación en la comuna 10 (corregido)' }, editor, { draft: true })
    expect((await live(c.id)).title).toBe('Vacunación en la comuna 10')
    expect((await latest(c.id)).title).toBe('Vacunación en la comuna 10 (corregido)')

    for (const data of [{ _status: 'published' }, { stage: 'published' }, { _status: 'published', stage: 'published' }, {}]) {
      const refused = await upd(c.id, data, editor).catch((error) => error)
      expect(refused.status).toBe(403)
      expect(refused.message).toMatch(/republicar/)
    }
    // List-view publishing (update by where) saves what is live, not the pending draft.
    await payload.update({ collection: 'contents', where: { id: { equals: c.id } }, data: { _status: 'published' } as never, ...as(editor) })
    expect(await live(c.id)).toMatchObject({ title: 'Vacunación en la comuna 10', _status: 'published' })
    expect(await republications(c.id)).toHaveLength(0)
  })

  it('the head republishes it: one trail row says who, when and which version, flagged because the text changed after approval', async () => {
    const c = await publishedPiece('Feria de empleo en el parque')
    await upd(c.id, { title: 'Feria de empleo en el parque Infantil' }, editor, { draft: true })
    const before = Date.now()
    const out = await upd(c.id, { _status: 'published' }, head)
    expect(out).toMatchObject({ title: 'Feria de empleo en el parque Infantil', stage: 'published', _status: 'published' })
    expect((await live(c.id)).title).toBe('Feria de empleo en el parque Infantil')

    const [row, ...more] = await republications(c.id)
    expect(more).toHaveLength(0)
    expect(row).toMatchObject({ kind: 'republication', from: 'published', to: 'published', actor: head.id, forced: true })
    expect(new Date(row.at).getTime()).toBeGreaterThanOrEqual(before - 1000)
    expect(row.details.changed).toContain('title')
    expect(row.details.changedAfterApproval.map(String)).toContain(String(editor.id))
    // "which version": the version the republication put live
    const version = (await payload.findVersionByID({ collection: 'contents', id: row.details.version, depth: 0 })) as any
    expect(String(version.parent)).toBe(String(c.id))
    expect(version.version).toMatchObject({ title: 'Feria de empleo en el parque Infantil', _status: 'published' })

    // Flagged like a forced publication: another head reviews it through the audited path.
    await markForcedEventReviewed(await reqOf(head2), { eventId: row.id, note: 'Corrección de lugar, verificada' })
    expect((await f.events('contents', c.id)).at(-1)).toMatchObject({ kind: 'forced-review', actor: head2.id })
  })

  it('a non-draft save by the head over a pending correction republishes it (it never unpublishes the piece)', async () => {
    const c = await publishedPiece('Horario de la biblioteca')
    await upd(c.id, { title: 'Horario de la biblioteca en vacaciones' }, editor, { draft: true })
    await upd(c.id, { summary: 'Abre de 8 a 12' }, head)
    expect(await live(c.id)).toMatchObject({ title: 'Horario de la biblioteca en vacaciones', summary: 'Abre de 8 a 12', stage: 'published', _status: 'published' })
    expect((await republications(c.id)).map((r) => r.actor)).toEqual([head.id])
    // Unpublishing stays an explicit act: _status 'draft' sent by the caller (the admin's Unpublish button).
    await upd(c.id, { _status: 'draft' }, head)
    expect(await live(c.id)).toMatchObject({ stage: 'unpublished', _status: 'draft' })
  })

  it('a comment alone (editor or head) never puts the pending correction live', async () => {
    const c = await publishedPiece('Cierre de vías por el carnaval')
    await upd(c.id, { summary: 'Resumen con un error nuevo' }, editor, { draft: true })
    await upd(c.id, { workflowComment: 'Revisen la corrección antes de publicarla' }, editor)
    await upd(c.id, { workflowComment: 'La publico mañana' }, head)
    expect((await live(c.id)).summary).toBe('Resumen aprobado')
    expect((await latest(c.id)).summary).toBe('Resumen con un error nuevo')
    expect(await republications(c.id)).toHaveLength(0)
  })

  it('restoring a version is publication too: an editor may not, the head republishes it with its row', async () => {
    const c = await publishedPiece('Programa de becas 2026')
    await upd(c.id, { title: 'Programa de becas 2026 (ampliado)' }, head)
    expect((await live(c.id)).title).toBe('Programa de becas 2026 (ampliado)')
    const { docs } = await payload.findVersions({ collection: 'contents', where: { and: [{ parent: { equals: c.id } }, { 'version.title': { equals: 'Programa de becas 2026' } }, { 'version._status': { equals: 'published' } }] }, depth: 0 })
    const old = docs[0] as any
    expect(old).toBeTruthy()
    await expect(payload.restoreVersion({ collection: 'contents', id: old.id, ...as(editor) })).rejects.toMatchObject({ status: 403 })
    expect((await live(c.id)).title).toBe('Programa de becas 2026 (ampliado)')
    await payload.restoreVersion({ collection: 'contents', id: old.id, ...as(head) })
    expect((await live(c.id)).title).toBe('Programa de becas 2026')
    const rows = await republications(c.id)
    expect(rows.map((r) => r.actor)).toEqual([head.id, head.id])
  })

  it('the schedulePublish job puts a pending correction live only for a publisher', async () => {
    // Payload's schedulePublish, while contents use it (the workflow panel's own scheduler only
    // schedules approved pieces, so it cannot reach a pending correction).
    if (!(payload.config.jobs.tasks ?? []).some((task) => task.slug === 'schedulePublish')) return
    const c = await publishedPiece('Jornada de adopción de mascotas')
    await upd(c.id, { title: 'Jornada de adopción de mascotas (sábado)' }, editor, { draft: true })
    const schedule = (user: TestUser) =>
      payload.jobs.queue({
        task: 'schedulePublish' as never,
        input: { type: 'publish', doc: { relationTo: 'contents', value: String(c.id) }, user: { relationTo: 'users', value: user.id } } as never,
        waitUntil: new Date(Date.now() - 1000),
      })
    await schedule(editor)
    await payload.jobs.run({ queue: 'default' })
    expect((await live(c.id)).title).toBe('Jornada de adopción de mascotas')
    await schedule(head)
    await payload.jobs.run({ queue: 'default' })
    expect((await live(c.id)).title).toBe('Jornada de adopción de mascotas (sábado)')
    expect((await republications(c.id)).map((r) => r.actor)).toEqual([head.id])
  })
})

describe('publishing text changed after approval is flagged for review', () => {
  it('the head edits an approved piece and publishes it: flagged; unchanged approved text is not', async () => {
    const changed = await f.content({ stage: 'approved', createdBy: editor.id, lastEditedBy: editor.id, title: 'Boletín de lluvias' })
    await upd(changed.id, { summary: 'Cifras actualizadas por el jefe' }, head)
    await upd(changed.id, { stage: 'published' }, head)
    const flagged = (await f.events('contents', changed.id)).at(-1)!
    expect(flagged).toMatchObject({ kind: 'transition', from: 'approved', to: 'published', forced: true })
    expect(flagged.details.changedAfterApproval.map(String)).toEqual([String(head.id)])

    // Written, reviewed by someone else, approved, published untouched: not flagged.
    const c = (await payload.create({ collection: 'contents', data: { title: 'Nota limpia' } as never, ...as(editor) })) as any
    await upd(c.id, { stage: 'in-review' }, editor)
    await upd(c.id, { stage: 'approved' }, editor2)
    await upd(c.id, { _status: 'published' }, head)
    expect((await f.events('contents', c.id)).at(-1)).toMatchObject({ to: 'published', forced: false })
  })
})
