/**
 * Issue 13, item 13 — jobs are safe when run twice. Every task that writes is executed by two
 * runners at once on the real database (SQLite, real SMTP): two copies of the job (a second
 * runner, a duplicated schedule) concurrently with each other and with a second run of the first
 * copy (a runner that picks a job another already holds, a retry); whatever lost a race is retried
 * as the queue would. The result is the result of one run: one report version, one measurement,
 * one alert, one mail, one publication. The last test fails when a task is registered (by the
 * plugin or by Payload) that this file does not run.
 */
import { jest } from '@jest/globals'
import type { Payload } from 'payload'

import { _internal_resetJobSystemGlobals, createLocalReq } from 'payload'
import fs from 'node:fs/promises'
import path from 'node:path'

import { createWork } from '../../../src/kernel/work/progress.js'
import { bootPayload, type Booted } from '../../helpers/bootPayload.js'
import { makeContent, makeDepartment, makeRequest } from '../../helpers/fixtures.js'
import { startSmtpServer } from '../../helpers/smtpServer.js'
import { assetData, fileOf, makeJpeg, makeUsers, type TestUser } from '../archive/fixtures.js'

jest.setTimeout(180_000)

let app: Booted
let payload: Payload
let smtp: Awaited<ReturnType<typeof startSmtpServer>>
let users: Record<string, TestUser>
const covered = new Set<string>()

beforeAll(async () => {
  smtp = await startSmtpServer()
  app = await bootPayload({ SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port) })
  payload = app.payload
  users = await makeUsers(payload)
}, 180_000)
afterAll(async () => {
  _internal_resetJobSystemGlobals()
  await smtp.stop()
  await app.close()
})
beforeEach(() => {
  smtp.messages.length = 0
})

const system = { context: { skipWorkflow: true }, overrideAccess: true, depth: 0 } as const
const count = async (collection: string, where: Record<string, unknown>) =>
  (await payload.count({ collection: collection as never, where: where as never, overrideAccess: true })).totalDocs

type Handler = (args: Record<string, unknown>) => Promise<unknown>
const handlerOf = (slug: string): Handler => {
  const task = (payload.config.jobs.tasks ?? []).find((t) => t.slug === slug)
  if (!task || typeof task.handler !== 'function') throw new Error(`no task ${slug}`)
  return task.handler as unknown as Handler
}

/**
 * Two runners execute the task at once: two copies of the job (a duplicated schedule, a second
 * instance), and a third run of the first copy (a runner that took a job another already holds,
 * or a retry). Each run has its own request, as each runner has. A run that lost a race and threw
 * is retried, as the queue would. Runs the task's own handler: Payload's runner bookkeeping
 * around it is not what is under test (and two runners inside ONE process on SQLite stall on
 * each other's bookkeeping transactions — see the report of issue 13; separate processes do not).
 */
const runTwice = async (task: string, input: Record<string, unknown>, { mayWait = false } = {}) => {
  covered.add(task)
  const handler = handlerOf(task)
  const job = (copy: number) => ({ id: `${task}-copy-${copy}`, taskSlug: task, input, totalTried: 0, createdAt: new Date(Date.now() - 1000).toISOString() })
  const run = async (copy: number) => handler({ input, job: job(copy), req: await createLocalReq({}, payload), tasks: {}, inlineTask: undefined })
  const outcomes = await Promise.allSettled([run(1), run(2), run(1)])
  const failed = outcomes.filter((o) => o.status === 'rejected').map((o) => String((o as PromiseRejectedResult).reason))
  // A run fails only to wait for the other (a mail another runner is sending), never on a clash.
  if (!mayWait) expect(failed).toEqual([])
  for (const [index, outcome] of outcomes.entries()) {
    if (outcome.status === 'rejected') await run(index === 1 ? 2 : 1)
  }
  return outcomes
}

const content = (data: Record<string, unknown>) => makeContent(payload, { title: 'Nota', ...data }, { depth: 0 })

