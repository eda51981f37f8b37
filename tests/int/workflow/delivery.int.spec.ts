/**
 * Issue 13, item 17 — a request is delivered only when every product it asked for is delivered:
 * each requested product needs a published deliverable of its kind (an event coverage: a news
 * story, or the kind the request names), or the head's waiver with a reason (a `waiver` trail
 * row). The request's status follows its work. Until then: no delivery, no SLA stop, no rating,
 * no on-time follow-up. Local API with `overrideAccess: false`; REST and GraphQL waivers in
 * tests/e2e/trust-workflow.e2e.spec.ts.
 */
import type { Payload } from 'payload'

import { bootPayload, type Booted } from '../../helpers/bootPayload.js'
import { makeFixtures, type TestUser } from './fixtures.js'

let app: Booted
let payload: Payload
let f: ReturnType<typeof makeFixtures>
let dep: { id: number | string }
let head: TestUser, editor: TestUser, editor2: TestUser, requester: TestUser

beforeAll(async () => {
  app = await bootPayload()
  payload = app.payload
  f = makeFixtures(payload)
  dep = await f.department()
  head = await f.user(['head'])
  editor = await f.user(['editor'])
  editor2 = await f.user(['editor'])
  requester = await f.user(['requester'], dep.id)
}, 120_000)
afterAll(() => app.close())

const as = (user: TestUser) => ({ user: user as never, overrideAccess: false as const, depth: 0 })
const updRequest = (id: number | string, data: Record<string, unknown>, user: TestUser) =>
  payload.update({ collection: 'communication-requests', id, data: data as never, ...as(user) }) as Promise<Record<string, any>>
const updContent = (id: number | string, data: Record<string, unknown>, user: TestUser) =>
  payload.update({ collection: 'contents', id, data: data as never, ...as(user) }) as Promise<Record<string, any>>
const request = async (id: number | string) => (await payload.findByID({ collection: 'communication-requests', id, depth: 0 })) as Record<string, any>
const deliveredFollowUps = async (id: number | string) =>
  (await payload.count({ collection: 'follow-ups', where: { and: [{ kind: { equals: 'request-delivered' } }, { subjectId: { equals: String(id) } }] } })).totalDocs

/** A deliverable written by the editor through the API, reviewed by editor2, published by the head. */
const deliver = async (requestId: number | string, kind: string, title: string) => {
  const c = (await payload.create({ collection: 'contents', data: { title, kind, request: requestId } as never, ...as(editor) })) as any
  await updContent(c.id, { stage: 'in-review' }, editor)
  await updContent(c.id, { stage: 'approved' }, editor2)
  await updContent(c.id, { stage: 'published' }, head)
  return c
}

const acceptedRequest = async (products: Array<Record<string, unknown>>) => {
  const r = (await payload.create({
    collection: 'communication-requests',
    data: { title: 'Lanzamiento del programa Pasto Emprende', products, description: 'Cubrimiento, boletín y redes' } as never,
    ...as(requester),
  })) as any
  await updRequest(r.id, { status: 'accepted', assignees: [editor.id] }, head)
  return (await request(r.id)) as Record<string, any>
}

