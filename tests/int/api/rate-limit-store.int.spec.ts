/**
 * The rate-limit counter store is pluggable (plugin option `api.rateLimit.store`): a host app
 * with several instances passes a shared one. A real Payload with the plugin, on SQLite, built
 * here with a custom store that records every hit and can be told to refuse: the anonymous REST
 * reads, the plugin's own endpoints and the logins all go through THAT store, and the
 * per-process memory store is never created.
 */
import type { Payload } from 'payload'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { buildConfig, getPayload } from 'payload'
import sharp from 'sharp'

import type { RateLimitResult, RateLimitStore } from '../../../src/platform/rateLimit/index.js'
import type { PregoneroOptions } from '../../../src/types.js'

import { databaseAdapter } from '../../../dev/database.js'
import { resolveOptions } from '../../../src/defaults.js'
import { pregonero } from '../../../src/index.js'
import { pregoneroPlatform } from '../../../src/platform/index.js'
import { createMemoryStore, peerAddressHeader, processMemoryStore } from '../../../src/platform/rateLimit/index.js'
import { restClient } from '../../helpers/rest.js'
import { makeUser, TEST_PASSWORD } from '../../helpers/fixtures.js'

/** A store as a host app would write one for a shared backend: async, its own counting. */
const recordingStore = () => {
  const inner = createMemoryStore()
  const hits: Array<{ key: string; max: number; windowMs: number }> = []
  let refuse = false
  const store: RateLimitStore = {
    hit: async (key, max, windowMs): Promise<RateLimitResult> => {
      hits.push({ key, max, windowMs })
      await new Promise((resolve) => setTimeout(resolve, 5)) // a network round trip
      return refuse ? { allowed: false, remaining: 0, retryAfterMs: 42_000 } : inner.hit(key, max, windowMs)
    },
  }
  return { store, hits, refuseFromNowOn: (value: boolean) => (refuse = value) }
}

const recorder = recordingStore()
let payload: Payload
let dir: string
let rest: ReturnType<typeof restClient>
/** A request from this socket address (src/platform/rateLimit/peerAddress.ts). */
const ip = (address: string) => ({ [peerAddressHeader()]: address })

const options: PregoneroOptions = {
  jobsQueue: 'pregonero',
  api: { rateLimit: { store: recorder.store, anonymousReads: { max: 50, windowMs: 60_000 }, login: { perIP: 30, perEmail: 20, windowMs: 60_000 } } },
}

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'pregonero-store-'))
  process.env.PAYLOAD_DB_PUSH = 'true'
  process.env.PREGONERO_MEDIA_DIR = path.join(dir, 'media')
  const config = buildConfig({
    secret: 'test-secret',
    admin: { user: 'users' },
    editor: lexicalEditor(),
    db: databaseAdapter({ kind: 'sqlite', url: `file:${path.join(dir, 'store.db')}` }),
    sharp,
    collections: [],
    // The rate limits are part of the platform a host opts into (pregonero/platform), given the same options.
    plugins: [pregonero(options), pregoneroPlatform(options)],
  })
  payload = await getPayload({ config })
  rest = restClient(payload.config)
}, 120_000)
afterAll(async () => {
  await payload?.destroy()
  await fs.rm(dir, { recursive: true, force: true })
})

it('the default is one in-memory store per process; an option replaces it', () => {
  expect(resolveOptions({}).api.rateLimit.store).toBe(processMemoryStore())
  expect(resolveOptions({ api: { rateLimit: { store: recorder.store } } }).api.rateLimit.store).toBe(recorder.store)
})

it('anonymous REST reads and the plugin endpoints count in the store passed in options', async () => {
  const before = recorder.hits.length
  expect((await rest.get('/contents', { headers: ip('198.51.100.7') })).status).toBe(200)
  expect((await rest.get('/pregonero/sitemap.xml', { headers: ip('198.51.100.8') })).status).toBe(200)
  expect(recorder.hits.slice(before)).toEqual([
    { key: 'anon:198.51.100.7', max: 50, windowMs: 60_000 },
    { key: 'anon:198.51.100.8', max: 50, windowMs: 60_000 },
  ])
})

it('logins count per IP and per e-mail in that store', async () => {
  const user = await makeUser(payload, ['editor'])
  const before = recorder.hits.length
  expect((await rest.post('/users/login', { email: user.email, password: TEST_PASSWORD }, { headers: ip('198.51.100.9') })).status).toBe(200)
  expect(recorder.hits.slice(before).map((hit) => hit.key)).toEqual(['login-ip:198.51.100.9', `login-email:${user.email}`])
})

it("the store's answer decides: when it refuses, the caller gets 429 with its Retry-After", async () => {
  recorder.refuseFromNowOn(true)
  try {
    const read = await rest.get('/contents', { headers: ip('198.51.100.10') })
    expect(read.status).toBe(429)
    expect(read.headers.get('retry-after')).toBe('42')
    // One language per caller: Spanish by default, never glued to the English text.
    expect(read.text).toMatch(/Demasiadas solicitudes/)
    expect(read.text).not.toMatch(/Too many requests/)
    expect((await rest.get('/pregonero/sitemap.xml', { headers: ip('198.51.100.11') })).status).toBe(429)
    expect((await rest.post('/users/login', { email: 'x@test.local', password: 'whatever-1234' }, { headers: ip('198.51.100.12') })).status).toBe(429)
  } finally {
    recorder.refuseFromNowOn(false)
  }
})

it('nothing was counted in the per-process memory store', async () => {
  // Had the reads above gone to it, this key would already be over a budget of 1.
  const memory = processMemoryStore()
  expect((await memory.hit('anon:198.51.100.7', 1, 60_000)).allowed).toBe(true)
  expect((await memory.hit('login-ip:198.51.100.9', 1, 60_000)).allowed).toBe(true)
})
