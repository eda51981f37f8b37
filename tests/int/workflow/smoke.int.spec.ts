import { bootPayload, type Booted } from '../../helpers/bootPayload.js'
import { makeFixtures } from './fixtures.js'

let app: Booted
beforeAll(async () => {
  app = await bootPayload()
})
afterAll(() => app.close())

it('smoke: request and content lifecycle', async () => {
  const { payload } = app
  const f = makeFixtures(payload)
  const dep = await f.department()
  const head = await f.user(['head'])
  const editor = await f.user(['editor'])
  const editor2 = await f.user(['editor'])
  const requester = await f.user(['requester'], dep.id)
  const r = (await payload.create({
    collection: 'communication-requests',
    data: { title: 'x', products: [{ type: 'news' }], description: 'd', department: dep.id } as never,
    user: requester as never,
    overrideAccess: false,
  })) as any
  expect(r.code).toMatch(/^SOL-\d{4}-0001$/)
  const acc = (await payload.update({ collection: 'communication-requests', id: r.id, data: { status: 'accepted', assignees: [editor.id] } as never, user: head as never, overrideAccess: false })) as any
  expect(acc.status).toBe('accepted')
  expect(acc.dueDate).toBeTruthy()
  const c = (await payload.create({ collection: 'contents', data: { title: 'c', request: r.id } as never, user: editor as never, overrideAccess: false })) as any
  await payload.update({ collection: 'contents', id: c.id, data: { stage: 'in-review' } as never, user: editor as never, overrideAccess: false })
  await expect(payload.update({ collection: 'contents', id: c.id, data: { stage: 'approved' } as never, user: editor as never, overrideAccess: false })).rejects.toThrow()
  await payload.update({ collection: 'contents', id: c.id, data: { stage: 'approved' } as never, user: editor2 as never, overrideAccess: false })
  const pub = (await payload.update({ collection: 'contents', id: c.id, data: { _status: 'published' } as never, user: head as never, overrideAccess: false })) as any
  expect(pub.stage).toBe('published')
  const after = (await payload.findByID({ collection: 'communication-requests', id: r.id, depth: 0 })) as any
  expect(after.status).toBe('delivered')
  console.log(await f.events('communication-requests', r.id), await f.events('contents', c.id))
  const fu = await payload.find({ collection: 'follow-ups', pagination: false })
  console.log(fu.docs)
})
