import { jest } from '@jest/globals'
import type { Payload } from 'payload'

import { createLocalReq } from 'payload'

import type { TestUser } from '../archive/fixtures.js'

import { runTransparencyCompleteness } from '../../../src/features/compliance/tasks/transparencyCompleteness.js'
import { bootPayload, type Booted } from '../../helpers/bootPayload.js'
import { makeContent, makeDepartment, TEST_PASSWORD } from '../../helpers/fixtures.js'
import { restClient } from '../../helpers/rest.js'
import { makeUsers } from '../archive/fixtures.js'

jest.setTimeout(180_000)

const system = { overrideAccess: true, depth: 0 } as const
const monthsAgo = (n: number) => new Date(Date.now() - n * 31 * 86_400_000).toISOString()

describe('transparency menu completeness (Ley 1712/2014; Res. 1519/2020 Anexo 2)', () => {
  let app: Booted
  let payload: Payload
  let users: Record<string, TestUser>
  let rest: ReturnType<typeof restClient>
  let planning: { id: number | string }
  let legal: { id: number | string }
  const items: Record<string, any> = {}

  const item = async (number: string, data: Record<string, unknown>) => {
    items[number] = await payload.create({ collection: 'transparency-items', data: { number, title: `Ítem ${number}`, ...data } as never, ...system })
  }
  const openAlerts = async () =>
    (
      await payload.find({
        collection: 'alerts',
        where: { and: [{ kind: { in: ['transparency-incomplete', 'transparency-unowned'] } }, { status: { not_equals: 'resolved' } }] },
        sort: 'id',
        pagination: false,
        ...system,
      })
    ).docs as any[]

  beforeAll(async () => {
    app = await bootPayload()
    payload = app.payload
    users = await makeUsers(payload)
    rest = restClient(payload.config)
    planning = await makeDepartment(payload, 'PLA', 'Secretaría de Planeación')
    legal = await makeDepartment(payload, 'JUR', 'Oficina Jurídica')
    const content = await makeContent(payload, { title: 'Presupuesto 2026', stage: 'published', _status: 'published', publishedAt: new Date().toISOString() })
    await item('4', { ownerDepartment: planning.id })
    await item('4.1', { ownerDepartment: planning.id, updateFrequency: 'annual', lastUpdated: monthsAgo(2), links: [{ label: 'Presupuesto', content: content.id }] })
    await item('4.2', { ownerDepartment: planning.id, updateFrequency: 'monthly', lastUpdated: monthsAgo(3), links: [{ label: 'Ejecución', url: 'https://pasto.gov.co/ejecucion' }] })
    await item('4.3', { ownerDepartment: planning.id })
    await item('2', { ownerDepartment: legal.id })
    await item('2.1', { ownerDepartment: legal.id, notApplicable: true, notApplicableJustification: 'La entidad no expide normas de este tipo (Ley 1712, art. 9).' })
    await item('2.2', {})
    await item('2.3', { ownerDepartment: legal.id, updateFrequency: 'on-change' })
  }, 240_000)
  afterAll(() => app.close())

  it('GET /api/pregonero/transparency/completeness lists the empty, overdue and unowned items to office staff and auditors only', async () => {
    for (const role of ['editor', 'auditor']) {
      const token = await rest.login(users[role].email, TEST_PASSWORD)
      const res = await rest.get('/pregonero/transparency/completeness', { token })
      expect(res.status).toBe(200)
      const byNumber = Object.fromEntries((res.json.docs as any[]).map((doc) => [doc.number, doc.problems]))
      // 4 and 2 have sub-items (not empty); 4.1 is linked and up to date; 2.1 does not apply.
      expect(byNumber).toEqual({ '4.2': ['overdue'], '4.3': ['empty'], '2.2': ['empty', 'unowned'], '2.3': ['empty'] })
    }
    expect((await rest.get('/pregonero/transparency/completeness')).status).toBe(401)
    const requester = await rest.login(users.requester.email, TEST_PASSWORD)
    expect((await rest.get('/pregonero/transparency/completeness', { token: requester })).status).toBe(403)
  })

  it('the job raises one alert per owner department and one for unowned items; run twice, the same alerts; they resolve when fixed', async () => {
    await runTransparencyCompleteness(await createLocalReq({}, payload))
    const first = await openAlerts()
    expect(first.map((a) => [a.kind, a.subject?.documentId ?? null]).sort()).toEqual(
      [
        ['transparency-incomplete', String(legal.id)],
        ['transparency-incomplete', String(planning.id)],
        ['transparency-unowned', null],
      ].sort(),
    )
    const planningAlert = first.find((a) => a.subject?.documentId === String(planning.id))
    expect(planningAlert.message).toMatch(/4\.2 \(desactualizado\); 4\.3 \(vacío\)/)
    await runTransparencyCompleteness(await createLocalReq({}, payload))
    expect((await openAlerts()).map((a) => a.id)).toEqual(first.map((a) => a.id))

    // Planning fixes its items: its alert resolves; the others stay.
    await payload.update({ collection: 'transparency-items', id: items['4.2'].id, data: { lastUpdated: new Date().toISOString() } as never, ...system })
    await payload.update({ collection: 'transparency-items', id: items['4.3'].id, data: { links: [{ label: 'Informe', url: 'https://pasto.gov.co/informe' }] } as never, ...system })
    await runTransparencyCompleteness(await createLocalReq({}, payload))
    const after = await openAlerts()
    expect(after.map((a) => a.subject?.documentId ?? null).sort()).toEqual([String(legal.id), null].sort())
    const resolved = (await payload.findByID({ collection: 'alerts', id: planningAlert.id, ...system })) as any
    expect(resolved.status).toBe('resolved')
  })
})
