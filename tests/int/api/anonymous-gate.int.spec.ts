/**
 * The anonymous-read gate (src/platform/fairness/withAnonymousGate.ts) around the app's real REST and
 * GraphQL route handlers, on a real Payload: while anonymous reads hold every place, a signed-in
 * editor's request goes straight through; anonymous ones wait their turn, then get the normal
 * answer; a full queue or a long wait gets a 503 saying why; a failing handler gives its place back.
 */
import type { SanitizedConfig } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { GRAPHQL_POST, REST_GET, REST_POST } from '@payloadcms/next/routes'

import type { Booted } from '../../helpers/bootPayload.js'

import { bootPayload } from '../../helpers/bootPayload.js'
import { makeContent, makeUser, TEST_PASSWORD } from '../../helpers/fixtures.js'
import { gateSettingsOf, isMethodOverrideRead, sharedGate, withAnonymousGate } from '../../../src/platform/fairness/withAnonymousGate.js'

let app: Booted
let config: SanitizedConfig
let token: string

type Handler = (request: Request, args: { params: Promise<{ slug: string[] }> }) => Promise<Response>
const args = (path: string) => ({ params: Promise.resolve({ slug: path.split('?')[0]!.split('/').filter(Boolean) }) })
const get = (handler: Handler, path: string, headers: Record<string, string> = {}) =>
  handler(new Request(`http://localhost:3000/api/${path}`, { headers }), args(path))
const pending = async (promise: Promise<unknown>, ms = 150) => {
  let done = false
  void promise.then(() => (done = true))
  await new Promise((resolve) => setTimeout(resolve, ms))
  return !done
}

beforeAll(async () => {
  app = await bootPayload({ ANON_GATE_CONCURRENCY: '1', ANON_GATE_MAX_QUEUE: '2', ANON_GATE_MAX_WAIT_MS: '4000' })
  config = app.payload.config
  const editor = await makeUser(app.payload, ['editor'], { email: 'gate-editor@pregonero.test' })
  await makeContent(app.payload, { title: 'Pública', slug: 'publica' })
  const login = await app.payload.login({ collection: 'users', data: { email: editor.email, password: TEST_PASSWORD } })
  token = login.token!
})
afterAll(() => app.close())

