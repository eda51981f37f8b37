/**
 * Issue 15 item 7: a refusal names the field by its LABEL in the reader's language, never by its
 * code key (`answer.answeredAt:`, `policy:`); the key stays machine-readable in the error's path
 * (`data.errors[0].path`, or `errors[0].field` on the endpoints that answer that shape). Collections
 * (Local API with access, and REST) and plugin endpoints (REST route handlers), in Spanish and in
 * English.
 */
import { jest } from '@jest/globals'
import type { Payload } from 'payload'

import { createLocalReq, getLocalI18n } from 'payload'

import type { TestUser } from '../archive/fixtures.js'

import { bootPayload, type Booted } from '../../helpers/bootPayload.js'
import { makeContent, TEST_PASSWORD } from '../../helpers/fixtures.js'
import { restClient } from '../../helpers/rest.js'
import { makeUsers } from '../archive/fixtures.js'

jest.setTimeout(180_000)

const daysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString()

type Refusal = { status?: number; message?: string; data?: { errors?: Array<{ path: string; message: string }> } }

let app: Booted
let payload: Payload
let users: Record<string, TestUser>
let rest: ReturnType<typeof restClient>
const tokens = new Map<string, string>()
const tokenOf = async (who: string) => {
  if (!tokens.has(who)) tokens.set(who, await rest.login(`${who}@pasto.gov.co`, TEST_PASSWORD))
  return tokens.get(who)!
}

/** The Local API as a signed-in person whose admin reads in `language`. */
const as = async (user: TestUser, language: 'en' | 'es') => {
  const i18n = await getLocalI18n({ config: payload.config, language })
  return { user: user as never, overrideAccess: false, req: await createLocalReq({ user: user as never, req: { i18n, t: i18n.t } as never }, payload) }
}

const refusal = async (promise: Promise<unknown>): Promise<Refusal> => {
  try {
    await promise
  } catch (error) {
    return error as Refusal
  }
  throw new Error('expected a refusal')
}

/** The field's own message names the label (not the key); the top message too; the path keeps the key. */
const expectLabelled = (error: Refusal, { path, label, key }: { path: string; label: string; key: RegExp }) => {
  expect(error.status).toBe(400)
  const field = error.data?.errors?.[0]
  expect(field?.path).toBe(path)
  expect(field?.message.startsWith(`${label}: `)).toBe(true)
  expect(field?.message).not.toMatch(key)
  expect(error.message).not.toMatch(key)
}

beforeAll(async () => {
  app = await bootPayload()
  payload = app.payload
  users = await makeUsers(payload)
  rest = restClient(payload.config)
}, 240_000)
afterAll(() => app.close())

