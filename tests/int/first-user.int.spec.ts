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
