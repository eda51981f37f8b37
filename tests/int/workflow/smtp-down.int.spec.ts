/**
 * The mail server is down while the office works: 50 real transitions (the head asks for more
 * information on 50 requests) succeed at once, and when the server is back every mail goes out
 * exactly once.
 */
import { _internal_jobSystemGlobals, _internal_resetJobSystemGlobals } from 'payload'

import { bootPayload, type Booted } from '../../helpers/bootPayload.js'
import { startSmtpServer } from '../../helpers/smtpServer.js'
import { makeRequest } from '../../helpers/fixtures.js'
import { countJobs, drainQueue, type Fixtures, makeFixtures, vaccinationDay } from '../comms/fixtures.js'

let app: Booted
let smtp: Awaited<ReturnType<typeof startSmtpServer>>
let fx: Fixtures

beforeAll(async () => {
  smtp = await startSmtpServer()
  app = await bootPayload({ SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port) })
  fx = await makeFixtures(app.payload)
  // One mail per transition: the requester only, not the department mailbox.
  await app.payload.update({ collection: 'departments', id: fx.department.id, data: { email: null } as never, overrideAccess: true })
})
afterAll(async () => {
  _internal_resetJobSystemGlobals()
  await smtp.stop()
  await app.close()
})

it('SMTP down then up: 50 transitions applied, 0 mails lost, 0 duplicated', async () => {
  const requests = []
  for (let i = 0; i < 50; i++) requests.push(await makeRequest(app.payload, { ...vaccinationDay(fx), status: 'submitted', title: `Solicitud caída ${i}` }))
  const head = await app.payload.findByID({ collection: 'users', id: fx.head.id as number })
  await smtp.stop()

  for (const request of requests) {
    const updated = await app.payload.update({
      collection: 'communication-requests',
      id: request.id,
      data: { status: 'needs-info', workflowComment: 'Por favor indique el lugar del evento.' } as never,
      user: { ...head, collection: 'users' },
      overrideAccess: false,
    })
    expect(updated.status).toBe('needs-info')
  }
  const events = await app.payload.count({ collection: 'workflow-events', where: { to: { equals: 'needs-info' } } })
  expect(events.totalDocs).toBe(50)

  await drainQueue(app.payload) // every attempt fails while the server is down
  expect(smtp.messages).toHaveLength(0)
  expect(await countJobs(app.payload)).toBe(50)

  await smtp.start()
  _internal_jobSystemGlobals.getCurrentDate = () => new Date(Date.now() + 60 * 60 * 1000) // past the backoff
  try {
    await drainQueue(app.payload)
    await smtp.waitFor(50)
    await drainQueue(app.payload) // running again sends nothing more
    await new Promise((resolve) => setTimeout(resolve, 300))
  } finally {
    _internal_resetJobSystemGlobals()
  }
  expect(smtp.messages).toHaveLength(50)
  for (let i = 0; i < 50; i++) {
    expect(smtp.messages.filter((mail) => mail.subject.includes(`Solicitud caída ${i} `))).toHaveLength(1)
  }
  expect(smtp.messages.every((mail) => mail.to.join() === fx.requester.email)).toBe(true)
  expect(await countJobs(app.payload)).toBe(0)
}, 240_000) // 100 writes and three queue drains: minutes on a busy 2-core machine (not a timed test)
