/**
 * Several instances, proven (issue 16, item 3): THREE instances of the built app (`npm start`'s server) on
 * ONE PostgreSQL database (tests/e2e/support/multiDatabase.ts), ONE S3-compatible store (s3rver on loopback), one real SMTP server, with the job crons running on all three (every second here):
 * - 300 queued notifications and 30 scheduled publications each run exactly once;
 * - concurrent transitions on one document through different instances apply only the legal ones,
 *   one trail row each;
 * - a login on one instance works on the others;
 * - the login rate limit holds across instances (the counters are in the shared database);
 * - an instance killed (SIGKILL) in the middle of a job loses nothing: its job lease runs out and
 *   another instance finishes the job, once.
 */
import { jest } from '@jest/globals'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { DEMO_PASSWORD } from '../../dev/seed/data/users.js'
import { type RunningApp, startApp } from '../helpers/appServer.js'
import { type S3Server, startS3Server } from '../helpers/s3Server.js'
import { startSmtpServer } from '../helpers/smtpServer.js'
import { heldJobsRelease, multiDatabase } from './support/multiDatabase.js'
import { callApp } from '../helpers/answer.js'

jest.setTimeout(240_000)

const MAILS = 300
const STALL = 'stall@pasto.test'
// Above the longest stall of a live instance here (two cores for three servers, PostgreSQL and 300 mails).
const LEASE_SECONDS = 15
let smtp: Awaited<ReturnType<typeof startSmtpServer>>
let s3: S3Server
let apps: RunningApp[] = []
let database: Awaited<ReturnType<typeof multiDatabase>>
let dir: string
let fixtures: { approved: Array<number | string>; inReview: number | string }
let admin: string
let head: string

const call = (app: RunningApp, method: string, path: string, options?: { token?: string; body?: unknown }) => callApp(app, method, `/api${path}`, options)
const until = async (what: string, check: () => Promise<boolean> | boolean, timeoutMs: number) => {
  const started = Date.now()
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}
const mailsTo = (to: string) => smtp.messages.filter((mail) => mail.to.includes(to))

beforeAll(async () => {
  smtp = await startSmtpServer(0, { stall: (rcpt) => rcpt === STALL })
  s3 = await startS3Server()
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'pregonero-multi-'))
  database = await multiDatabase(dir)
  const env = {
    // One S3-compatible bucket for the three (their own media folders stay empty).
    ...s3.env,
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtp.port),
    PREGONERO_JOBS_CRON: '* * * * * *',
    PREGONERO_JOBS_LIMIT: '10', // within db-postgres' pool of 10 connections
    PREGONERO_JOB_LEASE_SECONDS: String(LEASE_SECONDS),
    NOTIFICATION_LEASE_SECONDS: '10',
    RATE_LIMIT_LOGIN_PER_EMAIL: '5',
    RATE_LIMIT_LOGIN_PER_IP: '500',
  }
  // The first instance migrates, is seeded and gets the fixtures; the other two join the same database.
  const first = await startApp({ ...env, SMTP_CLIENT_NAME: 'instance-0' }, { database: database.database, fixtures: 'tests/e2e/fixtures/multiInstanceFixtures.ts' })
  apps.push(first)
  fixtures = first.fixtures as typeof fixtures
  apps.push(...(await Promise.all([1, 2].map((i) => startApp({ ...env, SMTP_CLIENT_NAME: `instance-${i}` }, { database: database.database, seed: false })))))
  admin = (await apps[1]!.login('admin@pregonero.test')).token
  head = (await apps[2]!.login('jefe@pregonero.test')).token
}, 240_000)

afterAll(async () => {
  for (const app of apps) await app.stop().catch(() => undefined)
  await smtp?.stop()
  await s3?.stop()
  await database?.drop()
  if (dir) await fs.rm(dir, { recursive: true, force: true })
})

