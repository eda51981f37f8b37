import { _internal_jobSystemGlobals, _internal_resetJobSystemGlobals, createLocalReq } from 'payload'

import { queueNotification } from '../../../src/kernel/notifications/queueNotification.js'
import { claimDelivery, isPermanentFailure } from '../../../src/kernel/notifications/tasks/sendNotification.js'
import { bootPayload, type Booted } from '../../helpers/bootPayload.js'
import { startSmtpServer } from '../../helpers/smtpServer.js'
import { makeContent, makeRequest } from '../../helpers/fixtures.js'
import { countJobs, drainQueue, type Fixtures, inTransaction, makeFixtures, vaccinationDay, vaccinationNews } from './fixtures.js'

let app: Booted
let smtp: Awaited<ReturnType<typeof startSmtpServer>>
let fx: Fixtures
const serverURL = 'http://localhost:3000'

beforeAll(async () => {
  smtp = await startSmtpServer()
  app = await bootPayload({ SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port) })
  fx = await makeFixtures(app.payload)
})
afterAll(async () => {
  _internal_resetJobSystemGlobals()
  await smtp.stop()
  await app.close()
})
beforeEach(() => {
  smtp.messages.length = 0
})

const deliveries = async () =>
  (
    await app.payload.find({ collection: 'notification-deliveries' as 'users', limit: 0, pagination: false, overrideAccess: true })
  ).docs as unknown as Array<{ key: string; status: string; to: string; attempts: number }>

