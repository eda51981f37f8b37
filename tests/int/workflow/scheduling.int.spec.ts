/**
 * Scheduled publication (issue 20; issue 13, item 19): the workflow panel's scheduler. A schedule
 * is refused when it is made if its author could not publish the piece now; the time is the
 * office's wall clock; the job publishes as the scheduling user through the ordinary rules; a
 * schedule that fails at its time raises a critical alert for the head and shows on the calendar.
 */
import type { Payload } from 'payload'

import { _internal_jobSystemGlobals, _internal_resetJobSystemGlobals } from 'payload'

import { getCalendarData } from '../../../src/features/workflow/calendar/calendarData.js'
import { zonedInstant, zonedWallClock } from '../../../src/kernel/time/zonedTime.js'
import { PUBLISH_ON_SCHEDULE, pendingSchedulesOf } from '../../../src/features/workflow/scheduling/schedules.js'
import { bootPayload, type Booted } from '../../helpers/bootPayload.js'
import { TEST_PASSWORD } from '../../helpers/fixtures.js'
import { restClient } from '../../helpers/rest.js'
import { makeFixtures, type TestUser } from './fixtures.js'

const ZONE = 'America/Bogota'
const DAY = 24 * 60 * 60 * 1000

let app: Booted
let payload: Payload
let f: ReturnType<typeof makeFixtures>
let rest: ReturnType<typeof restClient>
let head: TestUser, editor: TestUser, editor2: TestUser
const tokens: Record<string, string> = {}

beforeAll(async () => {
  app = await bootPayload()
  payload = app.payload
  f = makeFixtures(payload)
  rest = restClient(payload.config)
  head = await f.user(['head'])
  editor = await f.user(['editor'])
  editor2 = await f.user(['editor'])
  for (const user of [head, editor, editor2]) {
    tokens[user.email] = (await payload.login({ collection: 'users', data: { email: user.email, password: TEST_PASSWORD } })).token!
  }
}, 120_000)
afterAll(async () => {
  _internal_resetJobSystemGlobals()
  await app.close()
})

const approved = () => f.content({ stage: 'approved', createdBy: editor.id, lastEditedBy: editor.id })
const stageOf = async (id: number | string) => ((await payload.findByID({ collection: 'contents', id, depth: 0, draft: true })) as { stage: string }).stage
/** The office's wall clock `days` from now, as the panel sends it (`YYYY-MM-DDTHH:mm`). */
const officeClock = (days: number) => zonedWallClock(new Date(Date.now() + days * DAY), ZONE)
const schedule = (user: TestUser, id: number | string, body: Record<string, unknown>) =>
  rest.post(`/contents/${id}/schedule`, body, { token: tokens[user.email] })
/** Runs the plugin's queue as if the clock read `at` (Payload's job runner compares waitUntil with it). */
const runQueueAt = async (at: Date) => {
  _internal_jobSystemGlobals.getCurrentDate = () => at
  try {
    await payload.jobs.run({ queue: 'pregonero', limit: 100 })
  } finally {
    _internal_resetJobSystemGlobals()
  }
}
const failureAlerts = async (contentId: number | string) =>
  (
    await payload.find({
      collection: 'alerts',
      where: { and: [{ kind: { equals: 'scheduled-publication-failed' } }, { 'subject.documentId': { equals: String(contentId) } }] },
      depth: 0,
    })
  ).docs as Array<Record<string, any>>

