import { createLocalReq, getLocalI18n } from 'payload'

import { raiseAlert } from '../../../src/kernel/alerts/raiseAlert.js'
import { resolveAlerts } from '../../../src/kernel/alerts/resolveAlerts.js'
import { bootPayload, type Booted } from '../../helpers/bootPayload.js'
import { makeFixtures, restClient, type Fixtures } from '../comms/fixtures.js'

let app: Booted
let fx: Fixtures
let rest: Awaited<ReturnType<typeof restClient>>

beforeAll(async () => {
  app = await bootPayload()
  fx = await makeFixtures(app.payload)
  rest = await restClient(app.payload)
})
afterAll(() => app.close())

const overdue = (id: number) => ({
  kind: 'request-overdue',
  subject: { collection: 'communication-requests', id, title: `SOL-2026-000${id}` },
  message: { key: 'alertRequestOverdue' as const, vars: { code: `SOL-2026-000${id}`, title: 'Vacunación', date: '01/12/2026', status: { es: 'Radicada', en: 'Submitted' } } },
})

/** The Local API as a signed-in person reading in `language` (the admin's language). */
const readAs = async (user: Fixtures['head'], id: number | string, language: 'en' | 'es') => {
  const i18n = await getLocalI18n({ config: app.payload.config, language })
  const req = await createLocalReq({ user: user as never, req: { i18n, t: i18n.t } as never }, app.payload)
  return (await app.payload.findByID({ collection: 'alerts', id, overrideAccess: false, user: user as never, req, depth: 0 })) as unknown as Record<string, unknown>
}

const restRead = async (id: number | string, language: string) => {
  const response = await rest('GET', `alerts/${id}?depth=0`, { as: fx.auditor.email, headers: { 'Accept-Language': language } })
  expect(response.status).toBe(200)
  return (await response.json()) as Record<string, unknown>
}

describe('alerts are read in each reader\'s language (issue 15: one language per reader)', () => {
  it('stores a key, its variables and the Spanish text; each reader gets one language (REST and Local API with access)', async () => {
    const req = await createLocalReq({}, app.payload)
    const { alert } = await raiseAlert(req, overdue(1))
    const stored = (await app.payload.findByID({ collection: 'alerts', id: alert.id, depth: 0, overrideAccess: true })) as unknown as Record<string, unknown>
    expect(stored.messageKey).toBe('alertRequestOverdue')
    const spanish = 'La solicitud SOL-2026-0001 "Vacunación" venció el 01/12/2026 y sigue en estado "Radicada".'
    const english = 'Request SOL-2026-0001 "Vacunación" was due on 01/12/2026 and is still "Submitted".'
    expect(stored.message).toBe(spanish)
    expect((await restRead(alert.id, 'es')).message).toBe(spanish)
    expect((await restRead(alert.id, 'en')).message).toBe(english)
    expect((await readAs(fx.head, alert.id, 'en')).message).toBe(english)
    expect((await readAs(fx.head, alert.id, 'es')).message).toBe(spanish)
    // The list (the admin's list view reads it the same way) in English.
    const list = await rest('GET', 'alerts?depth=0&where[kind][equals]=request-overdue', { as: fx.head.email, headers: { 'Accept-Language': 'en' } })
    const { docs } = (await list.json()) as { docs: Array<{ message: string }> }
    expect(docs.map((d) => d.message)).toContain(english)
    for (const doc of docs) expect(doc.message).not.toMatch(/ \/ /)
  })

  it('an alert stored before keys were kept shows its stored text to everyone', async () => {
    const old = await app.payload.create({
      collection: 'alerts',
      data: { kind: 'legacy', severity: 'warning', message: 'Texto antiguo de la alerta', status: 'open', openKey: 'legacy|-|-' } as never,
      overrideAccess: true,
    })
    expect((await restRead(old.id, 'en')).message).toBe('Texto antiguo de la alerta')
    expect((await readAs(fx.head, old.id, 'en')).message).toBe('Texto antiguo de la alerta')
  })

  it('the system\'s resolution note follows the reader; a note a person rewrites replaces it', async () => {
    const req = await createLocalReq({}, app.payload)
    const { alert } = await raiseAlert(req, overdue(2))
    await resolveAlerts(req, { kind: 'request-overdue', note: { key: 'alertRequestOverdueSettled' }, stillFailing: [] })
    expect((await restRead(alert.id, 'es')).resolutionNote).toBe('La solicitud fue atendida o ya no está vencida.')
    expect((await restRead(alert.id, 'en')).resolutionNote).toBe('The request was attended or is no longer overdue.')
    // The admin form sends the rendered (English) note back: the key and the Spanish text stay.
    const i18n = await getLocalI18n({ config: app.payload.config, language: 'en' })
    const headReq = await createLocalReq({ user: fx.head as never, req: { i18n, t: i18n.t } as never }, app.payload)
    await app.payload.update({ collection: 'alerts', id: alert.id, data: { resolutionNote: 'The request was attended or is no longer overdue.' }, overrideAccess: false, user: fx.head as never, req: headReq })
    expect((await restRead(alert.id, 'es')).resolutionNote).toBe('La solicitud fue atendida o ya no está vencida.')
    // A person's own words replace the system's note for every reader.
    await app.payload.update({ collection: 'alerts', id: alert.id, data: { resolutionNote: 'Atendida por teléfono con la Secretaría' }, overrideAccess: false, user: fx.head as never, req: headReq })
    expect((await restRead(alert.id, 'en')).resolutionNote).toBe('Atendida por teléfono con la Secretaría')
    expect((await restRead(alert.id, 'es')).resolutionNote).toBe('Atendida por teléfono con la Secretaría')
  })
})

