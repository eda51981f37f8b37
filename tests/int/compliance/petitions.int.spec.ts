import { jest } from '@jest/globals'
import type { Payload } from 'payload'

import { createLocalReq } from 'payload'

import type { TestUser } from '../archive/fixtures.js'

import { resolveOptions } from '../../../src/defaults.js'
import { filePetitionEndpoint } from '../../../src/features/compliance/endpoints/filePetition.js'
import { petitionDueDate } from '../../../src/features/compliance/petitions.js'
import { runPetitionDeadlines } from '../../../src/features/compliance/tasks/petitionDeadlines.js'
import { computationByKey } from '../../../src/features/planning/indicators/computations.js'
import { addWorkingDays, bogotaDate } from '../../../src/kernel/time/workingDays.js'
import { peerAddressHeader } from '../../../src/platform/rateLimit/index.js'
import { bootPayload, type Booted } from '../../helpers/bootPayload.js'
import { restClient } from '../../helpers/rest.js'
import { makeUsers } from '../archive/fixtures.js'

jest.setTimeout(180_000)

const FORM = { name: 'Laura Gómez', type: 'journalist', organization: 'Diario del Sur', email: 'laura@diariodelsur.test', kind: 'information', subject: 'Contratos de la obra del puente', description: 'Solicito copia de los contratos.' }