it('coverage + press release + social posts: publishing the press release alone delivers nothing; the status follows the work', async () => {
  const r = await acceptedRequest([{ type: 'event-coverage', channels: ['web'] }, { type: 'press-release', channels: ['web'] }, { type: 'social-post', channels: ['facebook'] }])
  expect(r.status).toBe('accepted')

  const release = (await payload.create({ collection: 'contents', data: { title: 'Boletín: Pasto Emprende', kind: 'press-release', request: r.id } as never, ...as(editor) })) as any
  expect((await request(r.id)).status).toBe('in-production') // a deliverable exists
  await updContent(release.id, { stage: 'in-review' }, editor)
  expect((await request(r.id)).status).toBe('in-review') // one is in review
  await updContent(release.id, { stage: 'changes-requested', workflowComment: 'Añadir cifras' }, editor2)
  expect((await request(r.id)).status).toBe('in-production') // none in review any more
  await updContent(release.id, { stage: 'in-review' }, editor)
  await updContent(release.id, { stage: 'approved' }, editor2)
  await updContent(release.id, { stage: 'published' }, head)

  // The press release alone: not delivered, no on-time record, nothing to rate.
  const after = await request(r.id)
  expect(after.status).toBe('in-production')
  expect(after.deliveredAt ?? null).toBeNull()
  expect(await deliveredFollowUps(r.id)).toBe(0)
  await expect(updRequest(r.id, { satisfaction: { score: 5 } }, requester)).rejects.toMatchObject({ status: 400 })
  const moves = (await f.events('communication-requests', r.id)).filter((e) => e.kind === 'transition').map((e) => `${e.from}→${e.to}`)
  expect(moves).toEqual(['submitted→accepted', 'accepted→in-production', 'in-production→in-review', 'in-review→in-production', 'in-production→in-review', 'in-review→in-production'])

  // The head cannot deliver it by hand either while products are missing: 400 naming them.
  const post = (await payload.create({ collection: 'contents', data: { title: 'Post: Pasto Emprende', kind: 'social-post', request: r.id } as never, ...as(editor) })) as any
  await updContent(post.id, { stage: 'in-review' }, editor)
  expect((await request(r.id)).status).toBe('in-review')
  const refused = await updRequest(r.id, { status: 'delivered' }, head).catch((e) => e)
  expect(refused.status).toBe(400)
  expect(refused.message).toMatch(/event-coverage/)
  expect(refused.message).toMatch(/social-post/)
  expect(refused.message).not.toMatch(/press-release/)

  // A news story answers the coverage; the social post published last delivers the request.
  await deliver(r.id, 'news', 'Así fue el lanzamiento de Pasto Emprende')
  expect((await request(r.id)).status).toBe('in-review')
  await updContent(post.id, { stage: 'approved' }, editor2)
  await updContent(post.id, { stage: 'published' }, head)
  const done = await request(r.id)
  expect(done.status).toBe('delivered')
  expect(done.deliveredAt).toBeTruthy()
  expect(await deliveredFollowUps(r.id)).toBe(1)
  expect((await f.events('communication-requests', r.id)).at(-1)).toMatchObject({ from: 'in-review', to: 'delivered', actor: head.id })
})

it('the head waives a product with a reason (a waiver row); only the head, only with a reason, only a pending product', async () => {
  const r = await acceptedRequest([{ type: 'press-release' }, { type: 'social-post' }])
  const social = r.products.find((p: any) => p.type === 'social-post')
  await expect(updRequest(r.id, { workflowWaive: social.id, workflowComment: 'No hace falta' }, requester)).rejects.toMatchObject({ status: 403 })
  await expect(updRequest(r.id, { workflowWaive: social.id, workflowComment: 'No hace falta' }, editor)).rejects.toMatchObject({ status: 403 })
  await expect(updRequest(r.id, { workflowWaive: social.id }, head)).rejects.toMatchObject({ status: 400 })
  await expect(updRequest(r.id, { workflowWaive: 'radio-spot', workflowComment: 'x' }, head)).rejects.toMatchObject({ status: 400 })
  expect((await request(r.id)).waivers ?? []).toHaveLength(0)

  await updRequest(r.id, { workflowWaive: social.id, workflowComment: 'La dependencia publicará en sus propias redes' }, head)
  const waived = await request(r.id)
  expect(waived.waivers).toHaveLength(1)
  expect(waived.waivers[0]).toMatchObject({ product: String(social.id), type: 'social-post', reason: 'La dependencia publicará en sus propias redes', by: head.id })
  const row = (await f.events('communication-requests', r.id)).at(-1)!
  expect(row).toMatchObject({ kind: 'waiver', actor: head.id, comment: 'La dependencia publicará en sus propias redes' })
  expect(row.details).toMatchObject({ product: String(social.id), type: 'social-post' })
  // Waived twice? No: it is no longer pending.
  await expect(updRequest(r.id, { workflowWaive: social.id, workflowComment: 'otra vez' }, head)).rejects.toMatchObject({ status: 400 })
  expect(waived.status).toBe('accepted')

  await deliver(r.id, 'press-release', 'Boletín sin redes')
  expect((await request(r.id)).status).toBe('delivered')
  expect(await deliveredFollowUps(r.id)).toBe(1)
  // The automatic delivery stores its cause (the timeline names it in each reader's language), no glued text.
  const delivered = (await f.events('communication-requests', r.id)).find((e: any) => e.to === 'delivered')!
  expect(delivered.details).toMatchObject({ cause: 'delivered', published: 1 })
  expect(delivered.comment ?? '').toBe('')
})

