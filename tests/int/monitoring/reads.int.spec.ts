import { REST_GET, REST_POST } from '@payloadcms/next/routes'

import { bootPayload, type Booted } from '../../helpers/bootPayload.js'
import { readsByDepartment } from '../../../src/features/monitoring/figures.js'
import { recordRead } from '../../../src/features/monitoring/reads.js'
import { monthPeriod } from '../../../src/features/monitoring/report.js'
import { makeContent, makeDepartment, makeUser, TEST_PASSWORD, type TestUser } from '../../helpers/fixtures.js'
import { reqAs } from './helpers.js'

let app: Booted
let post: ReturnType<typeof REST_POST>
let get: ReturnType<typeof REST_GET>
let sal: number | string
let inf: number | string
let contents: Record<string, number | string> = {}
const tokens = new Map<TestUser, string>()

const login = async (user: TestUser): Promise<string> => {
  if (!tokens.has(user)) {
    const doc = (await app.payload.findByID({ collection: 'users', id: user.id as number })) as unknown as { email: string }
    const { token } = await app.payload.login({ collection: 'users', data: { email: doc.email, password: TEST_PASSWORD } })
    tokens.set(user, token as string)
  }
  return tokens.get(user) as string
}

const read = async (user: TestUser | null, content: unknown) => {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' }
  if (user) headers.Authorization = `JWT ${await login(user)}`
  const response = await post(new Request('http://localhost:3000/api/monitoring/reads', { method: 'POST', headers, body: JSON.stringify({ content }) }), {
    params: Promise.resolve({ slug: ['monitoring', 'reads'] }),
  })
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}

beforeAll(async () => {
  app = await bootPayload()
  const { default: config } = await import('../../../dev/payload.config.js')
  post = REST_POST(config)
  get = REST_GET(config)
  await makeUser(app.payload, ['admin'])
  sal = (await makeDepartment(app.payload, 'SAL', 'Secretaría de Salud')).id
  inf = (await makeDepartment(app.payload, 'INF', 'Secretaría de Infraestructura')).id
  const content = async (slug: string, audience: string, stage: string) => {
    const published = stage === 'published'
    contents[slug] = (
      await makeContent(app.payload, { title: slug, slug, kind: 'intranet-post', audience, stage, _status: published ? 'published' : 'draft', publishedAt: published ? '2026-10-01T12:00:00.000Z' : undefined })
    ).id
  }
  await content('boletin-interno', 'internal', 'published')
  await content('circular', 'internal', 'published')
  await content('borrador-interno', 'internal', 'draft')
  await content('noticia-externa', 'external', 'published')
})
afterAll(() => app.close())

it('refuses anonymous callers and contents that are not published internal ones', async () => {
  expect((await read(null, contents['boletin-interno'])).status).toBe(401)
  const user = await makeUser(app.payload, ['requester'], { department: sal })
  expect((await read(user, contents['borrador-interno'])).status).toBe(404)
  expect((await read(user, contents['noticia-externa'])).status).toBe(404)
  expect((await read(user, undefined)).status).toBe(400)
  expect((await app.payload.count({ collection: 'intranet-reads' as never })).totalDocs).toBe(0)
})