describe('anonymous-read gate', () => {
  it('reads its settings from the plugin options (environment here)', () => {
    expect(gateSettingsOf(config)).toEqual({ enabled: true, concurrency: 1, perTurn: 2, maxQueue: 2, maxWaitMs: 4000 })
  })

  it('makes anonymous reads wait for a place while signed-in requests go straight in', async () => {
    const gate = sharedGate(gateSettingsOf(config)!)
    const rest = withAnonymousGate(config, REST_GET(config) as unknown as Handler)
    const holder = await gate.enter() // an anonymous read in progress holds the only place
    if (!('leave' in holder)) throw new Error('the gate should have let the first caller in')
    const anonymous = get(rest, 'contents?limit=5')
    expect(await pending(anonymous)).toBe(true)
    expect(gate.stats).toEqual({ inside: 1, waiting: 1 })

    try {
      const signedIn = await get(rest, 'contents?limit=5', { Authorization: `JWT ${token}` })
      expect(signedIn.status).toBe(200)
      // The editor reads the draft; the anonymous caller will not.
      expect(((await signedIn.json()) as { docs: Array<{ slug: string }> }).docs.map((doc) => doc.slug)).toEqual(['publica'])
      expect(await pending(anonymous, 10)).toBe(true)
    } finally {
      holder.leave()
    }
    const answer = await anonymous
    expect(answer.status).toBe(200)
    expect(answer.headers.get('server-timing')).toMatch(/^queue;dur=\d+(\.\d+)?, app;dur=\d+/)
    const body = (await answer.json()) as { docs: Array<{ slug: string }> }
    expect(body.docs.map((doc) => doc.slug)).toEqual([])
    expect(gate.stats).toEqual({ inside: 0, waiting: 0 })
  })

  it('a valid session cookie (as a browser sends it) skips the line; a cookie of another name does not', async () => {
    const gate = sharedGate(gateSettingsOf(config)!)
    const rest = withAnonymousGate(config, REST_GET(config) as unknown as Handler)
    const holder = await gate.enter()
    if (!('leave' in holder)) throw new Error('expected a place')
    try {
      // Answered while the only place is taken: it never queued, and Payload knows the user.
      const withSession = await get(rest, 'users/me', { Cookie: `theme=dark; ${config.cookiePrefix}-token=${token}`, 'Sec-Fetch-Site': 'same-origin' })
      expect(withSession.status).toBe(200)
      expect(((await withSession.json()) as { user: { email: string } | null }).user?.email).toBe('gate-editor@pregonero.test')
      const other = get(rest, 'users/me', { Cookie: 'theme=dark' })
      expect(await pending(other)).toBe(true)
      holder.leave()
      expect((await other).status).toBe(200)
    } finally {
      holder.leave()
    }
  })

  it('only VERIFIED credentials skip the line: a garbage or forged token, or a cookie Payload would not accept, waits like any anonymous read', async () => {
    const gate = sharedGate(gateSettingsOf(config)!)
    const rest = withAnonymousGate(config, REST_GET(config) as unknown as Handler)
    const forged: Array<Record<string, string>> = [
      { Authorization: 'JWT garbage' },
      { Authorization: 'Bearer garbage' },
      { Authorization: `JWT ${token.slice(0, -4)}AAAA` }, // a real token with its signature broken
      { Authorization: 'users API-Key 0123456789abcdef' },
      { Cookie: `${config.cookiePrefix}-token=garbage`, 'Sec-Fetch-Site': 'same-origin' },
      // a real session cookie from a cross-site page: Payload refuses it (CSRF), so does the gate
      { Cookie: `${config.cookiePrefix}-token=${token}`, Origin: 'https://evil.example' },
    ]
    for (const headers of forged) {
      const holder = await gate.enter()
      if (!('leave' in holder)) throw new Error('expected a place')
      const waiting = get(rest, 'contents?limit=1', headers)
      try {
        expect({ headers, queued: await pending(waiting) }).toEqual({ headers, queued: true })
      } finally {
        holder.leave()
      }
      const answer = await waiting
      expect(answer.status).toBe(200)
      expect(answer.headers.get('server-timing')).toMatch(/^queue;dur=/)
    }
    // the real token, by header, never waits and carries no queue timing
    const holder = await gate.enter()
    if (!('leave' in holder)) throw new Error('expected a place')
    try {
      const signedIn = await get(rest, 'contents?limit=1', { Authorization: `JWT ${token}` })
      expect(signedIn.status).toBe(200)
      expect(signedIn.headers.get('server-timing')).toBeNull()
    } finally {
      holder.leave()
    }
  })

  it('a read sent as POST with X-Payload-HTTP-Method-Override: GET is gated too; other POSTs are not', async () => {
    const gate = sharedGate(gateSettingsOf(config)!)
    const post = withAnonymousGate(config, REST_POST(config) as unknown as Handler, { only: isMethodOverrideRead })
    const send = (path: string, headers: Record<string, string>, body: string) =>
      post(new Request(`http://localhost:3000/api/${path}`, { method: 'POST', headers, body }), args(path))
    const holder = await gate.enter()
    if (!('leave' in holder)) throw new Error('expected a place')
    let read: Promise<Response> | undefined
    let legacy: Promise<Response> | undefined
    try {
      read = send('contents', { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Payload-HTTP-Method-Override': 'GET' }, 'limit=1&depth=0')
      legacy = send('contents', { 'Content-Type': 'application/x-www-form-urlencoded', 'X-HTTP-Method-Override': 'GET' }, 'limit=1')
      expect(await pending(read)).toBe(true)
      expect(await pending(legacy, 10)).toBe(true)
      // a login (a POST that is no read) goes straight in, even while the place is taken
      const login = await send('users/login', { 'Content-Type': 'application/json' }, JSON.stringify({ email: 'gate-editor@pregonero.test', password: TEST_PASSWORD }))
      expect(login.status).toBe(200)
    } finally {
      holder.leave()
    }
    const answer = await read!
    expect(answer.status).toBe(200)
    expect(((await answer.json()) as { docs: unknown[] }).docs).toBeDefined()
    expect(answer.headers.get('server-timing')).toMatch(/^queue;dur=/)
    expect((await legacy!).status).toBe(200)
  })

  it('answers 503 with Retry-After when the queue is full or the wait too long, naming the rule', async () => {
    const gate = sharedGate(gateSettingsOf(config)!)
    const graphql = withAnonymousGate(config, GRAPHQL_POST(config) as unknown as (request: Request) => Promise<Response>)
    const query = (language?: string) =>
      graphql(
        new Request('http://localhost:3000/api/graphql', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', ...(language ? { 'Accept-Language': language } : {}) },
          body: JSON.stringify({ query: '{ Contents { totalDocs } }' }),
        }),
      )
    const holder = await gate.enter()
    if (!('leave' in holder)) throw new Error('expected a place')
    try {
      const first = query()
      const second = query()
      const third = await query() // the queue holds two: the third is turned away at once
      expect(third.status).toBe(503)
      expect(third.headers.get('retry-after')).toMatch(/^\d+$/)
      // One language per caller (issue 15): Spanish unless English is asked for, never both glued.
      const spanish = JSON.stringify(await third.json())
      expect(spanish).toMatch(/cola de consultas anónimas está llena \(máximo 2 en espera\); reintente en \d+ s/)
      expect(spanish).not.toMatch(/queue| \/ /)
      const english = await query('en')
      expect(english.status).toBe(503)
      const englishText = JSON.stringify(await english.json())
      expect(englishText).toMatch(/Server busy: the anonymous request queue is full \(at most 2 waiting\)/)
      expect(englishText).not.toMatch(/cola| \/ /)
      const timedOut = await first // nobody leaves: both waiting callers give up after maxWaitMs
      expect(timedOut.status).toBe(503)
      expect(JSON.stringify(await timedOut.json())).toMatch(/la espera en cola superó 4000 ms/)
      expect((await second).status).toBe(503)
    } finally {
      holder.leave()
    }
    const served = await query()
    expect(served.status).toBe(200)
    expect(((await served.json()) as { data: { Contents: { totalDocs: number } } }).data.Contents.totalDocs).toBe(0)
  })

  it('gives the place back when the handler fails', async () => {
    const gate = sharedGate(gateSettingsOf(config)!)
    const failing = withAnonymousGate(config, async () => {
      throw new Error('boom')
    })
    await expect(failing(new Request('http://localhost:3000/api/x'))).rejects.toThrow('boom')
    expect(gate.stats).toEqual({ inside: 0, waiting: 0 })
  })

  it('is a pass-through when the plugin left no settings (not installed)', async () => {
    let calls = 0
    const handler = withAnonymousGate({ ...config, custom: {} } as SanitizedConfig, async () => (calls++, new Response('ok')))
    const holder = await sharedGate(gateSettingsOf(config)!).enter()
    const response = await handler(new Request('http://localhost:3000/api/x'))
    expect(await response.text()).toBe('ok')
    expect(calls).toBe(1)
    if ('leave' in holder) holder.leave()
  })
})
