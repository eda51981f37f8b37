/**
 * Fault: the mail server is UP but refuses mail for a while (it answers `451 4.3.0` — temporary
 * failure — after DATA, as a full spool or a greylisting server does). Extends
 * tests/int/workflow/smtp-down.int.spec.ts (server down: connection refused): the transitions are
 * applied at once, nothing is delivered while it refuses, and once it accepts again every mail is
 * delivered exactly once. A real smtp-server on loopback; nothing is mocked.
 */
import type { AddressInfo } from 'node:net'

import { simpleParser } from 'mailparser'
import { _internal_jobSystemGlobals, _internal_resetJobSystemGlobals } from 'payload'
import { SMTPServer } from 'smtp-server'

import { bootPayload, type Booted } from '../../helpers/bootPayload.js'
import { makeRequest } from '../../helpers/fixtures.js'
import { countJobs, drainQueue, type Fixtures, makeFixtures, vaccinationDay } from '../comms/fixtures.js'

let app: Booted
let fx: Fixtures
let server: SMTPServer
let refusing = true
let refusals = 0
const subjects: string[] = []

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', async () => {
        if (refusing) {
          refusals++
          const error = new Error('4.3.0 spool full, try again later') as Error & { responseCode: number }
          error.responseCode = 451
          return callback(error)
        }
        subjects.push((await simpleParser(Buffer.concat(chunks))).subject ?? '')
        callback()
      })
    },
  })
  const port = await new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.server.address() as AddressInfo).port)))
  app = await bootPayload({ SMTP_HOST: '127.0.0.1', SMTP_PORT: String(port) })
  fx = await makeFixtures(app.payload)
  await app.payload.update({ collection: 'departments', id: fx.department.id, data: { email: null } as never, overrideAccess: true })
}, 120_000)
afterAll(async () => {
  _internal_resetJobSystemGlobals()
  await new Promise<void>((resolve) => server.close(() => resolve()))
  await app.close()
})

it('451 after DATA: transitions applied, nothing delivered while refused, then every mail exactly once', async () => {
  const requests = []
  for (let i = 0; i < 10; i++) requests.push(await makeRequest(app.payload, { ...vaccinationDay(fx), status: 'submitted', title: `Solicitud rechazada por el servidor ${i}` }))
  const head = await app.payload.findByID({ collection: 'users', id: fx.head.id as number })
  for (const request of requests) {
    const updated = await app.payload.update({
      collection: 'communication-requests',
      id: request.id,
      data: { status: 'needs-info', workflowComment: 'Indique el lugar.' } as never,
      user: { ...head, collection: 'users' },
      overrideAccess: false,
    })
    expect(updated.status).toBe('needs-info')
  }

  await drainQueue(app.payload)
  expect(refusals).toBeGreaterThanOrEqual(10) // the server saw every attempt and refused it
  expect(subjects).toHaveLength(0)
  expect(await countJobs(app.payload)).toBe(10)

  refusing = false
  _internal_jobSystemGlobals.getCurrentDate = () => new Date(Date.now() + 60 * 60 * 1000) // past the backoff
  try {
    await drainQueue(app.payload)
    await drainQueue(app.payload) // running again sends nothing more
  } finally {
    _internal_resetJobSystemGlobals()
  }
  expect(subjects).toHaveLength(10)
  for (let i = 0; i < 10; i++) expect(subjects.filter((s) => s.includes(`Solicitud rechazada por el servidor ${i} `))).toHaveLength(1)
  expect(await countJobs(app.payload)).toBe(0)
}, 180_000)
