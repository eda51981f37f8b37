/**
 * Issue 13, item 15 — four-eyes covers everyone who changed the piece since its last review
 * (approval), not only its author and its last editor. Local API with `overrideAccess: false`,
 * and the transitions the admin's buttons offer (`GET /api/contents/:id/transitions`, in-process).
 */
import type { Endpoint, Payload } from 'payload'

import { createLocalReq } from 'payload'

import { bootPayload, type Booted } from '../../helpers/bootPayload.js'
import { makeFixtures, type TestUser } from './fixtures.js'

let app: Booted
let payload: Payload
let f: ReturnType<typeof makeFixtures>
let head: TestUser, author: TestUser, rewriter: TestUser, third: TestUser, designer: TestUser

beforeAll(async () => {
  app = await bootPayload()
  payload = app.payload
  f = makeFixtures(payload)
  head = await f.user(['head'])
  author = await f.user(['editor'])
  rewriter = await f.user(['editor'])
  third = await f.user(['editor'])
  designer = await f.user(['designer'])
}, 120_000)
afterAll(() => app.close())

const as = (user: TestUser) => ({ user: user as never, overrideAccess: false as const, depth: 0 })
const upd = (id: number | string, data: Record<string, unknown>, user: TestUser) =>
  payload.update({ collection: 'contents', id, data: data as never, ...as(user) }) as Promise<Record<string, any>>
const stage = async (id: number | string) => ((await payload.findByID({ collection: 'contents', id, depth: 0 })) as any).stage

/** What the admin's transition buttons offer this user (the endpoint reads with the user's access). */
const offered = async (id: number | string, user: TestUser) => {
  const endpoint = (payload.collections.contents.config.endpoints as Endpoint[]).find((e) => e.path === '/:id/transitions')!
  const full = await payload.findByID({ collection: 'users', id: user.id, depth: 0 })
  const req = await createLocalReq({ user: { ...full, collection: 'users' } as never }, payload)
  req.routeParams = { id: String(id) }
  const body = (await (await endpoint.handler(req)).json()) as { allowed: Array<{ to: string }> }
  return body.allowed.map((a) => a.to)
}

it('an editor who rewrote a piece cannot approve it after a designer changed its tags; nor can the designer or the author', async () => {
  const c = (await payload.create({ collection: 'contents', data: { title: 'Obras en la avenida Panamericana', summary: 'Primer borrador' } as never, ...as(author) })) as any
  await upd(c.id, { summary: 'Reescrito por completo', title: 'Obras en la Panamericana: cierres y desvíos' }, rewriter)
  await upd(c.id, { tags: ['movilidad', 'obras'] }, designer)
  await upd(c.id, { stage: 'in-review' }, author)
  expect(String((await payload.findByID({ collection: 'contents', id: c.id, depth: 0 }) as any).lastEditedBy)).toBe(String(designer.id))

  for (const who of [rewriter, author]) {
    // The refusal speaks to the caller and names nobody by id (issue 15, item 7).
    const refusal = await upd(c.id, { stage: 'approved' }, who).then(() => null, (error: Error & { status?: number }) => error)
    expect(refusal).toMatchObject({ status: 400, message: expect.stringMatching(/(Cuatro ojos|Four eyes).*(otra persona|someone else)/) })
    expect(refusal!.message).not.toMatch(/#\d/)
    expect(await offered(c.id, who)).not.toContain('approved')
  }
  await expect(upd(c.id, { stage: 'approved' }, designer)).rejects.toMatchObject({ status: 403 })
  expect(await stage(c.id)).toBe('in-review')

  // Someone who changed nothing approves; the list of changers starts again.
  expect(await offered(c.id, third)).toContain('approved')
  const approved = await upd(c.id, { stage: 'approved' }, third)
  expect(approved.stage).toBe('approved')
  expect(approved.editedSinceApproval ?? []).toEqual([])
})

it('after a review round, whoever changed the text since the last approval still does not approve it', async () => {
  const c = (await payload.create({ collection: 'contents', data: { title: 'Plan de lluvias' } as never, ...as(author) })) as any
  await upd(c.id, { stage: 'in-review' }, author)
  // The reviewer fixes the text, then asks for changes; the author revises; the reviewer may not approve.
  await upd(c.id, { summary: 'Cifras corregidas por el revisor' }, rewriter)
  await upd(c.id, { stage: 'changes-requested', workflowComment: 'Falta la fuente' }, rewriter)
  await upd(c.id, { summary: 'Cifras corregidas, con fuente: Gestión del Riesgo' }, author)
  await upd(c.id, { stage: 'in-review' }, author)
  await expect(upd(c.id, { stage: 'approved' }, rewriter)).rejects.toMatchObject({ status: 400 })
  await upd(c.id, { stage: 'approved' }, third)
  // Sent back after approval and revised by the author only: the earlier rewriter may approve now.
  await upd(c.id, { stage: 'changes-requested', workflowComment: 'Cambiar el título' }, head)
  await upd(c.id, { title: 'Plan de lluvias 2026' }, author)
  await upd(c.id, { stage: 'in-review' }, author)
  expect((await upd(c.id, { stage: 'approved' }, rewriter)).stage).toBe('approved')
})