describe('queueNotification → pregoneroSendNotification → real SMTP', () => {
  it('request-delivered: the requester and the department mailbox get a Spanish mail with the rating link', async () => {
    const request = await makeRequest(app.payload, { ...vaccinationDay(fx), status: 'delivered' })
    await inTransaction(app.payload, (req) =>
      queueNotification(req, { event: 'request-delivered', collection: 'communication-requests', id: request.id }),
    )
    expect(await countJobs(app.payload)).toBe(2)
    expect(smtp.messages).toHaveLength(0) // queued, not sent inside the transition
    await drainQueue(app.payload)
    const mails = await smtp.waitFor(2)
    expect(mails.flatMap((mail) => mail.to).sort()).toEqual(['enlace.salud@pasto.gov.co', 'salud@pasto.gov.co'])
    for (const mail of mails) {
      expect(mail.subject).toBe(`[Alcaldía de Pasto] Solicitud entregada: ${request.code} · ${request.title}`)
      expect(mail.text).toContain(`${serverURL}/admin/collections/communication-requests/${request.id}`)
      expect(mail.text).toContain('Calificar la solicitud')
      expect(mail.html).toContain(`href="${serverURL}/admin/collections/communication-requests/${request.id}"`)
      expect(mail.raw).toMatch(/Message-ID: <[0-9a-f]{40}\.pregonero@localhost>/i)
    }
    expect(mails.find((mail) => mail.to[0] === 'enlace.salud@pasto.gov.co')?.text).toContain('Hola, Rosa Enlace:')
    expect(await countJobs(app.payload)).toBe(0)
  })

  it('request-assigned goes to the assignees; needs-info and rejection carry the comment to the requester', async () => {
    const request = await makeRequest(app.payload, { ...vaccinationDay(fx), assignees: [fx.editor.id, fx.designer.id], status: 'accepted' })
    await inTransaction(app.payload, async (req) => {
      await queueNotification(req, { event: 'request-assigned', collection: 'communication-requests', id: request.id })
      await queueNotification(req, {
        event: 'request-needs-info',
        collection: 'communication-requests',
        id: request.id,
        comment: 'Indique el lugar exacto del evento.',
      })
      await queueNotification(req, {
        event: 'request-rejected',
        collection: 'communication-requests',
        id: request.id,
        comment: 'No corresponde a la oficina <script>',
      })
    })
    await drainQueue(app.payload)
    const mails = await smtp.waitFor(6)
    const assigned = mails.filter((mail) => mail.subject.includes('Se le asignó'))
    expect(assigned.flatMap((mail) => mail.to).sort()).toEqual(['disenador@pasto.gov.co', 'editor1@pasto.gov.co'])
    const needsInfo = mails.filter((mail) => mail.subject.includes('requiere información'))
    expect(needsInfo.flatMap((mail) => mail.to).sort()).toEqual(['enlace.salud@pasto.gov.co', 'salud@pasto.gov.co'])
    expect(needsInfo[0].text).toContain('Indique el lugar exacto del evento.')
    const rejected = mails.filter((mail) => mail.subject.includes('fue rechazada'))
    expect(rejected).toHaveLength(2)
    expect(rejected[0].html).toContain('No corresponde a la oficina &lt;script&gt;')
    expect(rejected[0].html).not.toContain('<script>')
  })

  it('content events: review to editors/head but not the author; approval and changes to the author; publication to requester and assignees', async () => {
    const request = await makeRequest(app.payload, { ...vaccinationDay(fx), status: 'in-production', assignees: [fx.designer.id] })
    const content = await makeContent(app.payload, { ...vaccinationNews, request: request.id })
    // The author is whoever sent it to review (audit trail), as long as contents has no author field.
    await app.payload.create({
      collection: 'workflow-events',
      data: { collection: 'contents', document: String(content.id), from: 'draft', to: 'in-review', actor: fx.editor.id, at: new Date().toISOString() } as never,
      overrideAccess: true,
    })
    await inTransaction(
      app.payload,
      async (req) => {
        await queueNotification(req, { event: 'content-review-requested', collection: 'contents', id: content.id })
        await queueNotification(req, { event: 'content-changes-requested', collection: 'contents', id: content.id, comment: 'Cite la fuente.' })
        await queueNotification(req, { event: 'content-approved', collection: 'contents', id: content.id })
        await queueNotification(req, { event: 'content-published', collection: 'contents', id: content.id })
      },
      { user: { ...fx.editor, collection: 'users', roles: ['editor'] } },
    )
    await drainQueue(app.payload)
    // review: editor2 + head (not the author editor1); changes + approval: editor1; published: requester + assignee
    const mails = await smtp.waitFor(6)
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(smtp.messages).toHaveLength(6)
    const to = (fragment: string) =>
      smtp.messages.filter((mail) => mail.subject.includes(fragment)).flatMap((mail) => mail.to).sort()
    expect(to('Revisión solicitada')).toEqual(['editor2@pasto.gov.co', 'jefe@pasto.gov.co'])
    expect(to('Cambios solicitados')).toEqual(['editor1@pasto.gov.co'])
    expect(to('Contenido aprobado')).toEqual(['editor1@pasto.gov.co'])
    expect(to('Publicado')).toEqual(['disenador@pasto.gov.co', 'enlace.salud@pasto.gov.co'])
    expect(mails.find((mail) => mail.subject.includes('Cambios'))?.text).toContain('Cite la fuente.')
    expect(mails.find((mail) => mail.subject.includes('Publicado'))?.text).toContain(request.code)
  })

  it('a rolled-back transition queues nothing and sends nothing', async () => {
    const request = await makeRequest(app.payload, vaccinationDay(fx))
    const before = await countJobs(app.payload)
    await inTransaction(
      app.payload,
      async (req) => {
        await queueNotification(req, { event: 'request-rejected', collection: 'communication-requests', id: request.id, comment: 'x' })
        expect(await app.payload.count({ collection: 'payload-jobs' as 'users', req, overrideAccess: true })).toEqual({
          totalDocs: before + 2,
        })
      },
      { commit: false },
    )
    expect(await countJobs(app.payload)).toBe(before)
    await drainQueue(app.payload)
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(smtp.messages).toHaveLength(0)
  })

  it('skipWorkflow (seeds, fixtures) queues nothing', async () => {
    const request = await makeRequest(app.payload, vaccinationDay(fx))
    await inTransaction(app.payload, async (req) => {
      req.context = { skipWorkflow: true }
      await queueNotification(req, { event: 'request-rejected', collection: 'communication-requests', id: request.id })
    })
    expect(await countJobs(app.payload)).toBe(0)
  })

  it('the same event row queued twice sends each recipient one mail (durable sent-marker)', async () => {
    const request = await makeRequest(app.payload, { ...vaccinationDay(fx), status: 'needs-info' })
    const input = { event: 'request-needs-info', collection: 'communication-requests', id: request.id, eventId: 'ev-777' } as const
    await inTransaction(app.payload, (req) => queueNotification(req, input))
    await drainQueue(app.payload)
    await smtp.waitFor(2)
    // As if the job were retried after the server accepted the mail (crash before completion):
    await inTransaction(app.payload, (req) => queueNotification(req, input))
    expect(await countJobs(app.payload)).toBe(2)
    await drainQueue(app.payload)
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(smtp.messages).toHaveLength(2)
    expect(await countJobs(app.payload)).toBe(0)
    const rows = (await deliveries()).filter((row) => row.key.includes('|eev-777|'))
    expect(rows.map((row) => row.status)).toEqual(['sent', 'sent'])
  })

  it('SMTP down then up: 50 notifications, 0 lost, 0 duplicated; transitions never wait for the mail server', async () => {
    const requests = []
    for (let i = 0; i < 50; i++) {
      requests.push(await makeRequest(app.payload, { ...vaccinationDay(fx), status: 'needs-info', title: `Solicitud de prueba ${i}` }))
    }
    // Only the requester (not the department mailbox): one mail per notification.
    await app.payload.update({ collection: 'departments', id: fx.department.id, data: { email: null } as never, overrideAccess: true })
    await smtp.stop()
    const started = Date.now()
    for (const [i, request] of requests.entries()) {
      await inTransaction(app.payload, (req) =>
        queueNotification(req, { event: 'request-needs-info', collection: 'communication-requests', id: request.id, eventId: `down-${i}` }),
      )
    }
    expect(Date.now() - started).toBeLessThan(20_000)
    expect(await countJobs(app.payload)).toBe(50)

    // Server down: every attempt fails, nothing is lost (jobs stay, deliveries say failed).
    await drainQueue(app.payload)
    expect(smtp.messages).toHaveLength(0)
    expect(await countJobs(app.payload)).toBe(50)
    const failed = (await deliveries()).filter((row) => row.key.includes('|edown-'))
    expect(failed).toHaveLength(50)
    expect(new Set(failed.map((row) => row.status))).toEqual(new Set(['failed']))
    const { docs: jobs } = await app.payload.find({ collection: 'payload-jobs' as 'users', limit: 100, overrideAccess: true })
    for (const job of jobs as unknown as Array<{ hasError?: boolean; waitUntil?: string; totalTried: number }>) {
      expect(job.hasError).toBeFalsy()
      expect(job.totalTried).toBe(1)
      expect(new Date(job.waitUntil!).getTime()).toBeGreaterThan(Date.now()) // backoff
    }

    // Server back; the backoff elapses (Payload's job clock moved forward an hour).
    await smtp.start()
    _internal_jobSystemGlobals.getCurrentDate = () => new Date(Date.now() + 60 * 60 * 1000)
    try {
      await drainQueue(app.payload)
      await smtp.waitFor(50)
      await new Promise((resolve) => setTimeout(resolve, 300))
      // and running the queue again sends nothing more
      await drainQueue(app.payload)
    } finally {
      _internal_resetJobSystemGlobals()
    }
    expect(smtp.messages).toHaveLength(50)
    const subjects = smtp.messages.map((mail) => mail.subject)
    expect(new Set(subjects).size).toBe(50)
    for (let i = 0; i < 50; i++) expect(subjects.filter((subject) => subject.includes(`Solicitud de prueba ${i} `))).toHaveLength(1)
    expect(smtp.messages.every((mail) => mail.to.join() === 'enlace.salud@pasto.gov.co')).toBe(true)
    expect(await countJobs(app.payload)).toBe(0)
    const sent = (await deliveries()).filter((row) => row.key.includes('|edown-'))
    expect(sent.every((row) => row.status === 'sent' && row.attempts === 2)).toBe(true)
  })

  it('the delivery claim: a live lease is busy, an expired lease (dead worker) is taken over, sent is final', async () => {
    const req = await createLocalReq({}, app.payload)
    const input = {
      key: 'test|contents:1|e-lease|x@pasto.gov.co',
      event: 'content-approved',
      to: 'x@pasto.gov.co',
      subject: 's',
      html: '<p>h</p>',
      text: 't',
      messageId: '<m@localhost>',
      docCollection: 'contents',
      docId: '1',
    }
    const first = await claimDelivery(req, input, 60_000)
    expect(first.kind).toBe('claimed')
    // a second worker while the first holds the lease
    expect((await claimDelivery(req, input, 60_000)).kind).toBe('busy')
    // the first worker died; its lease runs out
    _internal_jobSystemGlobals.getCurrentDate = () => new Date(Date.now() + 61_000)
    try {
      const takeover = await claimDelivery(req, input, 60_000)
      expect(takeover.kind).toBe('claimed')
      expect((await claimDelivery(req, input, 60_000)).kind).toBe('busy') // only one takes it over
    } finally {
      _internal_resetJobSystemGlobals()
    }
    const row = (await deliveries()).find((delivery) => delivery.key === input.key)!
    expect(row.attempts).toBe(2)
    await app.payload.db.updateOne({ collection: 'notification-deliveries' as 'users', where: { key: { equals: input.key } }, data: { status: 'sent' }, req })
    expect(await claimDelivery(req, input, 60_000)).toEqual({ kind: 'done', status: 'sent' })
  })

  it('classifies SMTP failures: 5xx for the recipient/message is permanent; connection errors and 4xx are retried', () => {
    expect(isPermanentFailure(Object.assign(new Error('550 no such user'), { code: 'EENVELOPE', responseCode: 550 }))).toBe(true)
    expect(isPermanentFailure(Object.assign(new Error('552 too big'), { code: 'EMESSAGE', responseCode: 552 }))).toBe(true)
    expect(isPermanentFailure(Object.assign(new Error('451 try later'), { code: 'EENVELOPE', responseCode: 451 }))).toBe(false)
    expect(isPermanentFailure(Object.assign(new Error('refused'), { code: 'ESOCKET' }))).toBe(false)
    expect(isPermanentFailure(undefined)).toBe(false)
  })

  it('when every retry fails the job stays with its error, the delivery says failed, and an alert is raised', async () => {
    const request = await makeRequest(app.payload, { ...vaccinationDay(fx), status: 'needs-info', title: 'Sin servidor de correo' })
    await app.payload.update({ collection: 'departments', id: fx.department.id, data: { email: null } as never, overrideAccess: true })
    await smtp.stop()
    try {
      await inTransaction(app.payload, (req) =>
        queueNotification(req, { event: 'request-needs-info', collection: 'communication-requests', id: request.id, eventId: 'never' }),
      )
      // 1 try + 12 retries; the job clock jumps past each backoff (30 s · 2^n)
      for (let round = 1; round <= 14; round++) {
        _internal_jobSystemGlobals.getCurrentDate = () => new Date(Date.now() + round * 30 * 86_400_000)
        await app.payload.jobs.run({ queue: 'pregonero', limit: 10, silent: true, sequential: true })
      }
    } finally {
      _internal_resetJobSystemGlobals()
      await smtp.start()
    }
    const { docs: jobs } = await app.payload.find({ collection: 'payload-jobs' as 'users', overrideAccess: true, limit: 10 })
    const job = jobs[0] as unknown as { hasError: boolean; totalTried: number; input: { key: string } }
    expect(jobs).toHaveLength(1)
    expect(job.hasError).toBe(true)
    expect(job.totalTried).toBe(13)
    const row = (await deliveries()).find((delivery) => delivery.key === job.input.key)!
    expect(row.status).toBe('failed')
    expect(row.attempts).toBe(13)
    const { docs: alerts } = await app.payload.find({
      collection: 'alerts' as 'users',
      where: { kind: { equals: 'notification-undeliverable' } },
      overrideAccess: true,
    })
    expect(alerts).toHaveLength(1)
    expect((alerts[0] as unknown as { message: string }).message).toContain('enlace.salud@pasto.gov.co')
    expect(smtp.messages).toHaveLength(0)
    await app.payload.delete({ collection: 'payload-jobs' as 'users', where: { id: { exists: true } }, overrideAccess: true })
  })

  it('a notification job orphaned mid-run (worker died) is released by the recovery task and sent once', async () => {
    const request = await makeRequest(app.payload, { ...vaccinationDay(fx), status: 'needs-info', title: 'Trabajo huérfano' })
    await app.payload.update({ collection: 'departments', id: fx.department.id, data: { email: null } as never, overrideAccess: true })
    await inTransaction(app.payload, (req) =>
      queueNotification(req, { event: 'request-needs-info', collection: 'communication-requests', id: request.id, eventId: 'orphan' }),
    )
    // The runner picked the job up, then the process died: processing stays true for ever.
    const old = new Date(Date.now() - 60 * 60 * 1000).toISOString()
    await app.payload.db.updateMany({
      collection: 'payload-jobs' as 'users',
      where: { taskSlug: { equals: 'pregoneroSendNotification' } },
      data: { processing: true, updatedAt: old },
    })
    await drainQueue(app.payload)
    expect(smtp.messages).toHaveLength(0) // the runner never picks it again by itself
    await app.payload.jobs.queue({ task: 'pregoneroRecoverNotifications' as never, queue: 'pregonero', input: {} as never })
    await drainQueue(app.payload) // releases it
    await drainQueue(app.payload) // sends it
    await smtp.waitFor(1)
    await drainQueue(app.payload)
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(smtp.messages.map((mail) => mail.subject)).toEqual([expect.stringContaining('Trabajo huérfano')])
    expect(await countJobs(app.payload)).toBe(0)
  })
})