describe('the plugin\'s endpoints refuse in one language per caller, never "es / en" glued', () => {
  const message = async (response: Response) => {
    const body = (await response.json()) as { message?: string; errors?: Array<{ message: string }> }
    return body.errors?.[0]?.message ?? body.message ?? ''
  }
  const cases: Array<[string, 'GET' | 'POST', string, { as?: 'auditor' | 'requester' }, number, string, string]> = [
    ['archive at', 'GET', 'archive/disposition?at=nope', { as: 'auditor' }, 400, 'Fecha de corte: fecha inválida', 'Cut-off date: invalid date'],
    ['monitoring import 401', 'GET', 'monitoring/import/options', {}, 401, 'inicie sesión', 'sign in'],
    ['monitoring report 403', 'GET', 'monitoring/report?month=2026-11', { as: 'requester' }, 403, 'su rol no puede ver el monitoreo', 'your role may not see monitoring'],
    ['trail export 401', 'GET', 'pregonero/workflow-events.csv', {}, 401, 'Inicie sesión para exportar la bitácora', 'Sign in to export the audit trail'],
    ['fact check 401', 'POST', 'pregonero/fact-check/request', {}, 401, 'Inicie sesión', 'Sign in'],
    ['fact check 403', 'POST', 'pregonero/fact-check/request', { as: 'requester' }, 403, 'Solo la oficina de comunicaciones', 'Only the communications office'],
    ['reports 401', 'POST', 'pregonero/reports/generate', {}, 401, 'Inicie sesión', 'Sign in'],
  ]
  it.each(cases)('%s', async (_name, method, path, { as }, status, spanish, english) => {
    const who = as ? fx[as].email : undefined
    const es = await rest(method, path, { as: who, json: method === 'POST' ? {} : undefined })
    expect(es.status).toBe(status)
    const esText = await message(es)
    expect(esText).toContain(spanish)
    const en = await rest(method, path, { as: who, json: method === 'POST' ? {} : undefined, headers: { 'Accept-Language': 'en' } })
    expect(en.status).toBe(status)
    const enText = await message(en)
    expect(enText).toContain(english)
    for (const text of [esText, enText]) expect(text).not.toMatch(/ \/ /)
  })
})