it('a file uploaded through one instance is served by the others, from the one bucket', async () => {
  const { default: sharp } = await import('sharp')
  const jpeg = await sharp({ create: { width: 320, height: 240, channels: 3, background: { r: 200, g: 40, b: 90 } } }).jpeg().toBuffer()
  const body = new FormData()
  body.append('file', new Blob([new Uint8Array(jpeg)], { type: 'image/jpeg' }), 'tres-instancias.jpg')
  body.append('_payload', JSON.stringify({ title: 'Tres instancias', kind: 'photo', accessLevel: 'restricted', consent: 'none-identifiable' }))
  const created = await fetch(`${apps[0]!.url}/api/archive-assets`, { method: 'POST', headers: { Authorization: `JWT ${admin}` }, body })
  expect(created.status).toBe(201)
  const { doc } = (await created.json()) as { doc: { filename: string } }
  expect(s3.requests).toContain(`PUT /${s3.bucket}/archive/${doc.filename}`)
  for (const app of apps.slice(1)) {
    const served = await fetch(`${app.url}/api/archive-assets/file/${doc.filename}`, { headers: { Authorization: `JWT ${admin}` } })
    expect(served.status).toBe(200)
    expect(Buffer.from(await served.arrayBuffer()).equals(jpeg)).toBe(true)
    await expect(fs.stat(path.join(app.dir, 'media', 'archive', doc.filename))).rejects.toThrow()
  }
})

it('a login on one instance works on the others', async () => {
  const { token, id } = await apps[0]!.login('editor@pregonero.test')
  for (const app of apps) {
    const me = await call(app, 'GET', '/users/me', { token })
    expect(me.status).toBe(200)
    expect(me.json?.user?.id).toBe(id)
  }
})

it('the login rate limit holds across instances: the sixth attempt for one e-mail is refused wherever it lands', async () => {
  const attempt = (i: number, password = 'no-es-la-clave-1') =>
    call(apps[i % 3]!, 'POST', '/users/login', { body: { email: 'editor2@pregonero.test', password } })
  // Five wrong passwords, spread over the three instances: each instance saw at most two.
  for (let i = 0; i < 5; i++) expect((await attempt(i)).status).toBe(401)
  const refused = await attempt(5)
  expect(refused.status).toBe(429)
  expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
  // Even the right password, on any instance: the budget is the e-mail's, not an instance's.
  for (let i = 0; i < 3; i++) expect((await attempt(i, DEMO_PASSWORD)).status).toBe(429)
})

it('concurrent transitions on one document through different instances apply only the legal ones, one trail row each', async () => {
  const id = fixtures.inReview
  const bodies = [
    { stage: 'approved' },
    { stage: 'changes-requested', workflowComment: 'Falta la fuente de la cifra.' },
    { stage: 'approved' },
    { stage: 'changes-requested', workflowComment: 'Cambiar la foto.' },
    { stage: 'approved' },
    { stage: 'changes-requested', workflowComment: 'Revisar el título.' },
  ]
  const answers = await Promise.all(bodies.map((body, i) => call(apps[i % 3]!, 'PATCH', `/contents/${id}`, { token: head, body })))
  for (const answer of answers) expect([200, 400, 403, 409]).toContain(answer.status) // refused with a reason, never a 5xx
  const applied = answers.filter((answer) => answer.status === 200).length
  expect(applied).toBeGreaterThanOrEqual(1)

  const trail = await call(apps[0]!, 'GET', `/workflow-events?where[collection][equals]=contents&where[document][equals]=${id}&sort=id&limit=50&depth=0`, { token: admin })
  expect(trail.status).toBe(200)
  const events = trail.json.docs as Array<{ kind: string; from: string; to: string }>
  // A save that finds the state already where it asks, with a comment, records the comment (kind
  // `comment`, from = to): a note, not a transition.
  for (const note of events.filter((row) => row.kind === 'comment')) expect(note.from).toBe(note.to)
  const rows = events.filter((row) => row.kind === 'transition').map((row) => `${row.from}→${row.to}`)
  // One row per applied transition (a save that finds the state already where it asks is a no-op 200).
  expect(rows.length).toBeGreaterThanOrEqual(1)
  expect(rows.length).toBeLessThanOrEqual(applied)
  const legal = new Set(['in-review→approved', 'in-review→changes-requested', 'approved→changes-requested'])
  let state = 'in-review'
  for (const row of rows) {
    expect(legal).toContain(row)
    expect(row.startsWith(`${state}→`)).toBe(true) // each from the state the previous one left
    state = row.split('→')[1]!
  }
  const content = await call(apps[1]!, 'GET', `/contents/${id}?draft=true&depth=0`, { token: admin })
  expect(content.json.stage).toBe(state)
})