it('counts at most one read per user, content and day, even under simultaneous calls', async () => {
  const user = await makeUser(app.payload, ['requester'], { department: sal })
  const first = await read(user, contents['boletin-interno'])
  expect(first).toMatchObject({ status: 201, body: { counted: true } })
  const second = await read(user, contents['boletin-interno'])
  expect(second).toMatchObject({ status: 200, body: { counted: false, readId: first.body.readId } })

  // five simultaneous reads of another content: exactly one counts
  const racer = await makeUser(app.payload, ['editor'], { department: inf })
  await login(racer)
  const results = await Promise.all(Array.from({ length: 5 }, () => read(racer, contents.circular)))
  expect(results.filter((r) => r.body.counted === true)).toHaveLength(1)
  expect(results.every((r) => r.status === 200 || r.status === 201)).toBe(true)
  const { totalDocs } = await app.payload.count({ collection: 'intranet-reads' as never, where: { user: { equals: racer.id } } })
  expect(totalDocs).toBe(1)
  // the safety net across processes: the database refuses a second row with the same key
  const existing = (await app.payload.find({ collection: 'intranet-reads' as never, where: { user: { equals: racer.id } }, depth: 0 })).docs[0] as unknown as Record<string, unknown>
  await expect(
    app.payload.create({ collection: 'intranet-reads' as never, data: { content: existing.content, user: existing.user, day: existing.day, readKey: existing.readKey } as never }),
  ).rejects.toBeTruthy()

  // the next day (in Bogotá) counts again; the same Bogotá day late at night (UTC next day) does not
  const req = await reqAs(app.payload, user)
  const lateSameDay = await recordRead(req, { contentId: contents.circular, timeZone: 'America/Bogota', now: new Date('2026-10-05T15:00:00Z') })
  expect(lateSameDay).toMatchObject({ counted: true, day: '2026-10-05' })
  expect(await recordRead(req, { contentId: contents.circular, timeZone: 'America/Bogota', now: new Date('2026-10-06T03:30:00Z') })).toMatchObject({ counted: false, day: '2026-10-05' })
  expect(await recordRead(req, { contentId: contents.circular, timeZone: 'America/Bogota', now: new Date('2026-10-06T06:00:00Z') })).toMatchObject({ counted: true, day: '2026-10-06' })
})

it('gives per-department read figures (both paths) and keeps per-person records from office roles and requesters', async () => {
  const a = await makeUser(app.payload, ['requester'], { department: sal })
  const b = await makeUser(app.payload, ['requester'], { department: sal })
  const c = await makeUser(app.payload, ['producer'], { department: inf })
  const at = (day: string) => new Date(`${day}T15:00:00Z`)
  for (const [user, slug, day] of [
    [a, 'boletin-interno', '2026-10-10'],
    [a, 'circular', '2026-10-10'],
    [a, 'circular', '2026-10-11'],
    [b, 'circular', '2026-10-11'],
    [c, 'circular', '2026-10-12'],
    [c, 'circular', '2026-11-02'], // next month
  ] as Array<[TestUser, string, string]>) {
    const result = await recordRead(await reqAs(app.payload, user), { contentId: contents[slug], timeZone: 'America/Bogota', now: at(day) })
    expect(result).toMatchObject({ counted: true, day })
  }
  const period = monthPeriod('2026-10', 'America/Bogota')!
  const fast = await readsByDepartment(app.payload, period, { sqlFastPath: true })
  const neutral = await readsByDepartment(app.payload, period, { sqlFastPath: false })
  expect(neutral).toEqual(fast)
  // October (earlier tests added: 1 SAL read on 10-05 and 10-06 by the first user, 1 INF read by the racer)
  const bySlug = Object.fromEntries(fast.map((d) => [d.name, d]))
  expect(bySlug['Secretaría de Salud']).toEqual({ department: sal, name: 'Secretaría de Salud', reads: 6, readers: 3, contents: 2 })
  expect(bySlug['Secretaría de Infraestructura']).toEqual({ department: inf, name: 'Secretaría de Infraestructura', reads: 1, readers: 1, contents: 1 })

  // who read what: not for requesters or editors; the head reads it
  const head = await makeUser(app.payload, ['head'])
  expect((await app.payload.find({ collection: 'intranet-reads' as never, user: a as never, overrideAccess: false }).catch((e) => e)).status).toBe(403)
  const editor = await makeUser(app.payload, ['editor'])
  expect((await app.payload.find({ collection: 'intranet-reads' as never, user: editor as never, overrideAccess: false }).catch((e) => e)).status).toBe(403)
  expect((await app.payload.find({ collection: 'intranet-reads' as never, user: head as never, overrideAccess: false })).totalDocs).toBeGreaterThan(0)
  const response = await get(new Request('http://localhost:3000/api/intranet-reads'), { params: Promise.resolve({ slug: ['intranet-reads'] }) })
  expect(response.status).toBe(403)
})
