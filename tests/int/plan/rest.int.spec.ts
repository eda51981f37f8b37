/** The same rules through REST (not only the Local API): derived fields, system-only writes, immutable reports. */
import { REST_PATCH, REST_POST } from '@payloadcms/next/routes'

import { bootPayload, type Booted } from '../../helpers/bootPayload.js'
import { makeContent, makeUser, TEST_PASSWORD } from '../../helpers/fixtures.js'

let app: Booted
let token: string
let config: Promise<any>

beforeAll(async () => {
  app = await bootPayload()
  config = (await import('../../../dev/payload.config.js')).default
  await makeUser(app.payload, ['head'], { email: 'jefe@pasto.gov.co' })
  token = (await app.payload.login({ collection: 'users', data: { email: 'jefe@pasto.gov.co', password: TEST_PASSWORD } })).token!
})
afterAll(() => app.close())

const rest = async (method: 'PATCH' | 'POST', path: string, body: unknown) => {
  const handler = method === 'PATCH' ? REST_PATCH(config) : REST_POST(config)
  const res = await handler(
    new Request(`http://localhost:3000/api/${path}`, {
      method,
      headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    }),
    { params: Promise.resolve({ slug: path.split('/') }) },
  )
  return { status: res.status, body: (await res.json()) as any }
}

it('PATCH /api/plan-actions/:id cannot type progress; a bad status transition is a 400 naming the field', async () => {
  const plan = await rest('POST', 'communication-plans', { title: 'Plan', year: 2026, scope: 'internal', objective: 'o' })
  expect(plan.status).toBe(201)
  const head = (await app.payload.find({ collection: 'users' })).docs[0]
  const action = await rest('POST', 'plan-actions', { plan: plan.body.doc.id, title: 'A', responsible: head.id, start: '2026-01-01', end: '2026-12-31', target: 2, progress: 90 })
  expect(action.status).toBe(201)
  expect(action.body.doc.progress).toBe(0)
  await makeContent(app.payload, { planAction: action.body.doc.id, stage: 'published' })
  const patched = await rest('PATCH', `plan-actions/${action.body.doc.id}`, { progress: 100, status: 'completed' })
  expect(patched.status).toBe(200)
  expect(patched.body.doc.progress).toBe(50)
  expect(patched.body.doc.status).toBe('in-progress')
  const bad = await rest('PATCH', `communication-plans/${plan.body.doc.id}`, { status: 'closed' })
  expect(bad.status).toBe(400)
  expect(JSON.stringify(bad.body)).toMatch(/No se permite pasar de «Borrador» a «Cerrado»/)
})

it('POST /api/indicator-measurements and /api/reports are forbidden even to the head', async () => {
  expect((await rest('POST', 'indicator-measurements', { indicator: 1, period: '2026-01', value: 1 })).status).toBe(403)
  expect((await rest('POST', 'reports', { title: 'x', kind: 'monthly', period: '2026-01', version: 1, generatedAt: '2026-01-01', data: {} })).status).toBe(403)
})