it('a waiver that completes the request delivers it; waiving everything delivers nothing (cancel instead)', async () => {
  const r = await acceptedRequest([{ type: 'press-release' }, { type: 'graphic-piece' }])
  await deliver(r.id, 'press-release', 'Boletín de la feria')
  expect((await request(r.id)).status).toBe('in-production')
  const out = await updRequest(r.id, { workflowWaive: 'graphic-piece', workflowComment: 'La pieza la hizo la dependencia' }, head)
  expect(out.status).toBe('delivered')
  expect(await deliveredFollowUps(r.id)).toBe(1)

  const nothing = await acceptedRequest([{ type: 'radio-spot' }])
  await updRequest(nothing.id, { workflowWaive: 'radio-spot', workflowComment: 'Sin emisora disponible' }, head)
  expect((await request(nothing.id)).status).toBe('accepted')
})

it('what answers what: coverage as a TV note needs a TV note; two posts need two; a campaign needs a campaign message', async () => {
  const tv = await acceptedRequest([{ type: 'event-coverage', coverageAs: 'tv-note' }])
  await deliver(tv.id, 'news', 'Nota escrita del evento')
  expect((await request(tv.id)).status).toBe('in-production')
  await deliver(tv.id, 'tv-note', 'Nota de televisión del evento')
  expect((await request(tv.id)).status).toBe('delivered')

  const two = await acceptedRequest([{ type: 'social-post' }, { type: 'social-post' }])
  await deliver(two.id, 'social-post', 'Primer post')
  expect((await request(two.id)).status).toBe('in-production')
  await deliver(two.id, 'social-post', 'Segundo post')
  expect((await request(two.id)).status).toBe('delivered')

  const campaign = await acceptedRequest([{ type: 'campaign' }])
  await deliver(campaign.id, 'campaign-message', 'Mensaje de la campaña')
  expect((await request(campaign.id)).status).toBe('delivered')
})

it('a content moves only to a request whose work is under way, and both requests follow their work', async () => {
  const a = await acceptedRequest([{ type: 'news' }])
  const b = await acceptedRequest([{ type: 'news' }])
  const submitted = (await payload.create({ collection: 'communication-requests', data: { title: 'Sin triage', products: [{ type: 'news' }], description: 'd' } as never, ...as(requester) })) as any
  const c = (await payload.create({ collection: 'contents', data: { title: 'Nota', kind: 'news', request: a.id } as never, ...as(editor) })) as any
  expect((await request(a.id)).status).toBe('in-production')
  await expect(updContent(c.id, { request: submitted.id }, editor)).rejects.toMatchObject({ status: 400 })
  await updContent(c.id, { request: b.id }, editor)
  expect((await request(b.id)).status).toBe('in-production')
})

it('what was asked for is fixed once accepted: only the head changes the products, and the status follows', async () => {
  const r = await acceptedRequest([{ type: 'press-release' }, { type: 'graphic-piece' }])
  await deliver(r.id, 'press-release', 'Boletín de la jornada')
  const onlyRelease = [{ type: 'press-release' }]
  await expect(updRequest(r.id, { products: onlyRelease }, editor)).rejects.toMatchObject({ status: 403 })
  await expect(updRequest(r.id, { products: onlyRelease }, requester)).rejects.toMatchObject({ status: 403 })
  expect((await request(r.id)).products).toHaveLength(2)
  const out = await updRequest(r.id, { products: onlyRelease }, head)
  expect(out.status).toBe('delivered')
  expect(await deliveredFollowUps(r.id)).toBe(1)
})