describe('workflow and notifications', () => {
  it('pregoneroMeasureContent: one measurement of the publication', async () => {
    const c = await content({ stage: 'published', publishedAt: '2026-03-02T15:00:00.000Z' })
    await runTwice('pregoneroMeasureContent', { contentId: String(c.id), publishedAt: c.publishedAt })
    expect(await count('follow-ups', { and: [{ kind: { equals: 'content-measurement' } }, { subjectId: { equals: String(c.id) } }] })).toBe(1)
  })

  it('scheduled publication (schedulePublish, or the panel\'s pregoneroPublishOnSchedule): one publication, one trail row, one follow-up', async () => {
    const tasks = (payload.config.jobs.tasks ?? []).map((task) => task.slug)
    const publishers = tasks.filter((slug) => slug === 'schedulePublish' || slug === 'pregoneroPublishOnSchedule')
    expect(publishers.length).toBeGreaterThan(0)
    for (const task of publishers) {
      const c = await content({ stage: 'approved', createdBy: users.editor.id, lastEditedBy: users.editor.id })
      const input =
        task === 'schedulePublish'
          ? { type: 'publish', doc: { relationTo: 'contents', value: String(c.id) }, user: { relationTo: 'users', value: users.head.id } }
          : { content: String(c.id), action: 'publish', scheduledBy: String(users.head.id), at: new Date(Date.now() - 1000).toISOString() }
      await runTwice(task, input, { mayWait: true })
      expect(((await payload.findByID({ collection: 'contents', id: c.id, depth: 0 })) as any).stage).toBe('published')
      expect(await count('workflow-events', { and: [{ document: { equals: String(c.id) } }, { to: { equals: 'published' } }] })).toBe(1)
      expect(await count('follow-ups', { and: [{ kind: { equals: 'content-published' } }, { subjectId: { equals: String(c.id) } }] })).toBe(1)
      // The run that found the piece already published raises no "scheduled publication failed".
      expect(await count('alerts', { and: [{ kind: { equals: 'scheduled-publication-failed' } }, { 'subject.documentId': { equals: String(c.id) } }] })).toBe(0)
    }
  })

  it('pregoneroSendNotification: one mail per message and recipient', async () => {
    const key = `request-assigned|communication-requests:1|e-twice|editor@pasto.gov.co`
    await runTwice('pregoneroSendNotification', {
      key,
      event: 'request-assigned',
      to: 'editor@pasto.gov.co',
      subject: 'Se le asignó una solicitud (dos veces)',
      html: '<p>Hola</p>',
      text: 'Hola',
      messageId: '<twice.pregonero@localhost>',
      docCollection: 'communication-requests',
      docId: '1',
    }, { mayWait: true })
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(smtp.messages.filter((m) => m.subject.includes('(dos veces)'))).toHaveLength(1)
  })

  it('pregoneroRecoverNotifications: a stuck notification job is handed back once and then sent once', async () => {
    const stuck = (await payload.jobs.queue({
      task: 'pregoneroSendNotification' as never,
      queue: 'pregonero',
      input: { key: 'recover|twice', event: 'request-assigned', to: 'head@pasto.gov.co', subject: 'Recuperada (dos veces)', html: '<p>x</p>', text: 'x', messageId: '<recover.pregonero@localhost>' } as never,
    })) as { id: number | string }
    await payload.db.updateOne({ collection: 'payload-jobs', id: stuck.id, data: { processing: true, updatedAt: new Date(Date.now() - 3_600_000).toISOString() }, req: undefined as never, returning: false })
    await runTwice('pregoneroRecoverNotifications', {})
    await payload.jobs.run({ queue: 'pregonero', limit: 100, silent: true, sequential: true })
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(smtp.messages.filter((m) => m.subject.includes('Recuperada (dos veces)'))).toHaveLength(1)
  })
})

