/**
 * Issue 16, item 2, over real HTTP against the BUILT app (`next start`) whose file storage is a
 * real S3-compatible server (s3rver on loopback), chosen purely by environment variables
 * (PREGONERO_S3_*): a multipart upload lands in the bucket, the file is served with the access
 * check (REST), the wrong caller is refused before the bucket is asked, GraphQL hides the asset,
 * health reports the storage. In process: tests/int/archive/storage-s3.int.spec.ts.
 */
import fs from 'node:fs/promises'
import path from 'node:path'

import { type RunningApp, startApp } from '../helpers/appServer.js'
import { type S3Server, startS3Server } from '../helpers/s3Server.js'
import { stored } from '../helpers/stored.js'

let s3: S3Server
let app: RunningApp
const tokens: Record<string, string> = {}
const files = stored()

beforeAll(async () => {
  s3 = await startS3Server()
  // The test reads the same bucket through the plugin's storage interface.
  Object.assign(process.env, s3.env)
  app = await startApp({ ...s3.env, RATE_LIMIT_ENABLED: 'false' })
  tokens.designer = (await app.login('disenador@pregonero.test')).token
  tokens.requester = (await app.login('enlace.salud@pregonero.test')).token
}, 300_000)
afterAll(async () => {
  await app?.stop()
  await s3?.stop()
  for (const key of Object.keys(s3?.env ?? {})) delete process.env[key]
})

const auth = (who?: string): Record<string, string> => (who ? { Authorization: `JWT ${tokens[who]}` } : {})

it('stores a REST upload in the bucket and serves it only to allowed callers; refusals never reach the bucket', async () => {
  const { default: sharp } = await import('sharp')
  const jpeg = await sharp({ create: { width: 640, height: 480, channels: 3, background: { r: 10, g: 120, b: 200 }, noise: { type: 'gaussian', mean: 128, sigma: 30 } } }).jpeg().toBuffer()
  const body = new FormData()
  body.append('file', new Blob([new Uint8Array(jpeg)], { type: 'image/jpeg' }), 'consejo-s3.jpg')
  body.append('_payload', JSON.stringify({ title: 'Consejo (S3)', kind: 'photo', accessLevel: 'restricted', consent: 'none-identifiable' }))
  const created = await fetch(`${app.url}/api/archive-assets`, { method: 'POST', headers: auth('designer'), body })
  expect(created.status).toBe(201)
  const { doc } = (await created.json()) as { doc: { id: number; filename: string; sizes: Record<string, { filename: string }> } }
  expect((await files.read(`archive/${doc.filename}`)).equals(jpeg)).toBe(true)
  for (const size of Object.values(doc.sizes)) expect(await files.exists(`archive/${size.filename}`)).toBe(true)
  await expect(fs.stat(path.join(app.dir, 'media', 'archive', doc.filename))).rejects.toThrow()

  const key = `/archive/${doc.filename}`
  const reads = () => s3.requests.filter((line) => line.endsWith(key) && !line.startsWith('PUT')).length
  const before = reads()
  for (const who of [undefined, 'requester']) {
    const refused = await fetch(`${app.url}/api/archive-assets/file/${doc.filename}`, { headers: auth(who) })
    expect([401, 403]).toContain(refused.status)
    expect(refused.headers.get('location')).toBeNull()
  }
  expect(reads()).toBe(before)

  const served = await fetch(`${app.url}/api/archive-assets/file/${doc.filename}`, { headers: auth('designer') })
  expect(served.status).toBe(200)
  expect(served.headers.get('cache-control')).toBe('private, no-store')
  expect(Buffer.from(await served.arrayBuffer()).equals(jpeg)).toBe(true)
  const ranged = await fetch(`${app.url}/api/archive-assets/file/${doc.filename}`, { headers: { ...auth('designer'), Range: 'bytes=0-99' } })
  expect(ranged.status).toBe(206)
  expect(Buffer.from(await ranged.arrayBuffer()).equals(jpeg.subarray(0, 100))).toBe(true)

  // GraphQL: the requester does not see the restricted asset (nor its URL).
  const gql = await fetch(`${app.url}/api/graphql`, {
    method: 'POST',
    headers: { ...auth('requester'), 'Content-Type': 'application/json' },
    body: JSON.stringify({ query: `{ ArchiveAssets(where: { id: { equals: ${doc.id} } }) { docs { id url } } }` }),
  })
  const answer = (await gql.json()) as { data?: { ArchiveAssets?: { docs: unknown[] } } }
  expect(answer.data?.ArchiveAssets?.docs ?? []).toEqual([])

  const health = await fetch(`${app.url}/api/pregonero/health`)
  const report = (await health.json()) as { parts: Record<string, string> }
  expect(health.status).toBe(200)
  expect(report.parts.storage).toBe('ok')
})
