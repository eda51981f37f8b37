/**
 * E-mails go out in the recipient's language (issue 15, item 7): each user keeps a language
 * (`users.language`, Spanish by default, which they may change on their own account); the workflow's
 * notifications are written in it. A department mailbox gets Spanish.
 */
import { _internal_resetJobSystemGlobals } from 'payload'

import { queueNotification } from '../../../src/kernel/notifications/queueNotification.js'
import { bootPayload, type Booted } from '../../helpers/bootPayload.js'
import { startSmtpServer } from '../../helpers/smtpServer.js'
import { makeRequest } from '../../helpers/fixtures.js'
import { drainQueue, type Fixtures, inTransaction, makeFixtures, vaccinationDay } from './fixtures.js'

let app: Booted
let smtp: Awaited<ReturnType<typeof startSmtpServer>>
let fx: Fixtures

beforeAll(async () => {
  smtp = await startSmtpServer()
  app = await bootPayload({ SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port) })
  fx = await makeFixtures(app.payload)
}, 120_000)
afterAll(async () => {
  _internal_resetJobSystemGlobals()
  await smtp.stop()
  await app.close()
})

it('a user sets their own language; Spanish is the default', async () => {
  const stored = await app.payload.findByID({ collection: 'users', id: fx.designer.id, depth: 0 })
  expect((stored as { language?: string }).language).toBe('es')
  const updated = await app.payload.update({
    collection: 'users',
    id: fx.designer.id,
    data: { language: 'en' } as never,
    user: fx.designer as never,
    overrideAccess: false,
  })
  expect((updated as { language?: string }).language).toBe('en')
})

it('the assignment mail reaches each assignee in their own language; the requester and the mailbox in Spanish', async () => {
  const request = await makeRequest(app.payload, { ...vaccinationDay(fx), assignees: [fx.editor.id, fx.designer.id], status: 'accepted', dueDate: '2026-12-09T16:00:00.000Z' })
  await inTransaction(app.payload, async (req) => {
    await queueNotification(req, { event: 'request-assigned', collection: 'communication-requests', id: request.id, comment: 'Cubrir el sábado.' })
    await queueNotification(req, { event: 'request-needs-info', collection: 'communication-requests', id: request.id, comment: '¿Dónde?' })
  })
  await drainQueue(app.payload)
  const mails = await smtp.waitFor(4)
  const to = (email: string) => mails.filter((mail) => mail.to.includes(email))

  const [english] = to('disenador@pasto.gov.co')
  expect(english!.subject).toBe(`[Alcaldía de Pasto] Request ${request.code} · ${request.title} was assigned to you`)
  expect(english!.text).toContain('Hello Diego Diseñador,')
  expect(english!.text).toContain('Due date: 9 December 2026.')
  expect(english!.text).toContain('See the request')
  expect(english!.text).not.toMatch(/Hola|Se le asignó/)
  expect(english!.html).toContain('<html lang="en">')

  const [spanish] = to('editor1@pasto.gov.co')
  expect(spanish!.subject).toBe(`[Alcaldía de Pasto] Se le asignó la solicitud ${request.code} · ${request.title}`)
  expect(spanish!.text).toContain('Hola, Eduardo Editor:')
  expect(spanish!.text).toContain('Fecha de vencimiento: 9 de diciembre de 2026.')

  for (const mail of [...to('enlace.salud@pasto.gov.co'), ...to('salud@pasto.gov.co')]) {
    expect(mail.subject).toBe(`[Alcaldía de Pasto] La solicitud ${request.code} · ${request.title} requiere información`)
  }
})
