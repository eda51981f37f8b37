/**
 * Issue 13, item 18 — notifications go to the people they concern, through the real workflow
 * (Local API with `overrideAccess: false`) to a real SMTP server:
 * - a liaison who cancels an accepted request notifies its assignees and the head (not themself);
 *   the head who cancels one notifies the assignees and the requester's side;
 * - a reassignment notifies only the assignees it added.
 */
import { _internal_resetJobSystemGlobals } from 'payload'

import { bootPayload, type Booted } from '../../helpers/bootPayload.js'
import { startSmtpServer } from '../../helpers/smtpServer.js'
import { makeRequest } from '../../helpers/fixtures.js'
import { drainQueue, type Fixtures, makeFixtures, vaccinationDay } from './fixtures.js'

let app: Booted
let smtp: Awaited<ReturnType<typeof startSmtpServer>>
let fx: Fixtures

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

const userOf = async (who: { id: number | string }) => ({ ...(await app.payload.findByID({ collection: 'users', id: who.id, depth: 0 })), collection: 'users' as const })
const update = async (id: number | string, data: Record<string, unknown>, who: { id: number | string }) =>
  app.payload.update({ collection: 'communication-requests', id, data: data as never, user: (await userOf(who)) as never, overrideAccess: false, depth: 0 })
/** Everything queued is sent; then who got a mail whose subject contains `fragment`. */
const recipients = async (fragment: string) => {
  await drainQueue(app.payload)
  await new Promise((resolve) => setTimeout(resolve, 300))
  return smtp.messages.filter((mail) => mail.subject.includes(fragment)).flatMap((mail) => mail.to).sort()
}

it('a liaison cancels an accepted request: its assignees and the head are told, not the liaison', async () => {
  const request = await makeRequest(app.payload, { ...vaccinationDay(fx), status: 'accepted', assignees: [fx.editor.id, fx.designer.id] })
  await update(request.id, { status: 'cancelled', workflowComment: 'El evento se aplazó para el próximo mes' }, fx.requester)
  const to = await recipients('fue anulada')
  expect(to).toEqual(['disenador@pasto.gov.co', 'editor1@pasto.gov.co', 'jefe@pasto.gov.co'])
  const mail = smtp.messages.find((m) => m.subject.includes('fue anulada'))!
  expect(mail.subject).toContain(request.code)
  expect(mail.text).toContain('El evento se aplazó para el próximo mes')
})

it('the head cancels an accepted request: its assignees and the requester (with the department mailbox) are told', async () => {
  const request = await makeRequest(app.payload, { ...vaccinationDay(fx), status: 'in-production', assignees: [fx.editor.id] })
  await update(request.id, { status: 'cancelled', workflowComment: 'Duplicada de otra solicitud' }, fx.head)
  expect(await recipients('fue anulada')).toEqual(['editor1@pasto.gov.co', 'enlace.salud@pasto.gov.co', 'salud@pasto.gov.co'])
})

it('a reassignment notifies only the assignees it adds', async () => {
  const request = await makeRequest(app.payload, { ...vaccinationDay(fx), status: 'accepted', assignees: [fx.editor.id] })
  await update(request.id, { assignees: [fx.editor.id, fx.designer.id] }, fx.head)
  expect(await recipients('Se le asignó')).toEqual(['disenador@pasto.gov.co'])
  smtp.messages.length = 0
  // Removing someone, or keeping the same people in another order, tells nobody.
  await update(request.id, { assignees: [fx.designer.id] }, fx.head)
  expect(await recipients('Se le asignó')).toEqual([])
  // Replacing the team tells the newcomer only.
  await update(request.id, { assignees: [fx.designer.id, fx.editor2.id] }, fx.head)
  expect(await recipients('Se le asignó')).toEqual(['editor2@pasto.gov.co'])
})
