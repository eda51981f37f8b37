import { jest } from '@jest/globals'
import type { Payload } from 'payload'

import { REST_GET } from '@payloadcms/next/routes'
import fs from 'node:fs/promises'
import path from 'node:path'

import { SEND_NOTIFICATION_TASK } from '../../../src/kernel/notifications/tasks/sendNotification.js'
import { peerAddressHeader } from '../../../src/platform/rateLimit/index.js'
import { withPublicCache } from '../../../src/features/publicApi/cache/withPublicCache.js'
import { bootPayload, type Booted } from '../../helpers/bootPayload.js'
import { makeUser, TEST_PASSWORD } from '../../helpers/fixtures.js'
import { restClient } from '../../helpers/rest.js'

jest.setTimeout(180_000)

/** GET /api/pregonero/health (issue 16, item 4): database, storage, job lag; details for admins only. */
describe('GET /api/pregonero/health', () => {
  let app: Booted
  let payload: Payload
  let rest: ReturnType<typeof restClient>
  let adminToken: string
  let editorToken: string
  const from = (address: string) => ({ [peerAddressHeader()]: address })

  beforeAll(async () => {
    app = await bootPayload({ RATE_LIMIT_ANON_MAX: '4' })
    payload = app.payload
    rest = restClient(payload.config)
    const admin = await makeUser(payload, ['admin'])
    const editor = await makeUser(payload, ['editor'])
    adminToken = await rest.login(admin.email, TEST_PASSWORD)
    editorToken = await rest.login(editor.email, TEST_PASSWORD)
  }, 240_000)
  afterAll(() => app.close())

  it('answers 200 with each part ok; anonymous and non-admin callers get ok/fail per part and nothing else', async () => {
    for (const options of [{ headers: from('10.1.0.1') }, { token: editorToken, headers: from('10.1.0.1') }]) {
      const res = await rest.get('/pregonero/health', options)
      expect(res.status).toBe(200)
      expect(res.headers.get('cache-control')).toBe('no-store')
      expect(Object.keys(res.json).sort()).toEqual(['message', 'parts', 'status'])
      expect(res.json).toMatchObject({ status: 'ok', parts: { database: 'ok', storage: 'ok', jobs: 'ok' } })
    }
  })

  it('gives admins the version, the timings and the job lag of the plugin queue and of default', async () => {
    const pastDue = new Date(Date.now() - 120_000)
    const job: { id: number | string } = await payload.jobs.queue({ task: SEND_NOTIFICATION_TASK as never, input: { deliveryId: 0 } as never, queue: 'pregonero', waitUntil: pastDue })
    // Queued five minutes ago to wait two: due, and waiting, for two minutes.
    await payload.db.updateOne({ collection: 'payload-jobs', id: job.id, data: { createdAt: new Date(Date.now() - 300_000).toISOString() } })
    await payload.jobs.queue({ task: SEND_NOTIFICATION_TASK as never, input: { deliveryId: 0 } as never, queue: 'default', waitUntil: new Date(Date.now() + 3_600_000) })
    const res = await rest.get('/pregonero/health', { token: adminToken })
    expect(res.status).toBe(200)
    expect(res.json.version).toMatch(/^\d+\.\d+\.\d+/)
    expect(res.json.details.database.ms).toEqual(expect.any(Number))
    expect(res.json.details.storage.ms).toEqual(expect.any(Number))
    expect(res.json.details.jobs['pregonero.pastWaitUntil']).toBe(1)
    expect(res.json.details.jobs['pregonero.oldestDueSeconds']).toBeGreaterThanOrEqual(119)
    expect(res.json.details.jobs['pregonero.oldestDueSeconds']).toBeLessThan(200)
    // The default queue's job is not due yet: no lag, not past its waitUntil.
    expect(res.json.details.jobs['default.pastWaitUntil']).toBe(0)
    expect(res.json.details.jobs['default.oldestDueSeconds']).toBe(0)
    expect(res.json.details.jobs['pregonero.processing']).toBe(0)
    // A job left marked processing (its process killed) is counted: Payload would never take it again.
    await payload.db.updateOne({ collection: 'payload-jobs', id: job.id, data: { processing: true } })
    const stuck = await rest.get('/pregonero/health', { token: adminToken })
    expect(stuck.json.details.jobs['pregonero.processing']).toBe(1)
    expect(stuck.json.details.jobs['pregonero.pastWaitUntil']).toBe(0)
    expect(res.text).not.toContain(app.dir)
    expect(res.text).not.toContain('test-secret')
  })

  it("gives admins the public cache's figures (hits, misses, hit rate, memory), and nobody else", async () => {
    // Two anonymous reads of one address through the app's cached route: a miss, then a hit.
    const cachedGet = withPublicCache(payload.config, REST_GET(payload.config) as unknown as (request: Request, args: { params: Promise<{ slug: string[] }> }) => Promise<Response>)
    for (const state of ['MISS', 'HIT']) {
      const answer = await cachedGet(new Request('http://localhost/api/contents?limit=1', { headers: from('10.1.0.9') }), { params: Promise.resolve({ slug: ['contents'] }) })
      expect(answer.headers.get('x-pregonero-cache')).toBe(state)
    }
    const res = await rest.get('/pregonero/health', { token: adminToken })
    const figures = res.json.details['publicCache.default']
    expect(figures.hits).toBeGreaterThanOrEqual(1)
    expect(figures.misses).toBeGreaterThanOrEqual(1)
    expect(figures.hitRate).toBeGreaterThan(0)
    expect(figures.hitRate).toBeLessThan(1)
    expect(figures.bytes).toBeGreaterThan(0)
    expect(Object.values(figures).every((value) => typeof value === 'number')).toBe(true)
    const editor = await rest.get('/pregonero/health', { token: editorToken, headers: from('10.1.0.10') })
    expect(editor.json.details).toBeUndefined()
  })

  it('answers 503 naming storage when the media folder cannot take a file, and 200 again once it can', async () => {
    const mediaDir = process.env.PREGONERO_MEDIA_DIR!
    await fs.mkdir(mediaDir, { recursive: true })
    const moved = path.join(app.dir, 'media-moved')
    await fs.rename(mediaDir, moved)
    // A file where the folder should be: not writable whoever runs the test (root ignores a read-only mode).
    await fs.writeFile(mediaDir, 'not a folder')
    try {
      const anonymous = await rest.get('/pregonero/health', { headers: from('10.1.0.2') })
      expect(anonymous.status).toBe(503)
      expect(anonymous.json).toMatchObject({ status: 'fail', parts: { database: 'ok', storage: 'fail', jobs: 'ok' } })
      expect(anonymous.json.message).toContain('storage')
      expect(anonymous.json.details).toBeUndefined()
      const admin = await rest.get('/pregonero/health', { token: adminToken })
      expect(admin.status).toBe(503)
      expect(admin.json.parts.storage).toBe('fail')
      expect(admin.text).not.toContain(mediaDir)
      expect(admin.text).not.toMatch(/ENOTDIR|EEXIST|EACCES/)
    } finally {
      await fs.rm(mediaDir, { force: true })
      await fs.rename(moved, mediaDir)
    }
    expect((await rest.get('/pregonero/health', { headers: from('10.1.0.2') })).status).toBe(200)
  })

  it('counts anonymous calls against the per-address budget (429 past it); admins are not counted', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 6; i++) statuses.push((await rest.get('/pregonero/health', { headers: from('10.1.0.3') })).status)
    expect(statuses.slice(0, 4)).toEqual([200, 200, 200, 200])
    expect(statuses.slice(4)).toEqual([429, 429])
    expect((await rest.get('/pregonero/health', { token: adminToken, headers: from('10.1.0.3') })).status).toBe(200)
  })
})
