import type { Payload } from 'payload'

import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { GRAPHQL_POST } from '@payloadcms/next/routes'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { buildConfig, getPayload } from 'payload'

import { staffOnlyField } from '../../../src/kernel/access/index.js'
import { restClient } from '../../helpers/rest.js'

/**
 * `staffOnlyField` on a real Payload (a minimal config with a collection shaped like the media
 * outlets' contacts): anonymous callers neither receive nor query the personal data, over the
 * Local API, REST and GraphQL; signed-in users do. The lead applies it to users' e-mails, outlet
 * contacts, consent documents and requesters' names at merge.
 */
let payload: Payload
let dir: string
let rest: ReturnType<typeof restClient>
let token: string
let graphql: (query: string, token?: string) => Promise<any>

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'pregonero-field-'))
  const config = buildConfig({
    secret: 'field-test-secret',
    db: sqliteAdapter({ client: { url: `file:${path.join(dir, 'field.db')}` }, push: true }),
    collections: [
      { slug: 'users', auth: true, fields: [] },
      {
        slug: 'outlets',
        access: { read: () => true },
        fields: [
          { name: 'name', type: 'text' },
          { name: 'contactName', type: 'text', access: { read: staffOnlyField } },
          { name: 'contactEmail', type: 'email', access: { read: staffOnlyField } },
        ],
      },
    ],
  })
  payload = await getPayload({ config })
  await payload.create({ collection: 'users', data: { email: 'staff@test.local', password: 'Test-password-123' } as never })
  await payload.create({ collection: 'outlets' as never, data: { name: 'Radio Pasto', contactName: 'María Periodista', contactEmail: 'maria@radio.test' } as never })
  rest = restClient(payload.config)
  token = await rest.login('staff@test.local', 'Test-password-123')
  const handler = GRAPHQL_POST(payload.config)
  graphql = async (query, auth) => {
    const headers = new Headers({ 'Content-Type': 'application/json' })
    if (auth) headers.set('Authorization', `JWT ${auth}`)
    return (await handler(new Request('http://localhost:3000/api/graphql', { method: 'POST', headers, body: JSON.stringify({ query }) }))).json()
  }
}, 120_000)
afterAll(async () => {
  await payload?.destroy()
  await fs.rm(dir, { recursive: true, force: true })
})

it('anonymous callers do not receive the personal fields (Local API, REST, GraphQL)', async () => {
  const local = await payload.find({ collection: 'outlets' as never, overrideAccess: false })
  expect(local.docs[0]).toMatchObject({ name: 'Radio Pasto' })
  expect(local.docs[0]).not.toHaveProperty('contactEmail')
  const res = await rest.get('/outlets')
  expect(res.json.docs[0].name).toBe('Radio Pasto')
  expect(res.text).not.toContain('maria@radio.test')
  expect(res.text).not.toContain('María Periodista')
  const gql = await graphql('{ Outlets { docs { name contactName contactEmail } } }')
  expect(gql.data.Outlets.docs[0]).toEqual({ name: 'Radio Pasto', contactName: null, contactEmail: null })
})

it('anonymous callers cannot query by the personal fields (no guessing an e-mail)', async () => {
  const res = await rest.get('/outlets?where[contactEmail][equals]=maria@radio.test')
  expect(res.status).toBeGreaterThanOrEqual(400)
  expect(res.text).not.toContain('Radio Pasto')
  await expect(
    payload.find({ collection: 'outlets' as never, where: { contactName: { like: 'María' } }, overrideAccess: false }),
  ).rejects.toThrow()
})

it('signed-in users read them', async () => {
  const res = await rest.get('/outlets', { token })
  expect(res.json.docs[0]).toMatchObject({ contactName: 'María Periodista', contactEmail: 'maria@radio.test' })
  const filtered = await rest.get('/outlets?where[contactEmail][equals]=maria@radio.test', { token })
  expect(filtered.json.totalDocs).toBe(1)
})