describe('plan, measure and act', () => {
  it('pregoneroComplianceChecks: one alert per overdue request', async () => {
    const dep = await makeDepartment(payload, 'TRA', 'Tránsito')
    const r = await makeRequest(payload, { title: 'Vencida', department: dep.id, products: [{ type: 'news' }], description: 'd', status: 'in-production', dueDate: '2026-01-05T04:59:59.999Z' }, { depth: 0 })
    await runTwice('pregoneroComplianceChecks', {})
    expect(await count('alerts', { and: [{ kind: { equals: 'request-overdue' } }, { 'subject.documentId': { equals: String(r.id) } }] })).toBe(1)
  })

  it('pregoneroAlertDigest: one digest to the head, every alert stamped once', async () => {
    const before = await count('alerts', { notifiedAt: { exists: false } })
    expect(before).toBeGreaterThan(0)
    await runTwice('pregoneroAlertDigest', {})
    await new Promise((resolve) => setTimeout(resolve, 300))
    const digests = smtp.messages.filter((m) => m.to.includes('head@pasto.gov.co') && !m.subject.includes('dos veces') && !m.subject.includes('Recuperada'))
    expect(digests).toHaveLength(1)
    expect(await count('alerts', { notifiedAt: { exists: false } })).toBe(0)
  })

  it('pregoneroMeasureIndicators: one measurement per indicator and period', async () => {
    const indicator = await payload.create({
      collection: 'indicators',
      data: { code: 'IND-TWICE', name: 'Solicitudes a tiempo', computation: 'requests-on-time', frequency: 'monthly', unit: '%', target: 90, alertThreshold: 80 } as never,
      ...system,
    })
    await runTwice('pregoneroMeasureIndicators', { period: '2026-03' })
    expect(await count('indicator-measurements', { and: [{ indicator: { equals: indicator.id } }, { period: { equals: '2026-03' } }] })).toBe(1)
  })

  it('pregoneroFollowUpReports: one report version for the period', async () => {
    await runTwice('pregoneroFollowUpReports', { period: '2026-04' })
    const { docs } = await payload.find({ collection: 'reports', where: { period: { equals: '2026-04' } }, depth: 0, overrideAccess: true })
    expect(docs.map((d: any) => d.version)).toEqual([1])
  })

  it('monitoring-negative-spike: one alert for the spike day', async () => {
    const outlet = await payload.create({ collection: 'media-outlets', data: { name: 'Diario de prueba', type: 'press' } as never, ...system })
    for (let i = 0; i < 5; i++) {
      await payload.create({ collection: 'media-mentions', data: { outlet: outlet.id, date: '2026-05-20T12:00:00.000Z', headline: `Crítica ${i}`, sentiment: 'negative' } as never, ...system })
    }
    await runTwice('monitoring-negative-spike', { day: '2026-05-20' })
    expect(await count('alerts', { and: [{ kind: { equals: 'negative-mention-spike' } }, { status: { equals: 'open' } }] })).toBe(1)
  })

  it('monitoring-import-csv: one import, one result on its background-work record', async () => {
    await payload.create({ collection: 'media-outlets', data: { name: 'Radio Dos Veces', type: 'radio' } as never, ...system })
    const csv = ['Medio,Fecha,Titular,Sentimiento', ...Array.from({ length: 30 }, (_, i) => `Radio Dos Veces,${String(i + 1).padStart(2, '0')}/06/2026,Dos veces ${i},neutro`)].join('\n')
    const work = await createWork(payload, { kind: 'mentions', label: 'Importación dos veces', requestedBy: users.editor.id })
    await runTwice('monitoring-import-csv', { work: String(work.id), kind: 'mentions', csv })
    expect(await count('media-mentions', { headline: { like: 'Dos veces' } })).toBe(30)
    const record = (await payload.findByID({ collection: 'background-work', id: work.id, depth: 0, overrideAccess: true })) as any
    expect(record).toMatchObject({ status: 'done', done: 30, total: 30 })
    expect(record.result).toMatchObject({ created: 30, rejected: 0 })
  })

  it('planning-generate-report: one report for the background-work record', async () => {
    const work = await createWork(payload, { kind: 'report', label: 'Informe dos veces', requestedBy: users.head.id })
    await runTwice('planning-generate-report', { work: String(work.id), period: '2026-03' })
    const { docs } = await payload.find({ collection: 'reports', where: { period: { equals: '2026-03' } }, depth: 0, overrideAccess: true })
    expect(docs).toHaveLength(1)
    expect(await payload.findByID({ collection: 'background-work', id: work.id, depth: 0, overrideAccess: true })).toMatchObject({ status: 'done', result: { id: docs[0]!.id } })
  })
})

