import { jest } from '@jest/globals'
import type { Payload, PayloadRequest } from 'payload'

import { createLocalReq } from 'payload'

import type { TestUser } from '../archive/fixtures.js'

import { approvalGate } from '../../../src/features/checks/approvalGate.js'
import { fourMonthsBefore } from '../../../src/features/compliance/electionPeriods.js'
import { runElectionPeriodAlerts } from '../../../src/features/compliance/tasks/electionPeriodAlerts.js'
import { bootPayload, type Booted } from '../../helpers/bootPayload.js'
import { makeContent, makeRequest, SYSTEM } from '../../helpers/fixtures.js'
import { fileOf, makeJpeg, makeUsers } from '../archive/fixtures.js'
import { daysFromNow, paragraph } from './fixtures.js'

jest.setTimeout(180_000)

const COVERAGE = { products: [{ type: 'event-coverage', channels: ['web'] }], description: 'Entrega de la obra' }

describe('election-period mode (Ley 996/2005, art. 38)', () => {
  let app: Booted
  let payload: Payload
  let users: Record<string, TestUser>
  let period: any
  let department: any

  beforeAll(async () => {
    app = await bootPayload()
    payload = app.payload
    users = await makeUsers(payload)
    department = (users.requester as any).department
    // In force now: election in 30 days, its start defaulted four months earlier.
    period = await payload.create({
      collection: 'election-periods',
      data: { name: 'Elecciones territoriales 2027', electionDay: daysFromNow(30), candidates: [{ name: 'Juan Pérez Rosero' }, { name: 'Ana Lucía Muñoz' }] } as never,
      user: users.head,
      overrideAccess: false,
    })
  }, 240_000)
  afterAll(() => app.close())

  it('the head writes periods: start defaults to four months before election day, end to election day; others cannot', async () => {
    const day = new Date(period.electionDay)
    expect(period.start).toBe(fourMonthsBefore(day))
    // 31 October → 30 June (the same day four months earlier, or that month's last day).
    const october = (await payload.create({ collection: 'election-periods', data: { name: 'Territoriales', electionDay: '2027-10-31T13:00:00.000Z' } as never, user: users.head, overrideAccess: false })) as any
    expect(october.start).toBe('2027-06-30T13:00:00.000Z')
    expect(new Date(period.end).getTime()).toBeGreaterThanOrEqual(day.getTime())
    await expect(
      payload.create({ collection: 'election-periods', data: { name: 'x', electionDay: daysFromNow(10) } as never, user: users.editor, overrideAccess: false }),
    ).rejects.toMatchObject({ status: 403 })
    const bad = await payload
      .create({ collection: 'election-periods', data: { name: 'x', electionDay: daysFromNow(10), start: daysFromNow(5), end: daysFromNow(1) } as never, user: users.head, overrideAccess: false })
      .catch((error: any) => error)
    expect(bad.status).toBe(400)
    expect(JSON.stringify(bad.data)).toMatch(/"end"/)
  })

  it('during a period an event-coverage request must say whether candidates take part and what kind of event it is', async () => {
    const asked = await payload
      .create({ collection: 'communication-requests', data: { title: 'Entrega de obra', department, audience: 'external', ...COVERAGE, event: { date: daysFromNow(5) } } as never, user: users.requester, overrideAccess: false })
      .catch((error: any) => error)
    expect(asked.status).toBe(400)
    expect(asked.message).toMatch(/Periodo electoral \(Ley 996\/2005\) › Tipo de evento: /)
    expect(asked.data.errors[0].path).toBe('electoral.eventKind')
    const filed = (await payload.create({
      collection: 'communication-requests',
      data: { title: 'Entrega de obra', department, audience: 'external', ...COVERAGE, event: { date: daysFromNow(5) }, electoral: { eventKind: 'other', candidatesPresent: 'no' } } as never,
      user: users.requester,
      overrideAccess: false,
    })) as any
    expect(filed.status).toBe('submitted')
    // After the period (event after election day) nothing is asked.
    const later = (await payload.create({
      collection: 'communication-requests',
      data: { title: 'Feria', department, audience: 'external', ...COVERAGE, event: { date: daysFromNow(90) } } as never,
      user: users.requester,
      overrideAccess: false,
    })) as any
    expect(later.id).toBeTruthy()
  })

  it('an inauguration of public works with candidates present is refused at triage with the legal reason, on every path', async () => {
    const request = (await payload.create({
      collection: 'communication-requests',
      data: { title: 'Inauguración del puente', department, audience: 'external', ...COVERAGE, event: { date: daysFromNow(5) }, electoral: { eventKind: 'public-works-inauguration', candidatesPresent: 'yes' } } as never,
      user: users.requester,
      overrideAccess: false,
    })) as any
    const refused = await payload
      .update({ collection: 'communication-requests', id: request.id, data: { status: 'accepted' } as never, user: users.head, overrideAccess: false })
      .catch((error: any) => error)
    expect(refused.status).toBe(400)
    expect(refused.message).toMatch(/Ley 996 de 2005/)
    // Not even a system save accepts it; nothing was written.
    await expect(payload.update({ collection: 'communication-requests', id: request.id, data: { status: 'accepted' } as never, ...SYSTEM })).rejects.toMatchObject({ status: 400 })
    expect(((await payload.findByID({ collection: 'communication-requests', id: request.id })) as any).status).toBe('submitted')
    // The head rejects it (with the reason).
    const rejected = (await payload.update({
      collection: 'communication-requests', id: request.id, data: { status: 'rejected', workflowComment: 'Ley 996/2005 art. 38' } as never, user: users.head, overrideAccess: false,
    })) as any
    expect(rejected.status).toBe('rejected')
    // An accepted coverage cannot be turned into a prohibited one afterwards.
    const social = await makeRequest(payload, { ...COVERAGE, department, status: 'accepted', event: { date: daysFromNow(6) }, electoral: { eventKind: 'social-programme-start', candidatesPresent: 'no' } })
    const turned = await payload
      .update({ collection: 'communication-requests', id: social.id, data: { electoral: { eventKind: 'social-programme-start', candidatesPresent: 'yes' } } as never, user: users.head, overrideAccess: false })
      .catch((error: any) => error)
    expect(turned.status).toBe(400)
    expect(turned.message).toMatch(/Ley 996/)
    // Another kind of event with candidates is accepted.
    const forum = await makeRequest(payload, { ...COVERAGE, department, event: { date: daysFromNow(5) }, electoral: { eventKind: 'other', candidatesPresent: 'yes' } })
    const accepted = (await payload.update({ collection: 'communication-requests', id: forum.id, data: { status: 'accepted' } as never, user: users.head, overrideAccess: false })) as any
    expect(accepted.status).toBe('accepted')
  })

  it('a piece naming a candidate (any case, no accents) or showing one in a tagged asset fails the election check; only the head overrides it, with a reason', async () => {
    const req = await createLocalReq({}, payload)
    const named = await makeContent(payload, { title: 'Visita a la vereda', body: paragraph('Asistió JUAN PEREZ ROSERO a la entrega.') })
    const election = named.checks.results.find((r: any) => r.check === 'election')
    expect(election.status).toBe('fail')
    expect(election.messages.join(' ')).toMatch(/Juan Pérez Rosero/)
    expect((await approvalGate({ doc: named, req })).some((m) => /Ley 996/.test(m))).toBe(true)

    const photo = (await payload.create({
      collection: 'archive-assets',
      data: { title: 'Tarima', kind: 'photo', consent: 'none-identifiable', alt: 'Tarima del evento', people: [{ name: 'ana lucia munoz' }] } as never,
      file: fileOf(await makeJpeg(320, 240, { seed: 7 }), 'tarima.jpg', 'image/jpeg'),
      user: users.designer,
      overrideAccess: false,
    })) as any
    const shown = await makeContent(payload, { title: 'Galería', heroImage: photo.id, heroImageAlt: 'Tarima' })
    const shownCheck = shown.checks.results.find((r: any) => r.check === 'election')
    expect(shownCheck.status).toBe('fail')
    expect(shownCheck.messages.join(' ')).toMatch(/Tarima/)

    const clean = await makeContent(payload, { title: 'Jornada de vacunación', body: paragraph('Vacúnese en el centro de salud.') })
    expect(clean.checks.results.find((r: any) => r.check === 'election').status).toBe('pass')

    await payload.update({
      collection: 'contents', id: named.id, data: { checkOverrides: [{ check: 'election', reason: 'yo' }] } as never, user: users.editor, overrideAccess: false, context: { skipWorkflow: true },
    }).catch(() => null)
    expect(((await payload.findByID({ collection: 'contents', id: named.id })) as any).checkOverrides ?? []).toHaveLength(0)
    const noReason = await payload
      .update({ collection: 'contents', id: named.id, data: { checkOverrides: [{ check: 'election' }] } as never, user: users.head, overrideAccess: false, context: { skipWorkflow: true } })
      .catch((error: any) => error)
    expect(noReason.status).toBe(400)
    const overridden = (await payload.update({
      collection: 'contents', id: named.id, data: { checkOverrides: [{ check: 'election', reason: 'Nota informativa del acto oficial, sin propaganda' }] } as never,
      user: users.head, overrideAccess: false, context: { skipWorkflow: true },
    })) as any
    expect(await approvalGate({ doc: overridden, req })).not.toContainEqual(expect.stringMatching(/Ley 996/))
  })

  it('an alert opens the period and another closes it, each once however often the job runs', async () => {
    const req = (await createLocalReq({}, payload)) as PayloadRequest
    await payload.jobs.queue({ task: 'electionPeriodAlerts' as never, input: {} as never, queue: 'pregonero' })
    await payload.jobs.run({ queue: 'pregonero' })
    await runElectionPeriodAlerts(req)
    const alerts = async (kind: string) =>
      (await payload.find({ collection: 'alerts', where: { and: [{ kind: { equals: kind } }, { 'subject.documentId': { equals: String(period.id) } }] }, overrideAccess: true })).docs as any[]
    const opened = await alerts('election-period-open')
    expect(opened).toHaveLength(1)
    expect(opened[0].status).toBe('open')
    expect(opened[0].message).toMatch(/Elecciones territoriales 2027/)
    const after = new Date(new Date(period.end).getTime() + 86_400_000)
    await runElectionPeriodAlerts(req, after)
    await runElectionPeriodAlerts(req, after)
    expect((await alerts('election-period-open'))[0].status).toBe('resolved')
    expect(await alerts('election-period-closed')).toHaveLength(1)
  })

  it('the report lists what was published during the period with its checks and overrides (CSV), for the head and auditors only', async () => {
    const published = await makeContent(payload, {
      title: 'Boletín con candidato', body: paragraph('Juan Pérez Rosero visitó la obra.'), stage: 'published', _status: 'published', publishedAt: new Date().toISOString(),
    })
    await payload.update({
      collection: 'contents', id: published.id, data: { checkOverrides: [{ check: 'election', reason: 'Acto oficial' }] } as never, user: users.head, overrideAccess: false, context: { skipWorkflow: true },
    })
    await makeContent(payload, { title: 'Publicado antes', stage: 'published', _status: 'published', publishedAt: new Date(new Date(period.start).getTime() - 86_400_000).toISOString() })
    const endpoint = (payload.collections['election-periods'].config.endpoints as any[]).find((e) => e.path === '/:id/report')
    const call = async (user: TestUser | null, format = 'csv') => {
      const req = (await createLocalReq({ user: user as never }, payload)) as any
      req.routeParams = { id: String(period.id) }
      req.searchParams = new URLSearchParams({ format })
      return endpoint.handler(req) as Promise<Response>
    }
    const response = await call(users.auditor)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/text\/csv/)
    const csv = await response.text()
    expect(csv).toMatch(/Boletín con candidato/)
    expect(csv).toMatch(/election: Acto oficial/)
    expect(csv).not.toMatch(/Publicado antes/)
    expect((await call(users.editor)).status).toBe(403)
    expect((await call(null)).status).toBe(401)
    expect((await call(users.head, 'xml')).status).toBe(400)
  })
})