describe('petitions with legal clocks (Ley 1755/2015)', () => {
  let app: Booted
  let payload: Payload
  let users: Record<string, TestUser>
  let rest: ReturnType<typeof restClient>
  const from = (address: string) => ({ [peerAddressHeader()]: address })

  beforeAll(async () => {
    app = await bootPayload()
    payload = app.payload
    users = await makeUsers(payload)
    rest = restClient(payload.config)
  }, 240_000)
  afterAll(() => app.close())

  it('the office enters a petition: 10 working days for information and documents, 15 in general (Colombian holidays skipped)', async () => {
    // Received Friday 2026-12-04 (Bogotá): 10 working days → Dec 8 (Immaculate Conception) and Dec 25 are holidays.
    const received = '2026-12-04T15:00:00.000Z'
    const info = (await payload.create({
      collection: 'petitions',
      data: { petitioner: { name: 'Pedro', type: 'citizen' }, kind: 'documents', subject: 'Copias', description: 'x', receivedAt: received } as never,
      user: users.editor,
      overrideAccess: false,
    })) as any
    expect(bogotaDate(info.dueDate)).toBe(addWorkingDays(received, 10))
    expect(bogotaDate(info.dueDate)).toBe('2026-12-21')
    expect(info.status).toBe('open')
    expect(info.channel).toBe('office')
    const general = (await payload.create({
      collection: 'petitions',
      data: { petitioner: { name: 'Pedro', type: 'citizen' }, kind: 'general', subject: 'Queja', description: 'x', receivedAt: received } as never,
      user: users.editor,
      overrideAccess: false,
    })) as any
    expect(bogotaDate(general.dueDate)).toBe('2026-12-29')
    // A due date sent by the caller is ignored; requesters and anonymous callers cannot read petitions.
    const forged = (await payload.update({ collection: 'petitions', id: info.id, data: { dueDate: '2030-01-01T00:00:00.000Z' } as never, user: users.editor, overrideAccess: false })) as any
    expect(forged.dueDate).toBe(info.dueDate)
    await expect(payload.find({ collection: 'petitions', user: users.requester, overrideAccess: false })).rejects.toMatchObject({ status: 403 })
    await expect(payload.find({ collection: 'petitions', overrideAccess: false })).rejects.toMatchObject({ status: 403 })
  })

  it('the answer is recorded with its date; on time or late against the legal term; never dated in the future', async () => {
    const received = new Date(Date.now() - 30 * 86_400_000).toISOString()
    const late = (await payload.create({ collection: 'petitions', data: { petitioner: { name: 'A', type: 'citizen' }, kind: 'information', subject: 'Tarde', description: 'x', receivedAt: received } as never, user: users.head, overrideAccess: false })) as any
    const answered = (await payload.update({ collection: 'petitions', id: late.id, data: { answer: { text: 'Respuesta' } } as never, user: users.head, overrideAccess: false })) as any
    expect(answered.status).toBe('answered')
    expect(answered.answer.answeredAt).toBeTruthy()
    expect(String(answered.answer.answeredBy?.id ?? answered.answer.answeredBy)).toBe(String(users.head.id))
    expect(answered.answeredOnTime).toBe(false)
    const early = (await payload.create({ collection: 'petitions', data: { petitioner: { name: 'B', type: 'citizen' }, kind: 'general', subject: 'A tiempo', description: 'x', receivedAt: received } as never, user: users.head, overrideAccess: false })) as any
    const inTime = (await payload.update({
      collection: 'petitions', id: early.id, data: { answer: { text: 'Respuesta', answeredAt: new Date(new Date(received).getTime() + 2 * 86_400_000).toISOString() } } as never, user: users.head, overrideAccess: false,
    })) as any
    expect(inTime.answeredOnTime).toBe(true)
    const future = await payload
      .update({ collection: 'petitions', id: early.id, data: { answer: { text: 'R', answeredAt: new Date(Date.now() + 5 * 86_400_000).toISOString() } } as never, user: users.head, overrideAccess: false })
      .catch((error: any) => error)
    expect(future.status).toBe(400)
    expect(JSON.stringify(future.data)).toMatch(/answer\.answeredAt/)
  })

  it('anyone files one through POST /api/pregonero/petitions; the honeypot stores nothing; sizes and fields are checked', async () => {
    const filed = await rest.post('/pregonero/petitions', FORM, { headers: from('203.0.113.10') })
    expect(filed.status).toBe(201)
    expect(filed.json.dueDate).toBe(petitionDueDate(filed.json.receivedAt, 'information'))
    const stored = (await payload.findByID({ collection: 'petitions', id: filed.json.reference })) as any
    expect(stored.channel).toBe('web')
    expect(stored.petitioner.email).toBe(FORM.email)

    const before = (await payload.count({ collection: 'petitions' })).totalDocs
    const bot = await rest.post('/pregonero/petitions', { ...FORM, website: 'http://spam.test' }, { headers: from('203.0.113.11') })
    expect(bot.status).toBe(201)
    expect((await payload.count({ collection: 'petitions' })).totalDocs).toBe(before)

    const long = await rest.post('/pregonero/petitions', { ...FORM, subject: 'x'.repeat(201) }, { headers: from('203.0.113.12') })
    expect([long.status, long.json.errors[0].data.errors[0].path]).toEqual([400, 'subject'])
    const huge = await rest.post('/pregonero/petitions', { ...FORM, description: 'x'.repeat(20_000) }, { headers: from('203.0.113.12') })
    expect(huge.status).toBe(413)
    const kind = await rest.post('/pregonero/petitions', { ...FORM, kind: 'complaint' }, { headers: from('203.0.113.12') })
    expect([kind.status, kind.json.errors[0].data.errors[0].path]).toEqual([400, 'kind'])
    const email = await rest.post('/pregonero/petitions', { ...FORM, email: 'no' }, { headers: from('203.0.113.12') })
    expect([email.status, email.json.errors[0].data.errors[0].path]).toEqual([400, 'email'])
    const notJson = await rest.post('/pregonero/petitions', '[1,2]', { headers: from('203.0.113.12') })
    expect(notJson.status).toBe(400)
    expect((await payload.count({ collection: 'petitions' })).totalDocs).toBe(before)
  })

  it('a client IP gets at most 5 petitions an hour (429 with Retry-After); another IP is not affected', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 6; i++) statuses.push((await rest.post('/pregonero/petitions', FORM, { headers: from('198.51.100.7') })).status)
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429])
    const limited = await rest.post('/pregonero/petitions', FORM, { headers: from('198.51.100.7') })
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
    expect((await rest.post('/pregonero/petitions', FORM, { headers: from('198.51.100.8') })).status).toBe(201)
  })

  it('alerts before expiry and after it, once each; resolved when answered; the on-time indicator counts them', async () => {
    const req = await createLocalReq({}, payload)
    const soon = (await payload.create({ collection: 'petitions', data: { petitioner: { name: 'C', type: 'citizen' }, kind: 'information', subject: 'Por vencer', description: 'x', receivedAt: new Date(Date.now() - 12 * 86_400_000).toISOString() } as never, overrideAccess: true })) as any
    await payload.jobs.queue({ task: 'petitionDeadlines' as never, input: {} as never, queue: 'pregonero' })
    await payload.jobs.run({ queue: 'pregonero' })
    await runPetitionDeadlines(req)
    const alertsOf = async (id: unknown) =>
      (await payload.find({ collection: 'alerts', where: { and: [{ 'subject.collection': { equals: 'petitions' } }, { 'subject.documentId': { equals: String(id) } }] }, overrideAccess: true })).docs as any[]
    const first = await alertsOf(soon.id)
    expect(first).toHaveLength(1)
    expect(first[0].message).toMatch(/Por vencer/)
    expect(first[0].severity).toBe('warning')
    // Expired without an answer: a critical alert, once however often the job runs.
    const expired = (await payload.create({ collection: 'petitions', data: { petitioner: { name: 'D', type: 'citizen' }, kind: 'general', subject: 'Vencida', description: 'x', receivedAt: new Date(Date.now() - 40 * 86_400_000).toISOString() } as never, overrideAccess: true })) as any
    await runPetitionDeadlines(req)
    await runPetitionDeadlines(req)
    const critical = await alertsOf(expired.id)
    expect(critical.map((alert) => [alert.kind, alert.severity, alert.status])).toEqual([['petition-expired', 'critical', 'open']])
    // A petition far from its term raises nothing.
    const fresh = (await payload.create({ collection: 'petitions', data: { petitioner: { name: 'E', type: 'citizen' }, kind: 'general', subject: 'Nueva', description: 'x' } as never, overrideAccess: true })) as any
    await runPetitionDeadlines(req)
    expect(await alertsOf(fresh.id)).toHaveLength(0)
    await payload.update({ collection: 'petitions', id: soon.id, data: { answer: { text: 'Listo' } } as never, user: users.head, overrideAccess: false })
    await runPetitionDeadlines(req)
    expect((await alertsOf(soon.id)).every((alert) => alert.status === 'resolved')).toBe(true)

    const indicator = computationByKey('petitions-on-time')!
    const now = new Date()
    const result = await indicator.compute({ req, mode: 'neutral', period: { start: new Date(now.getTime() - 90 * 86_400_000), end: new Date(now.getTime() + 86_400_000) }, now, finishedRequestStatuses: [] } as never)
    expect(result.available).toBe(true)
    expect(result.denominator).toBeGreaterThanOrEqual(3)
    expect(result.numerator).toBeLessThan(result.denominator!)
  })

  it('the form’s anti-abuse limits are plugin options (compliance.petitionForm): budget, field lengths, body size and honeypot', async () => {
    const handler = filePetitionEndpoint(resolveOptions({ compliance: { petitionForm: { perIP: 2, maxBodyBytes: 2048, fields: { subject: 40 }, honeypot: 'homepage' } } })).handler
    const post = async (body: Record<string, unknown>, address = '192.0.2.77') => {
      const req = (await createLocalReq({}, payload)) as any
      const raw = JSON.stringify(body)
      req.headers = new Headers({ 'content-type': 'application/json', [peerAddressHeader()]: address })
      req.text = async () => raw
      const response = (await handler(req)) as Response
      return { status: response.status, json: await response.json() }
    }
    const before = (await payload.count({ collection: 'petitions' })).totalDocs
    // The field left out keeps its default (description: 5000); subject is now 40.
    const long = await post({ ...FORM, subject: 'x'.repeat(41) })
    expect([long.status, long.json.errors[0].data.errors[0].path]).toEqual([400, 'subject'])
    expect((await post({ ...FORM, description: 'x'.repeat(1600) })).status).toBe(201)
    expect((await post({ ...FORM, description: 'x'.repeat(2100) }, '192.0.2.78')).status).toBe(413)
    // The renamed honeypot: "website" is now an unknown field, "homepage" is the trap.
    expect((await post({ ...FORM, homepage: 'http://spam.test' }, '192.0.2.79')).status).toBe(201)
    expect((await payload.count({ collection: 'petitions' })).totalDocs).toBe(before + 1)
    // Two per IP: the third one from the same address is refused.
    expect((await post(FORM, '192.0.2.80')).status).toBe(201)
    expect((await post(FORM, '192.0.2.80')).status).toBe(201)
    expect((await post(FORM, '192.0.2.80')).status).toBe(429)
    // A limit that makes no sense stops the boot with the option's name.
    expect(() => resolveOptions({ compliance: { petitionForm: { perIP: 0 } } })).toThrow(/compliance\.petitionForm\.perIP/)
    expect(() => resolveOptions({ compliance: { petitionForm: { honeypot: 'email' } } })).toThrow(/compliance\.petitionForm\.honeypot/)
  })
})
