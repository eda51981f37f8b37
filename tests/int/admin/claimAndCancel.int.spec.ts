import type { Payload } from 'payload'

import { type Booted, bootPayload } from '../../helpers/bootPayload.js'
import { restClient } from '../../helpers/rest.js'
import { makeContent, makeDepartment, makeUser, SYSTEM, TEST_PASSWORD } from '../../helpers/fixtures.js'
import { schedulePublish } from './fixtures.js'

let app: Booted
let payload: Payload
let rest: ReturnType<typeof restClient>
const tokens: Record<string, string> = {}
const users: Record<string, Awaited<ReturnType<typeof makeUser>>> = {}

beforeAll(async () => {
  app = await bootPayload()
  payload = app.payload
  rest = restClient(payload.config)
  const who: Array<[string, Parameters<typeof makeUser>[1]]> = [
    ['head', ['head']],
    ['admin', ['admin']],
    ['e1', ['editor']],
    ['e2', ['editor']],
    ['e3', ['editor']],
    ['e4', ['editor']],
    ['e5', ['editor']],
    ['designer', ['designer']],
    ['requester', ['requester']],
  ]
  const department = await makeDepartment(payload, 'SSM')
  for (const [key, roles] of who) {
    users[key] = await makeUser(payload, roles, { email: `${key}@admin.test`, name: `Persona ${key}`, department: department.id })
  }
  for (const [key] of who) tokens[key] = await rest.login(`${key}@admin.test`, TEST_PASSWORD)
}, 120_000)
afterAll(() => app?.close())

const claimOf = async (id: number | string) =>
  ((await payload.findByID({ collection: 'contents', id, depth: 0, draft: true })) as unknown as { reviewClaim?: { claimedBy?: unknown; claimedByName?: string } })
    .reviewClaim

describe('claim review', () => {
  it('five reviewers claim at once: exactly one wins, the others get 409 naming the holder', async () => {
    const content = await makeContent(payload, { title: 'En revisión', stage: 'in-review' }, { draft: true })
    const claimers = ['e1', 'e2', 'e3', 'e4', 'e5']
    const results = await Promise.all(claimers.map((key) => rest.post(`/pregonero/contents/${content.id}/claim`, undefined, { token: tokens[key] })))
    const winners = results.filter((res) => res.status === 200)
    const losers = results.filter((res) => res.status === 409)
    expect(winners).toHaveLength(1)
    expect(losers).toHaveLength(4)
    const winner = claimers[results.indexOf(winners[0]!)]!
    const stored = await claimOf(content.id)
    expect(String(stored?.claimedBy)).toBe(String(users[winner]!.id))
    for (const loser of losers) expect(loser.json.message).toContain(`Persona ${winner}`)
    // the holder claiming again is idempotent
    expect((await rest.post(`/pregonero/contents/${content.id}/claim`, undefined, { token: tokens[winner] })).status).toBe(200)
  })

  it('only a content in review can be claimed, only by reviewers; anonymous callers get 401', async () => {
    const draft = await makeContent(payload, { title: 'Borrador', stage: 'draft' }, { draft: true })
    const res = await rest.post(`/pregonero/contents/${draft.id}/claim`, undefined, { token: tokens.e1 })
    expect(res.status).toBe(400)
    // The field by its label (issue 15 item 7); its key stays in the error's path.
    expect(res.json.message).toMatch(/Etapa/)
    expect(res.json.errors[0]).toMatchObject({ path: 'stage', message: expect.stringMatching(/^Etapa: /) })
    const inReview = await makeContent(payload, { title: 'Otro en revisión', stage: 'in-review' }, { draft: true })
    expect((await rest.post(`/pregonero/contents/${inReview.id}/claim`, undefined, { token: tokens.designer })).status).toBe(403)
    expect((await rest.post(`/pregonero/contents/${inReview.id}/claim`)).status).toBe(401)
    expect(await claimOf(inReview.id)).toMatchObject({ claimedBy: null })
  })

  it('an ordinary save cannot set or steal a claim', async () => {
    const content = await makeContent(payload, { title: 'Protegido', stage: 'in-review' }, { draft: true })
    await rest.post(`/pregonero/contents/${content.id}/claim`, undefined, { token: tokens.e1 })
    await payload.update({
      collection: 'contents',
      id: content.id,
      data: { summary: 'cambio', reviewClaim: { claimedBy: users.e2!.id, claimedByName: 'Persona e2' } } as never,
      draft: true,
      overrideAccess: false,
      user: users.e2,
    })
    expect(String((await claimOf(content.id))?.claimedBy)).toBe(String(users.e1!.id))
  })

  it('is released by its holder or the head, not by another editor', async () => {
    const content = await makeContent(payload, { title: 'Liberable', stage: 'in-review' }, { draft: true })
    expect((await rest.post(`/pregonero/contents/${content.id}/claim`, undefined, { token: tokens.e1 })).status).toBe(200)
    const denied = await rest.post(`/pregonero/contents/${content.id}/release`, undefined, { token: tokens.e2 })
    expect(denied.status).toBe(403)
    expect(String((await claimOf(content.id))?.claimedBy)).toBe(String(users.e1!.id))
    expect((await rest.post(`/pregonero/contents/${content.id}/release`, undefined, { token: tokens.e1 })).status).toBe(200)
    expect((await claimOf(content.id))?.claimedBy ?? null).toBeNull()
    // e2 can now claim it; the head releases it
    expect((await rest.post(`/pregonero/contents/${content.id}/claim`, undefined, { token: tokens.e2 })).status).toBe(200)
    expect((await rest.post(`/pregonero/contents/${content.id}/release`, undefined, { token: tokens.head })).status).toBe(200)
    expect((await claimOf(content.id))?.claimedBy ?? null).toBeNull()
  })

  it('is released when the content leaves in-review (a decision)', async () => {
    const content = await makeContent(payload, { title: 'Decidido', stage: 'in-review' }, { draft: true })
    expect((await rest.post(`/pregonero/contents/${content.id}/claim`, undefined, { token: tokens.e3 })).status).toBe(200)
    await payload.update({ collection: 'contents', id: content.id, data: { stage: 'approved' } as never, draft: true, ...SYSTEM })
    expect((await claimOf(content.id))?.claimedBy ?? null).toBeNull()
  })
})