it('300 queued notifications and 30 scheduled publications each run exactly once, with jobs running on all three instances', async () => {
  const at = new Date(Date.now() + 8_000).toISOString()
  const scheduled = await Promise.all(
    fixtures.approved.map((id, i) => call(apps[i % 3]!, 'POST', `/contents/${id}/schedule`, { token: head, body: { at, action: 'publish' } })),
  )
  for (const answer of scheduled) expect(answer.status).toBe(201)
  expect(await heldJobsRelease(database.database)).toBe(MAILS + 1)

  await until('300 mails', () => smtp.messages.filter((mail) => mail.to[0]?.startsWith('multi-')).length >= MAILS, 150_000)
  for (let i = 0; i < MAILS; i++) expect(mailsTo(`multi-${i}@pasto.test`)).toHaveLength(1)
  const senders = new Set(smtp.messages.map((mail) => mail.client))
  expect([...senders].sort()).toEqual(['instance-0', 'instance-1', 'instance-2'])

  const ids = fixtures.approved.join(',')
  await until(
    '30 publications',
    async () => (await call(apps[0]!, 'GET', `/contents?where[id][in]=${ids}&where[stage][equals]=published&limit=0&depth=0&draft=true`, { token: admin })).json?.totalDocs === 30,
    60_000,
  )
  const published = await call(apps[2]!, 'GET', `/workflow-events?where[collection][equals]=contents&where[document][in]=${ids}&where[to][equals]=published&limit=100&depth=0`, { token: admin })
  const documents = (published.json.docs as Array<{ document: string }>).map((row) => row.document)
  const twice = documents.filter((document, i) => documents.indexOf(document) !== i)
  if (twice.length) console.error('[multi-instance] published twice:', JSON.stringify((published.json.docs as Array<{ document: string }>).filter((row) => twice.includes(row.document)), null, 1))
  expect(documents).toHaveLength(30)
  expect(new Set(documents).size).toBe(30)
  // Each job ran to its end once: every one finished without error, with ONE run in its log (a
  // second run of a publication would be refused and raise the failed-schedule alert). Finished
  // jobs are deleted when their runner's whole batch is done, so some may still be listed.
  type Job = { id: number; completedAt?: null | string; hasError?: boolean; log?: Array<{ state: string }> }
  const unfinished = async () => {
    const { json } = await call(apps[0]!, 'GET', '/payload-jobs?where[taskSlug][equals]=pregoneroPublishOnSchedule&limit=100&depth=0', { token: admin })
    return (json.docs as Job[]).filter((job) => !job.completedAt || job.hasError || job.log?.length !== 1 || job.log[0]!.state !== 'succeeded')
  }
  await until('the publication jobs to be done', async () => (await unfinished()).length === 0, 20_000).catch(async (error: Error) => {
    console.error('[multi-instance] publication jobs left:', JSON.stringify(await unfinished(), null, 1).slice(0, 6000))
    throw error
  })
  const alerts = await call(apps[1]!, 'GET', '/alerts?where[kind][equals]=scheduled-publication-failed&limit=0', { token: admin })
  expect(alerts.status).toBe(200)
  expect(alerts.json.totalDocs).toBe(0)
})

it('an instance killed in the middle of a job loses nothing: its lease runs out and another instance finishes the job once', async () => {
  await until('the stalled send', () => smtp.stalled.length > 0, 30_000)
  const holder = apps.find((app) => app.env.SMTP_CLIENT_NAME === smtp.stalled[0]!.client)!
  expect(holder).toBeDefined()
  await holder.kill('SIGKILL')
  const alive = apps.filter((app) => app !== holder)

  await until(`the mail to ${STALL}`, () => mailsTo(STALL).length > 0, 60_000)
  await new Promise((resolve) => setTimeout(resolve, 3_000)) // time for a second send, were there one
  expect(mailsTo(STALL)).toHaveLength(1)
  expect(mailsTo(STALL)[0]!.client).not.toBe(holder.env.SMTP_CLIENT_NAME)
  const delivery = await call(alive[0]!, 'GET', `/notification-deliveries?where[key][equals]=${encodeURIComponent(`multi:${STALL}`)}&depth=0`, { token: admin })
  expect(delivery.json.docs).toHaveLength(1)
  expect(delivery.json.docs[0]).toMatchObject({ status: 'sent', attempts: 2 })
  // Nothing is left behind: every mail job finished (completed, no error). Finished jobs are deleted
  // when their runner's batch ends: those of the killed instance's last batch stay listed, done.
  await until(
    'every mail job finished',
    async () => {
      const { json } = await call(alive[1]!, 'GET', '/payload-jobs?where[taskSlug][equals]=pregoneroSendNotification&where[or][0][completedAt][exists]=false&where[or][1][hasError][equals]=true&limit=0', { token: admin })
      return json?.totalDocs === 0
    },
    30_000,
  )
})