describe('making a schedule', () => {
  it('the head schedules an approved piece on the office clock; the job publishes it as the head when its time comes', async () => {
    const content = await approved()
    const local = officeClock(2)
    const made = await schedule(head, content.id, { at: local })
    expect(made.status).toBe(201)
    expect(made.json.waitUntil).toBe(zonedInstant(local, ZONE).toISOString())
    // Day first, on the office's clock.
    expect(made.json.at).toBe(`${local.slice(8, 10)}/${local.slice(5, 7)}/${local.slice(0, 4)} ${local.slice(11, 16)}`)
    const listed = await rest.get(`/contents/${content.id}/schedule`, { token: tokens[head.email] })
    expect(listed.json.pending).toEqual([expect.objectContaining({ action: 'publish', at: made.json.at })])

    // Not before its time…
    await runQueueAt(new Date(Date.now() + DAY))
    expect(await stageOf(content.id)).toBe('approved')
    // …then published through the ordinary rule, as the head, with its trail row.
    await runQueueAt(new Date(Date.now() + 3 * DAY))
    expect(await stageOf(content.id)).toBe('published')
    expect((await f.events('contents', content.id)).at(-1)).toMatchObject({ from: 'approved', to: 'published', actor: head.id })
    expect(await pendingSchedulesOf(payload, content.id)).toHaveLength(0)
  })

  it('an author who may not publish is refused when scheduling, not at run time: 403 naming the rule, no job', async () => {
    const content = await approved()
    const refused = await schedule(editor, content.id, { at: officeClock(1) })
    expect(refused.status).toBe(403)
    expect(refused.json.errors[0].message).toMatch(/Su rol no permite publicar.*head/)
    expect(await pendingSchedulesOf(payload, content.id)).toHaveLength(0)
    // The editor's panel offers no scheduler at all.
    const panel = await rest.get(`/contents/${content.id}/schedule`, { token: tokens[editor.email] })
    expect(panel.json.allowed).toEqual([])
  })

  it('refuses a piece that is not approved (400 naming the stage) and a time that is not a future date (400 naming at)', async () => {
    const inReview = await f.content({ stage: 'in-review', createdBy: editor.id })
    const early = await schedule(head, inReview.id, { at: officeClock(1) })
    expect(early.status).toBe(400)
    expect(early.json.errors[0]).toMatchObject({ path: 'stage' })
    expect(early.json.errors[0].message).toMatch(/«Aprobado».*«En revisión»/)

    const content = await approved()
    const cases: Array<[unknown, RegExp]> = [
      [officeClock(-1), /ya pasó/],
      ['2027-02-31T10:00', /dd\/mm\/aaaa/], // no 31 February
      ['dic 6, 2026 3:32 PM', /dd\/mm\/aaaa/],
      ['', /dd\/mm\/aaaa/],
      [12345, /dd\/mm\/aaaa/],
      [officeClock(400), /un año/],
    ]
    for (const [at, message] of cases) {
      const answer = await schedule(head, content.id, { at })
      expect({ at, status: answer.status }).toEqual({ at, status: 400 })
      expect(answer.json.errors[0]).toMatchObject({ path: 'at', message: expect.stringMatching(message) })
    }
    const badAction = await schedule(head, content.id, { at: officeClock(1), action: 'delete' })
    expect(badAction.status).toBe(400)
    expect(badAction.json.errors[0]).toMatchObject({ path: 'action' })
    expect(await pendingSchedulesOf(payload, content.id)).toHaveLength(0)
  })

  it('answers in the caller language (Accept-Language: en)', async () => {
    const content = await approved()
    const refused = await rest.post(`/contents/${content.id}/schedule`, { at: officeClock(1) }, { token: tokens[editor.email], headers: { 'Accept-Language': 'en' } })
    expect(refused.status).toBe(403)
    expect(refused.json.errors[0].message).toMatch(/^Your role may not publish this content/)
  })

  it('a new schedule replaces the pending one; sending the piece back for changes cancels it', async () => {
    const content = await approved()
    await schedule(head, content.id, { at: officeClock(1) })
    const second = await schedule(head, content.id, { at: officeClock(2) })
    const pending = await pendingSchedulesOf(payload, content.id)
    expect(pending.map((row) => String(row.jobId))).toEqual([String(second.json.jobId)])

    await payload.update({
      collection: 'contents',
      id: content.id,
      data: { stage: 'changes-requested', workflowComment: 'Falta la cifra de asistentes' } as never,
      user: editor2 as never,
      overrideAccess: false,
    })
    expect(await pendingSchedulesOf(payload, content.id)).toHaveLength(0)
    await runQueueAt(new Date(Date.now() + 3 * DAY))
    expect(await stageOf(content.id)).toBe('changes-requested')
    expect(await failureAlerts(content.id)).toHaveLength(0)
  })
})

describe('a schedule that fails at its time', () => {
  it('raises a critical alert for the head, shows on the calendar, writes no trail row; publishing settles it', async () => {
    const content = await approved()
    // A job that no longer holds when it runs: queued for a user who may not publish (the panel
    // would have refused it; a role can also be withdrawn after scheduling).
    const at = new Date(Date.now() + DAY)
    await payload.jobs.queue({
      task: PUBLISH_ON_SCHEDULE as never,
      queue: 'pregonero',
      input: { content: String(content.id), action: 'publish', scheduledBy: String(editor.id), at: at.toISOString() } as never,
      waitUntil: at,
    })
    const before = (await f.events('contents', content.id)).length
    await runQueueAt(new Date(at.getTime() + 60_000))
    expect(await stageOf(content.id)).toBe('approved')
    expect(await f.events('contents', content.id)).toHaveLength(before)

    const [alert] = await failureAlerts(content.id)
    expect(alert).toMatchObject({ severity: 'critical', status: 'open' })
    expect(alert.message).toMatch(/no se hizo: Su rol no permite publicar/)
    // Tried once: a refusal is not retried.
    const { docs: jobs } = await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: PUBLISH_ON_SCHEDULE } }, depth: 0, limit: 100 })
    const job = jobs.find((doc) => (doc.input as { content?: string }).content === String(content.id))!
    expect(job).toMatchObject({ hasError: true, totalTried: 0 })

    const calendar = await getCalendarData(payload, head as never, { from: new Date(at.getTime() - DAY), to: new Date(at.getTime() + DAY) })
    expect(calendar.items).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'scheduled', failed: true, id: String(content.id), at: at.toISOString() })]))

    await payload.update({ collection: 'contents', id: content.id, data: { stage: 'published' } as never, user: head as never, overrideAccess: false })
    expect((await failureAlerts(content.id))[0]).toMatchObject({ status: 'resolved' })
  })

  it('the same rule holds for a job made for a piece that left its stage before its time', async () => {
    const content = await f.content({ stage: 'in-review', createdBy: editor.id })
    const at = new Date(Date.now() + DAY)
    await payload.jobs.queue({
      task: PUBLISH_ON_SCHEDULE as never,
      queue: 'pregonero',
      input: { content: String(content.id), action: 'publish', scheduledBy: String(head.id), at: at.toISOString() } as never,
      waitUntil: at,
    })
    await runQueueAt(new Date(at.getTime() + 60_000))
    expect(await stageOf(content.id)).toBe('in-review')
    expect(await f.events('contents', content.id)).toHaveLength(0)
    expect((await failureAlerts(content.id))[0].message).toMatch(/en la etapa «Aprobado»/)
  })
})

describe("Payload's own scheduler", () => {
  it('is off for contents: its drawer is not offered and its job task is not registered', () => {
    const drafts = payload.collections.contents.config.versions?.drafts
    expect(typeof drafts === 'object' && drafts ? drafts.schedulePublish : undefined).toBeFalsy()
    expect((payload.config.jobs.tasks ?? []).map((task) => task.slug)).not.toContain('schedulePublish')
  })
})
