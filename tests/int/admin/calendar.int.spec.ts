import type { Payload } from 'payload'

import { calendarRange, getCalendarData } from '../../../src/features/workflow/calendar/calendarData.js'
import { type Booted, bootPayload } from '../../helpers/bootPayload.js'
import { makeContent, makeDepartment, makeRequest, makeUser } from '../../helpers/fixtures.js'
import { schedulePublish } from './fixtures.js'

let app: Booted
let payload: Payload
let head: Awaited<ReturnType<typeof makeUser>>
let editor: Awaited<ReturnType<typeof makeUser>>
let requester: Awaited<ReturnType<typeof makeUser>>
let health: { id: number | string }
let culture: { id: number | string }
const ids: Record<string, number | string> = {}

beforeAll(async () => {
  app = await bootPayload()
  payload = app.payload
  health = await makeDepartment(payload, 'SSM')
  culture = await makeDepartment(payload, 'CUL')
  head = await makeUser(payload, ['head'])
  editor = await makeUser(payload, ['editor'], { name: 'Elena' })
  requester = await makeUser(payload, ['requester'], { department: health.id })

  const r1 = await makeRequest(payload, { title: 'Vacunación', department: health.id, status: 'accepted', dueDate: '2026-03-12T17:00:00.000Z', assignees: [editor.id], products: [{ type: 'news', channels: ['facebook'] }] })
  const r2 = await makeRequest(payload, { title: 'Carnaval', department: culture.id, status: 'in-production', dueDate: '2026-03-20T17:00:00.000Z', event: { date: '2026-03-05T15:00:00.000Z', place: 'Plaza de Nariño' }, products: [{ type: 'news', channels: ['tv'] }] })
  const r3 = await makeRequest(payload, { title: 'Cerrada', department: culture.id, status: 'closed', dueDate: '2026-03-13T17:00:00.000Z' })
  const r4 = await makeRequest(payload, { title: 'Aceptada sin contenido', department: culture.id, status: 'accepted', dueDate: '2026-04-20T17:00:00.000Z' })
  const c1 = await makeContent(payload, { title: 'Nota vacunación', stage: 'approved', request: r1.id, departments: [health.id], channels: ['facebook', 'web'] }, { draft: true })
  const c2 = await makeContent(payload, { title: 'Nota carnaval', stage: 'approved', request: r2.id, departments: [culture.id], channels: ['tv'] }, { draft: true })
  const c3 = await makeContent(payload, { title: 'Aprobado sin programar', stage: 'approved', departments: [culture.id] }, { draft: true })
  Object.assign(ids, { r1: r1.id, r2: r2.id, r3: r3.id, r4: r4.id, c1: c1.id, c2: c2.id, c3: c3.id })
  const j1 = await schedulePublish(payload, c1.id, '2026-03-10T14:00:00.000Z')
  const j2 = await schedulePublish(payload, c2.id, '2026-03-25T22:00:00.000Z')
  await schedulePublish(payload, c2.id, '2026-04-02T22:00:00.000Z', 'unpublish') // outside March
  ids.j1 = j1.id
  ids.j2 = j2.id
}, 60_000)
afterAll(() => app?.close())

const march = calendarRange('month', '2026-03-15')

it('month and week ranges are Bogotá days, weeks start on Monday', () => {
  expect(march.days).toHaveLength(31)
  expect(march.from.toISOString()).toBe('2026-03-01T05:00:00.000Z')
  expect(march.to.toISOString()).toBe('2026-04-01T05:00:00.000Z')
  const week = calendarRange('week', '2026-03-12') // a Thursday
  expect(week.days[0]).toBe('2026-03-09')
  expect(week.days).toHaveLength(7)
})

it('shows scheduled publications, open request due dates and event coverages of the range', async () => {
  const data = await getCalendarData(payload, head, march)
  const seen = data.items.map((item) => `${item.kind}:${item.title}`)
  expect(seen).toEqual(
    expect.arrayContaining(['scheduled:Nota vacunación', 'scheduled:Nota carnaval', 'due:Vacunación', 'due:Carnaval', 'event:Carnaval']),
  )
  expect(seen).not.toContain('due:Cerrada') // finished requests have no deadline
  expect(seen.filter((s) => s.startsWith('scheduled:'))).toHaveLength(2) // April's unpublish is outside
  const scheduled = data.items.find((item) => item.title === 'Nota vacunación')!
  expect(String(scheduled.jobId)).toBe(String(ids.j1))
  expect(scheduled.at).toBe('2026-03-10T14:00:00.000Z')
  // sorted by time
  expect([...data.items].map((i) => i.at)).toEqual(data.items.map((i) => i.at).sort())
})

it('filters by department, channel and person', async () => {
  const byDepartment = await getCalendarData(payload, head, { ...march, department: health.id })
  expect(byDepartment.items.map((i) => i.title).sort()).toEqual(['Nota vacunación', 'Vacunación'])
  const byChannel = await getCalendarData(payload, head, { ...march, channel: 'tv' })
  expect(new Set(byChannel.items.map((i) => i.title))).toEqual(new Set(['Nota carnaval', 'Carnaval']))
  const byPerson = await getCalendarData(payload, head, { ...march, person: editor.id })
  expect(byPerson.items.map((i) => i.title).sort()).toEqual(['Nota vacunación', 'Vacunación'])
})

it('lists the unscheduled backlog: approved contents without a pending schedule, accepted requests without contents', async () => {
  const data = await getCalendarData(payload, head, march)
  expect(data.backlog.contents.map((i) => i.title)).toEqual(['Aprobado sin programar'])
  expect(data.backlog.requests.map((i) => i.title)).toEqual(['Aceptada sin contenido'])
})

it('reads with the user access: a requester sees no contents nor schedules, a cancelled job disappears', async () => {
  const data = await getCalendarData(payload, requester, march)
  expect(data.items.filter((i) => i.collection === 'contents')).toHaveLength(0)
  expect(data.backlog.contents).toHaveLength(0)

  await payload.jobs.cancelByID({ id: ids.j2! })
  const after = await getCalendarData(payload, head, march)
  expect(after.items.map((i) => `${i.kind}:${i.title}`)).not.toContain('scheduled:Nota carnaval')
})