describe('cancel a scheduled publication', () => {
  it('head and admin only; cancels the scheduled-publication job and writes nothing else', async () => {
    const content = await makeContent(payload, { title: 'Programado', stage: 'approved' }, { draft: true })
    const job = await schedulePublish(payload, content.id, new Date(Date.now() + 86_400_000).toISOString(), 'publish', users.head!.id)
    const before = await payload.findByID({ collection: 'contents', id: content.id, draft: true, depth: 0 })

    for (const key of ['e1', 'designer', 'requester']) {
      const res = await rest.post(`/pregonero/calendar/scheduled/${job.id}/cancel`, undefined, { token: tokens[key] })
      expect(res.status).toBe(403)
    }
    expect((await rest.post(`/pregonero/calendar/scheduled/${job.id}/cancel`)).status).toBe(401)
    let stored = await payload.findByID({ collection: 'payload-jobs', id: job.id, depth: 0 })
    expect(stored.hasError).toBeFalsy()

    const res = await rest.post(`/pregonero/calendar/scheduled/${job.id}/cancel`, undefined, { token: tokens.head })
    expect(res.status).toBe(200)
    stored = await payload.findByID({ collection: 'payload-jobs', id: job.id, depth: 0 })
    expect(stored.hasError).toBe(true)
    expect(stored.waitUntil ?? null).toBeNull()
    expect((stored.error as { cancelled?: boolean }).cancelled).toBe(true)

    // the content is untouched, and running the queue publishes nothing
    await payload.jobs.run({ queue: 'pregonero' })
    const after = await payload.findByID({ collection: 'contents', id: content.id, draft: true, depth: 0 })
    expect(after.updatedAt).toBe(before.updatedAt)
    expect((after as { _status?: string })._status).toBe('draft')

    // a second cancel is a conflict; unknown ids and other tasks are 404
    expect((await rest.post(`/pregonero/calendar/scheduled/${job.id}/cancel`, undefined, { token: tokens.admin })).status).toBe(409)
    expect((await rest.post(`/pregonero/calendar/scheduled/999999/cancel`, undefined, { token: tokens.admin })).status).toBe(404)
  })

  it('the admin cancels too, and the job would otherwise publish (control)', async () => {
    const a = await makeContent(payload, { title: 'Cancelado por admin', stage: 'approved' }, { draft: true })
    const b = await makeContent(payload, { title: 'Publicado a tiempo', stage: 'approved' }, { draft: true })
    const soon = new Date(Date.now() - 1000).toISOString()
    const jobA = await schedulePublish(payload, a.id, soon, 'publish', users.head!.id)
    await schedulePublish(payload, b.id, soon, 'publish', users.head!.id)
    expect((await rest.post(`/pregonero/calendar/scheduled/${jobA.id}/cancel`, undefined, { token: tokens.admin })).status).toBe(200)
    await payload.jobs.run({ queue: 'pregonero' })
    const docA = await payload.findByID({ collection: 'contents', id: a.id, depth: 0 })
    const docB = await payload.findByID({ collection: 'contents', id: b.id, depth: 0 })
    expect((docA as { _status?: string })._status).toBe('draft')
    expect((docB as { _status?: string })._status).toBe('published')
  })
})
