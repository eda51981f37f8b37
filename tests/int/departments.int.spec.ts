import type { Payload } from 'payload'

import { seed } from '../../dev/seed/index.js'
import { DEPARTMENTS } from '../../dev/seed/data/departments.js'
import { indicatorSeed } from '../../dev/seed/data/indicators.js'
import { DEMO_USERS } from '../../dev/seed/data/users.js'
import { bootPayload, type Booted } from '../helpers/bootPayload.js'
import { restClient } from '../helpers/rest.js'
import { makeUser } from '../helpers/fixtures.js'

let app: Booted
let payload: Payload

beforeAll(async () => {
  app = await bootPayload()
  payload = app.payload
})
afterAll(() => app.close())

describe('seed', () => {
  it('creates every department, the indicator sheet, one demo user per role and a little demo content, idempotently', async () => {
    const first = await seed(payload, { demoUsers: true, log: () => {} })
    expect(first).toEqual({ departments: DEPARTMENTS.length, users: DEMO_USERS.length, indicators: indicatorSeed.length, demo: 5 })
    const again = await seed(payload, { demoUsers: true, log: () => {} })
    expect(again).toEqual({ departments: 0, users: 0, indicators: 0, demo: 0 })
    expect((await payload.count({ collection: 'communication-requests' })).totalDocs).toBe(3)
    const codes = (await payload.find({ collection: 'communication-requests' })).docs.map((r) => r.code)
    codes.forEach((code) => expect(code).toMatch(/^SOL-\d{4}-\d{4}$/))
    expect((await payload.count({ collection: 'departments' })).totalDocs).toBe(DEPARTMENTS.length)
    const roles = new Set((await payload.find({ collection: 'users', limit: 100 })).docs.flatMap((user) => user.roles ?? []))
    expect([...roles].sort()).toEqual(['admin', 'auditor', 'community', 'designer', 'editor', 'head', 'producer', 'requester'])
    const salud = await payload.find({ collection: 'departments', where: { code: { equals: 'SSM' } } })
    expect(salud.docs[0]?.name).toBe('Secretaría de Salud')
  })
})

describe('departments access', () => {
  it('anonymous callers cannot list departments over REST', async () => {
    const res = await restClient(payload.config).get('/departments')
    expect(res.status).toBe(403)
  })

  it('any signed-in user reads them; only head and admin create; only admin deletes', async () => {
    const requester = await makeUser(payload, ['requester'], {
      department: (await payload.find({ collection: 'departments', limit: 1 })).docs[0]!.id,
    })
    const head = await makeUser(payload, ['head'])
    const editor = await makeUser(payload, ['editor'])
    const read = await payload.find({ collection: 'departments', user: requester, overrideAccess: false, limit: 1 })
    expect(read.totalDocs).toBe(DEPARTMENTS.length)
    await expect(
      payload.create({ collection: 'departments', data: { code: 'NEW', name: 'Nueva' }, user: editor, overrideAccess: false }),
    ).rejects.toMatchObject({ status: 403 })
    const created = await payload.create({ collection: 'departments', data: { code: 'NEW', name: 'Nueva' }, user: head, overrideAccess: false })
    await expect(payload.delete({ collection: 'departments', id: created.id, user: head, overrideAccess: false })).rejects.toMatchObject({
      status: 403,
    })
  })

  it('a malformed code is refused with a 400 naming the field', async () => {
    const admin = await makeUser(payload, ['admin'])
    await expect(
      payload.create({ collection: 'departments', data: { code: 'bad code!', name: 'Mala' }, user: admin, overrideAccess: false }),
    ).rejects.toMatchObject({ status: 400, data: { errors: [expect.objectContaining({ path: 'code' })] } })
  })
})
