import pg from 'pg'

import { type RunningApp, startApp } from '../helpers/appServer.js'

/**
 * The built app (`next start`, production) on a NEW PostgreSQL database (DATABASE_URI=postgres://…):
 * the committed migrations of dev/migrations-postgres build the schema on start (prodMigrations),
 * the seed fills it, and the app serves sign-in, the public API and a workflow write over HTTP.
 */
let app: RunningApp

beforeAll(async () => {
  app = await startApp({}, { database: 'postgres' })
}, 240_000)
afterAll(() => app?.stop())

it('the committed PostgreSQL migrations ran on the new database, each once', async () => {
  const client = new pg.Client({ connectionString: app.env.DATABASE_URI })
  await client.connect()
  try {
    const { rows } = await client.query<{ name: string }>("SELECT name FROM payload_migrations WHERE name <> 'dev' ORDER BY name")
    const { migrations } = await import('../../dev/migrations-postgres/index.js')
    expect(rows.map((r) => r.name)).toEqual(migrations.map((m) => m.name).sort())
  } finally {
    await client.end()
  }
})

it('a seeded user signs in and a requester files a request that is read back through the API', async () => {
  const { token } = await app.login('enlace.salud@pregonero.test')
  const auth = { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' }
  const me = await (await fetch(`${app.url}/api/users/me`, { headers: auth })).json()
  expect(me.user.email).toBe('enlace.salud@pregonero.test')
  const departments = await (await fetch(`${app.url}/api/departments?limit=100&depth=0`, { headers: auth })).json()
  expect(departments.totalDocs).toBeGreaterThan(0)
  const created = await fetch(`${app.url}/api/communication-requests`, {
    method: 'POST',
    headers: auth,
    body: JSON.stringify({ title: 'Jornada de vacunación en PostgreSQL', audience: 'external', products: [{ type: 'news', channels: ['web'] }], description: 'Prueba' }),
  })
  const body = await created.json()
  expect(created.status).toBe(201)
  const read = await (await fetch(`${app.url}/api/communication-requests/${body.doc.id}?depth=0`, { headers: auth })).json()
  expect(read.title).toBe('Jornada de vacunación en PostgreSQL')
  expect(typeof read.id).toBe('number')
  const publicList = await fetch(`${app.url}/api/pregonero/contents?limit=1`)
  expect(publicList.status).toBe(200)
})
