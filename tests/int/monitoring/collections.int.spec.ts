import { REST_GET } from '@payloadcms/next/routes'

import { bootPayload, type Booted } from '../../helpers/bootPayload.js'
import { makeDepartment, makeUser, type TestUser } from '../../helpers/fixtures.js'

let app: Booted
let get: ReturnType<typeof REST_GET>
let outlet: number | string
let dep: number | string

const as = (user: TestUser) => ({ user: user as never, overrideAccess: false as const })
const status = (promise: Promise<unknown>) => promise.then(() => 200, (e: { status?: number }) => e.status ?? 500)

beforeAll(async () => {
  app = await bootPayload()
  const { default: config } = await import('../../../dev/payload.config.js')
  get = REST_GET(config)
  await makeUser(app.payload, ['admin'])
  dep = (await makeDepartment(app.payload, 'SAL', 'Secretaría de Salud')).id
  outlet = (
    await app.payload.create({
      collection: 'media-outlets' as never,
      data: { name: 'Diario del Sur', type: 'press', scope: 'regional', estimatedReach: 40000, contacts: [{ name: 'Ana Pérez', email: 'ana@diariodelsur.com.co', phone: '3001234567' }] } as never,
    }) as unknown as { id: number | string }
  ).id
})
afterAll(() => app.close())

it('shows outlets and their contacts (personal data) to office staff and auditors only', async () => {
  const editor = await makeUser(app.payload, ['editor'])
  const auditor = await makeUser(app.payload, ['auditor'])
  const requester = await makeUser(app.payload, ['requester'], { department: dep })
  const seen = (await app.payload.findByID({ collection: 'media-outlets' as never, id: outlet as number, ...as(editor) })) as unknown as Record<string, any>
  expect(seen.contacts[0]).toMatchObject({ name: 'Ana Pérez', email: 'ana@diariodelsur.com.co' })
  expect(((await app.payload.findByID({ collection: 'media-outlets' as never, id: outlet as number, ...as(auditor) })) as unknown as Record<string, any>).contacts).toHaveLength(1)
  expect(await status(app.payload.find({ collection: 'media-outlets' as never, ...as(requester) }))).toBe(403)
  const anonymous = await get(new Request('http://localhost:3000/api/media-outlets'), { params: Promise.resolve({ slug: ['media-outlets'] }) })
  expect(anonymous.status).toBe(403)
  expect(JSON.stringify(await anonymous.json())).not.toContain('Ana')
  expect(await status(app.payload.create({ collection: 'media-outlets' as never, data: { name: 'Otro', type: 'radio', scope: 'local' } as never, ...as(auditor) }))).toBe(403)
})

it('lets editors and the head enter mentions, not community managers, auditors or requesters; normalizes the day; refuses a duplicate naming the field', async () => {
  const editor = await makeUser(app.payload, ['editor'])
  const head = await makeUser(app.payload, ['head'])
  const community = await makeUser(app.payload, ['community'])
  const auditor = await makeUser(app.payload, ['auditor'])
  const requester = await makeUser(app.payload, ['requester'], { department: dep })
  const data = { outlet, date: '2026-10-07T04:30:00.000Z', headline: 'Nota de prueba', url: 'https://diariodelsur.com.co/nota?utm_source=fb', sentiment: 'negative', source: 'import', dedupeKey: 'forged' }
  const created = (await app.payload.create({ collection: 'media-mentions' as never, data: data as never, ...as(editor) })) as unknown as Record<string, any>
  // 04:30 UTC on the 7th is still the 6th in Bogotá; reach comes from the outlet; source and key are the system's
  expect(created).toMatchObject({ date: '2026-10-06T12:00:00.000Z', reach: 40000, reachEstimated: true, source: 'manual' })
  expect(created.dedupeKey).not.toBe('forged')
  const duplicate = await app.payload
    .create({ collection: 'media-mentions' as never, data: { ...data, url: 'https://www.diariodelsur.com.co/nota/', date: '2026-10-06' } as never, ...as(head) })
    .catch((e) => e)
  expect(duplicate.status).toBe(400)
  expect(duplicate.data.errors[0].path).toBe('url')
  for (const user of [community, auditor, requester]) {
    expect(await status(app.payload.create({ collection: 'media-mentions' as never, data: { ...data, headline: `Otra ${user.id}`, url: undefined } as never, ...as(user) }))).toBe(403)
  }
  expect((await app.payload.find({ collection: 'media-mentions' as never, ...as(auditor) })).totalDocs).toBe(1)
  expect(await status(app.payload.find({ collection: 'media-mentions' as never, ...as(requester) }))).toBe(403)
  const edited = (await app.payload.update({ collection: 'media-mentions' as never, id: created.id, data: { reach: 5000 } as never, ...as(editor) })) as unknown as Record<string, any>
  expect(edited).toMatchObject({ reach: 5000, reachEstimated: false, source: 'manual' })
})

it('lets community managers (not editors) keep social accounts and metrics; one record per account handle', async () => {
  const community = await makeUser(app.payload, ['community'])
  const editor = await makeUser(app.payload, ['editor'])
  const account = (await app.payload.create({ collection: 'social-accounts' as never, data: { network: 'instagram', handle: '@alcaldiapasto', department: dep } as never, ...as(community) })) as unknown as Record<string, any>
  const dup = await app.payload.create({ collection: 'social-accounts' as never, data: { network: 'instagram', handle: 'AlcaldiaPasto' } as never, ...as(community) }).catch((e) => e)
  expect(dup.status).toBe(400)
  expect(dup.data.errors[0].path).toBe('handle')
  expect(await status(app.payload.create({ collection: 'social-accounts' as never, data: { network: 'x', handle: 'otra' } as never, ...as(editor) }))).toBe(403)
  expect(await status(app.payload.create({ collection: 'social-metrics' as never, data: { account: account.id, periodStart: '2026-10-01', reach: 1 } as never, ...as(editor) }))).toBe(403)
  const bad = await app.payload.create({ collection: 'social-metrics' as never, data: { account: account.id, periodStart: '2026-10-05', periodEnd: '2026-10-01', reach: 1 } as never, ...as(community) }).catch((e) => e)
  expect(bad.status).toBe(400)
  expect(bad.data.errors[0].path).toBe('periodEnd')
})
