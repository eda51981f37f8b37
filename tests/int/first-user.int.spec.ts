import { bootPayload, type Booted } from '../helpers/bootPayload.js'
import { restClient } from '../helpers/rest.js'
import { TEST_PASSWORD } from '../helpers/fixtures.js'

let app: Booted
beforeAll(async () => {
  app = await bootPayload()
})
afterAll(() => app.close())

it('the create-first-user screen makes the first account an administrator, and only the first', async () => {
  const client = restClient(app.payload.config)
  const res = await client.post('/users/first-register', {
    email: 'primera@test.local',
    password: TEST_PASSWORD,
    name: 'Primera',
    roles: ['editor'],
  })
  expect(res.status).toBe(200)
  const [first] = (await app.payload.find({ collection: 'users' })).docs
  expect(first?.roles).toEqual(expect.arrayContaining(['admin', 'editor']))

  const second = await client.post('/users/first-register', {
    email: 'segunda@test.local',
    password: TEST_PASSWORD,
    name: 'Segunda',
    roles: ['editor'],
  })
  expect(second.status).toBe(403)
  expect((await app.payload.count({ collection: 'users' })).totalDocs).toBe(1)
})

it('a first account sent with the form as it comes (roles at their default, requester) is the administrator, with no department asked', async () => {
  await app.payload.delete({ collection: 'users', where: {} })
  const client = restClient(app.payload.config)
  const res = await client.post('/users/first-register', { email: 'fresca@test.local', password: TEST_PASSWORD, name: 'Instalación nueva', roles: ['requester'] })
  expect(res.status).toBe(200)
  const [first] = (await app.payload.find({ collection: 'users' })).docs
  expect(first?.roles).toEqual(['admin'])
  // The field left out entirely (a host form without it): the same.
  await app.payload.delete({ collection: 'users', where: {} })
  expect((await client.post('/users/first-register', { email: 'otra@test.local', password: TEST_PASSWORD, name: 'Otra' })).status).toBe(200)
})
