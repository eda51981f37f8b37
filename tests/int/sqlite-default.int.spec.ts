import { bootPayload, type Booted } from '../helpers/bootPayload.js'

let app: Booted

beforeAll(async () => {
  app = await bootPayload()
})
afterAll(() => app.close())

it('boots the app on the embedded SQLite adapter with the file from DATABASE_URI', async () => {
  expect(app.payload.db.name).toBe('sqlite')
  expect(String((app.payload.db as unknown as { clientConfig: { url: string } }).clientConfig.url)).toContain(app.dir)
  const { totalDocs } = await app.payload.count({ collection: 'users' })
  expect(totalDocs).toBe(0)
})