describe('archive', () => {
  let assets: Record<string, any>
  beforeAll(async () => {
    assets = {}
    let seed = 700
    for (const [key, extra] of Object.entries({
      tampered: { consent: 'none-identifiable' },
      pending: { consent: 'pending' },
      expired: { consent: 'none-identifiable', license: { type: 'third-party', licensor: 'Agencia', expiresAt: new Date(Date.now() - 86_400_000).toISOString() } },
      consentEnded: {
        accessLevel: 'public',
        consent: 'consent-on-file',
        consentRecords: [
          { person: 'Rosa Delgado', channels: ['web'], purposes: ['institutional'], validFrom: new Date(Date.now() - 30 * 86_400_000).toISOString(), validUntil: new Date(Date.now() - 60_000).toISOString() },
        ],
      },
    })) {
      assets[key] = await payload.create({
        collection: 'archive-assets',
        data: assetData({ title: key, ...extra }) as never,
        file: fileOf(await makeJpeg(200, 150, { seed: seed++ }), `${key}.jpg`, 'image/jpeg'),
        user: users.producer,
        overrideAccess: false,
      })
    }
  }, 180_000)
  const alertsFor = (kind: string, id: number | string) => count('alerts', { and: [{ kind: { equals: kind } }, { 'subject.documentId': { equals: String(id) } }] })

  it('archiveFixity: one alert for an altered file', async () => {
    const file = path.join(process.env.PREGONERO_MEDIA_DIR!, 'archive', assets.tampered.filename)
    const bytes = Buffer.from(await fs.readFile(file))
    bytes[Math.floor(bytes.length * 0.75)] ^= 0xff
    await fs.writeFile(file, bytes)
    await runTwice('archiveFixity', {})
    expect(await alertsFor('archive-fixity', assets.tampered.id)).toBe(1)
  })

  it('archiveLicenceExpiry: one alert for an expired licence', async () => {
    await runTwice('archiveLicenceExpiry', {})
    expect(await alertsFor('archive-licence-expiry', assets.expired.id)).toBe(1)
  })

  it('archiveConsentEnded: one alert per published content using an asset whose consent ended', async () => {
    const piece = await content({ stage: 'published', heroImage: assets.consentEnded.id, heroImageAlt: 'Feria' })
    await runTwice('archiveConsentEnded', {})
    expect(await alertsFor('archive-consent-ended', piece.id)).toBe(1)
  })

  it('archivePendingConsent: one alert for a pending consent', async () => {
    await runTwice('archivePendingConsent', {})
    expect(await alertsFor('archive-consent-pending', assets.pending.id)).toBe(1)
  })
})

describe('public-sector duties (issue 18)', () => {
  const alertsFor = (kind: string, id: number | string) => count('alerts', { and: [{ kind: { equals: kind } }, { 'subject.documentId': { equals: String(id) } }] })

  it('electionPeriodAlerts: one alert opening a period in force', async () => {
    const period = (await payload.create({
      collection: 'election-periods',
      data: { name: 'Elecciones 2027', electionDay: new Date(Date.now() + 30 * 86_400_000).toISOString() } as never,
      ...system,
    })) as { id: number | string }
    await runTwice('electionPeriodAlerts', {})
    expect(await alertsFor('election-period-open', period.id)).toBe(1)
  })

  it('petitionDeadlines: one alert per petition past its legal term', async () => {
    const petition = (await payload.create({
      collection: 'petitions',
      data: { petitioner: { name: 'Ana', type: 'citizen' }, kind: 'information', subject: 'Contratos', description: 'x', receivedAt: new Date(Date.now() - 40 * 86_400_000).toISOString() } as never,
      ...system,
    })) as { id: number | string }
    await runTwice('petitionDeadlines', {})
    expect(await alertsFor('petition-expired', petition.id)).toBe(1)
  })
})

describe('compliance: accessibility statement and transparency menu', () => {
  it('accessibilityStatementFigures: one new version of the statement for the month', async () => {
    const versions = async () => (await payload.findGlobalVersions({ slug: 'accessibility-statement', limit: 0, overrideAccess: true })).totalDocs
    const before = await versions()
    await runTwice('accessibilityStatementFigures', {})
    expect(await versions()).toBe(before + 1)
  })

  it('transparencyCompleteness: one alert per owner department with incomplete items', async () => {
    const department = await makeDepartment(payload, 'TRX', 'Secretaría de Transparencia')
    await payload.create({ collection: 'transparency-items', data: { number: '1', title: 'Información de la entidad', ownerDepartment: department.id } as never, ...system })
    await runTwice('transparencyCompleteness', {})
    expect(await count('alerts', { and: [{ kind: { equals: 'transparency-incomplete' } }, { 'subject.documentId': { equals: String(department.id) } }] })).toBe(1)
  })
})

describe('public API', () => {
  it('publicCachePurge: purging the same URLs twice is harmless (no CDN configured here: nothing sent)', async () => {
    const outcomes = await runTwice('publicCachePurge', { urls: ['http://localhost:3000/api/contents'] })
    for (const outcome of outcomes) expect(outcome).toMatchObject({ status: 'fulfilled', value: { output: { purged: 1 } } })
  })
})

it('every registered task was run twice above', () => {
  const tasks = (payload.config.jobs.tasks ?? []).map((task) => task.slug)
  expect(tasks.filter((slug) => !covered.has(slug))).toEqual([])
})