describe('refusals name fields by their label in the reader language; the key stays in the path', () => {
  it('petitions: an answer dated in the future (a field in a group: "Respuesta › Respondida el")', async () => {
    const petition = (await payload.create({
      collection: 'petitions',
      data: { petitioner: { name: 'Pedro', type: 'citizen' }, kind: 'general', subject: 'Queja', description: 'x', receivedAt: daysFromNow(-3) } as never,
      ...(await as(users.head, 'es')),
    })) as unknown as { id: number }
    const future = { answer: { text: 'Respuesta', answeredAt: daysFromNow(5) } }
    const key = /answer\.answeredAt/
    const es = await refusal(payload.update({ collection: 'petitions', id: petition.id, data: future as never, ...(await as(users.head, 'es')) }))
    expectLabelled(es, { path: 'answer.answeredAt', label: 'Respuesta › Respondida el', key })
    expect(es.data!.errors![0]!.message).toMatch(/no puede estar en el futuro/)
    const en = await refusal(payload.update({ collection: 'petitions', id: petition.id, data: future as never, ...(await as(users.head, 'en')) }))
    expectLabelled(en, { path: 'answer.answeredAt', label: 'Answer › Answered at', key })
    // REST, in English by Accept-Language.
    const viaRest = await rest.patch(`/petitions/${petition.id}`, future, { token: await tokenOf('head'), headers: { 'Accept-Language': 'en' } })
    expect(viaRest.status).toBe(400)
    expect(viaRest.json.errors[0].data.errors[0]).toMatchObject({ path: 'answer.answeredAt', message: expect.stringMatching(/^Answer › Answered at: /) })
    expect(viaRest.text).not.toMatch(/"message":"[^"]*answer\.answeredAt/)
  })

  it('contents: a malformed slug', async () => {
    const content = await makeContent(payload, { title: 'Cierre de vías por obras' })
    const bad = { slug: 'Cierre Vías!' }
    const key = /(^|\s)slug:/
    const es = await refusal(payload.update({ collection: 'contents', id: content.id as never, data: bad as never, draft: true, ...(await as(users.editor, 'es')) }))
    expectLabelled(es, { path: 'slug', label: 'Slug (dirección pública)', key })
    const en = await refusal(payload.update({ collection: 'contents', id: content.id as never, data: bad as never, draft: true, ...(await as(users.editor, 'en')) }))
    expectLabelled(en, { path: 'slug', label: 'Slug (public address)', key })
  })

  it('communication requests: an event coverage in an election period without its kind of event', async () => {
    await payload.create({ collection: 'election-periods', data: { name: 'Elecciones territoriales 2027', electionDay: daysFromNow(30) } as never, ...(await as(users.head, 'es')) })
    const department = (users.requester as unknown as { department: unknown }).department
    const data = { title: 'Entrega de obra', department, audience: 'external', products: [{ type: 'event-coverage', channels: ['web'] }], description: 'Entrega', event: { date: daysFromNow(5) } }
    const key = /electoral\.eventKind/
    const es = await refusal(payload.create({ collection: 'communication-requests', data: data as never, ...(await as(users.requester, 'es')) }))
    expectLabelled(es, { path: 'electoral.eventKind', label: 'Periodo electoral (Ley 996/2005) › Tipo de evento', key })
    const en = await refusal(payload.create({ collection: 'communication-requests', data: data as never, ...(await as(users.requester, 'en')) }))
    expectLabelled(en, { path: 'electoral.eventKind', label: 'Election period (Ley 996/2005) › Kind of event', key })
  })

  it('CSV import: a duplicate policy that does not exist (an endpoint parameter, labelled by the messages)', async () => {
    const send = async (language: string) => {
      const form = new FormData()
      form.append('file', new Blob(['Fecha,Alcance\n2026-11-01,10\n'], { type: 'text/csv' }), 'export.csv')
      form.append('policy', 'some')
      return rest.post('/monitoring/import/social-metrics', form, { token: await tokenOf('community'), headers: { 'Accept-Language': language } })
    }
    for (const [language, label] of [
      ['es', 'Política de duplicados'],
      ['en', 'Duplicate policy'],
    ] as const) {
      const res = await send(language)
      expect(res.status).toBe(400)
      expect(res.json.errors[0].message.startsWith(`${label}: `)).toBe(true)
      expect(res.json.errors[0].message).not.toMatch(/^policy:/)
      expect(res.json.errors[0].data.errors[0].path).toBe('policy')
    }
  })

  it('fact-check request: the expert name missing (the endpoint answers errors[0].field)', async () => {
    const content = await makeContent(payload, { title: 'Cifras de vacunación' })
    for (const [language, label] of [
      ['es', 'Nombre'],
      ['en', 'Name'],
    ] as const) {
      const res = await rest.post('/pregonero/fact-check/request', { contentId: content.id, email: 'experta@udenar.edu.co' }, { token: await tokenOf('head'), headers: { 'Accept-Language': language } })
      expect(res.status).toBe(400)
      expect(res.json.errors[0].field).toBe('name')
      expect(res.json.errors[0].message.startsWith(`${label}: `)).toBe(true)
      expect(res.json.message).not.toMatch(/(^|\s)name:/)
    }
  })

  it('the trail export: a malformed day names «Desde», not from', async () => {
    const res = await rest.get('/pregonero/workflow-events.csv?from=ayer', { token: await tokenOf('head') })
    expect(res.status).toBe(400)
    expect(res.json.errors[0]).toMatchObject({ field: 'from', message: expect.stringMatching(/^Desde: /) })
  })
})
