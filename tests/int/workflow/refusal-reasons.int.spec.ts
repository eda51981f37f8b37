/**
 * Issue 15, item 7 — a refusal says its own rule, in the caller's language: an editor's direct edit
 * of a published content (not the republication rule's message), and an auditor filing a
 * communication request (not Payload's generic "you are not allowed"). REST and GraphQL through the
 * app's route handlers, and the Local API with `overrideAccess: false`.
 */
import { GRAPHQL_POST, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import { createLocalReq, getLocalI18n } from 'payload'

import { bootPayload, type Booted } from '../../helpers/bootPayload.js'
import { makeContent, TEST_PASSWORD } from '../../helpers/fixtures.js'
import { makeFixtures, type Fixtures } from '../comms/fixtures.js'

let app: Booted
let fx: Fixtures

beforeAll(async () => {
  app = await bootPayload()
  fx = await makeFixtures(app.payload)
})
afterAll(() => app.close())

const tokens = new Map<string, string>()
const tokenOf = async (email: string) => {
  if (!tokens.has(email)) tokens.set(email, (await app.payload.login({ collection: 'users', data: { email, password: TEST_PASSWORD } })).token!)
  return tokens.get(email)!
}
const headersFor = async (email: string, language: 'en' | 'es') =>
  new Headers({ Authorization: `JWT ${await tokenOf(email)}`, 'Content-Type': 'application/json', 'Accept-Language': language })

const rest = async (method: 'PATCH' | 'POST', path: string, email: string, language: 'en' | 'es', json: unknown) => {
  const request = new Request(`http://localhost:3000/api/${path}`, { method, headers: await headersFor(email, language), body: JSON.stringify(json) })
  const slug = path.split('?')[0].split('/')
  const handler = method === 'PATCH' ? REST_PATCH(app.payload.config) : REST_POST(app.payload.config)
  const response = await handler(request, { params: Promise.resolve({ slug }) })
  const body = (await response.json()) as { errors?: Array<{ message: string }> }
  return { status: response.status, message: body.errors?.[0]?.message ?? '' }
}

const graphql = async (query: string, email: string, language: 'en' | 'es') => {
  const response = await GRAPHQL_POST(app.payload.config)(
    new Request('http://localhost:3000/api/graphql', { method: 'POST', headers: await headersFor(email, language), body: JSON.stringify({ query }) }),
  )
  const body = (await response.json()) as { errors?: Array<{ message: string; extensions?: { statusCode?: number } }> }
  return { status: body.errors?.[0]?.extensions?.statusCode, message: body.errors?.[0]?.message ?? '' }
}

/** The Local API as `user`, reading in `language`, with the user's access. */
const localAs = async (user: Fixtures['editor'], language: 'en' | 'es') => {
  const i18n = await getLocalI18n({ config: app.payload.config, language })
  const req = await createLocalReq({ user: { ...user, collection: 'users' } as never, req: { i18n, t: i18n.t } as never }, app.payload)
  return { user: user as never, req, overrideAccess: false as const }
}
const localRefusal = async (run: () => Promise<unknown>) => {
  const error = (await run().then(() => null, (e: unknown) => e)) as null | { status?: number; message?: string }
  expect(error).not.toBeNull()
  return { status: error!.status, message: error!.message ?? '' }
}

const REPUBLISH_ES = /republicar|corrección pendiente/
const REPUBLISH_EN = /republishing|pending correction/
const GENERIC_ES = 'No tienes permiso para realizar esta acción.'
const GENERIC_EN = 'You are not allowed to perform this action.'

describe('an editor editing a published content is told the published-content rule', () => {
  const spanish = /^Un contenido publicado solo lo cambia quien puede publicar \(Jefe de la Oficina de Comunicación Social\)\. Guarde su cambio como borrador de corrección .* Cambios: Título$/
  const english = /^A published content is changed only by whoever may publish \(Head of the communications office\)\. Save your change as a draft correction .* Changes: Title$/

  it('REST, GraphQL and the Local API: 403 with its own message in Spanish and English; the live text stays', async () => {
    const live = await makeContent(app.payload, { title: 'Vacunación en vivo', stage: 'published', createdBy: fx.editor.id })
    const refusals = [
      ['es', await rest('PATCH', `contents/${live.id}`, fx.editor.email, 'es', { title: 'Cambio directo' })],
      ['en', await rest('PATCH', `contents/${live.id}`, fx.editor.email, 'en', { title: 'Direct change' })],
      ['es', await graphql(`mutation { updateContent(id: ${JSON.stringify(live.id)}, data: { title: "Cambio directo" }) { id } }`, fx.editor.email, 'es')],
      ['en', await graphql(`mutation { updateContent(id: ${JSON.stringify(live.id)}, data: { title: "Direct change" }) { id } }`, fx.editor.email, 'en')],
      ['es', await localRefusal(async () => app.payload.update({ collection: 'contents', id: live.id, data: { title: 'Cambio directo' } as never, ...(await localAs(fx.editor, 'es')) }))],
      ['en', await localRefusal(async () => app.payload.update({ collection: 'contents', id: live.id, data: { title: 'Direct change' } as never, ...(await localAs(fx.editor, 'en')) }))],
    ] as const
    for (const [language, { status, message }] of refusals) {
      expect(status).toBe(403)
      expect(message).toMatch(language === 'es' ? spanish : english)
      // Not the republication rule's message, and no field key or role code.
      expect(message).not.toMatch(REPUBLISH_ES)
      expect(message).not.toMatch(REPUBLISH_EN)
      expect(message).not.toMatch(/\bhead\b|\btitle\b|stage:/)
    }
    expect(((await app.payload.findByID({ collection: 'contents', id: live.id, depth: 0 })) as unknown as { title: string }).title).toBe('Vacunación en vivo')
    // What the message says to do works: the change saved as a draft correction.
    await app.payload.update({ collection: 'contents', id: live.id, data: { title: 'Corrección' } as never, draft: true, ...(await localAs(fx.editor, 'es')) })
    // Putting that saved correction live is the other rule, with its own message.
    const republish = await rest('PATCH', `contents/${live.id}`, fx.editor.email, 'es', { _status: 'published' })
    expect(republish.status).toBe(403)
    expect(republish.message).toMatch(REPUBLISH_ES)
  })
})

describe('an auditor filing a communication request is told that auditors read, not file', () => {
  const spanish = /^Control interno y los entes de control consultan las solicitudes de comunicación, no las radican\./
  const english = /^Internal control and oversight bodies read communication requests; they do not file them\./
  const data = { title: 'Cubrimiento de la auditoría', audience: 'external', products: [{ type: 'news', channels: ['web'] }], description: 'Pieza sobre la auditoría' }
  const mutation = () =>
    `mutation { createCommunicationRequest(data: { title: "Cubrimiento de la auditoría", department: ${JSON.stringify(fx.department.id)}, audience: external, status: submitted, products: [{ type: news }], description: "Pieza" }) { id } }`

  it('REST, GraphQL and the Local API: 403 with its own message in Spanish and English, nothing written', async () => {
    const payloadData = { ...data, department: fx.department.id }
    const refusals = [
      ['es', await rest('POST', 'communication-requests', fx.auditor.email, 'es', payloadData)],
      ['en', await rest('POST', 'communication-requests', fx.auditor.email, 'en', payloadData)],
      ['es', await graphql(mutation(), fx.auditor.email, 'es')],
      ['en', await graphql(mutation(), fx.auditor.email, 'en')],
      ['es', await localRefusal(async () => app.payload.create({ collection: 'communication-requests', data: payloadData as never, ...(await localAs(fx.auditor, 'es')) }))],
      ['en', await localRefusal(async () => app.payload.create({ collection: 'communication-requests', data: payloadData as never, ...(await localAs(fx.auditor, 'en')) }))],
    ] as const
    console.log(JSON.stringify(await (await GRAPHQL_POST(app.payload.config)(new Request('http://localhost:3000/api/graphql', { method: 'POST', headers: await headersFor(fx.auditor.email, 'es'), body: JSON.stringify({ query: '{ __type(name: "mutationCommunicationRequestInput") { inputFields { name type { kind name ofType { kind name } } } } }' }) }))).json()))
    for (const [language, { status, message }] of refusals) {
      expect(status).toBe(403)
      expect(message).toMatch(language === 'es' ? spanish : english)
      expect(message).not.toBe(GENERIC_ES)
      expect(message).not.toBe(GENERIC_EN)
    }
    expect((await app.payload.count({ collection: 'communication-requests', where: { title: { like: 'Cubrimiento' } } })).totalDocs).toBe(0)
    // The access function is still the rule: the admin's permissions say the auditor may not create.
    const access = (await app.payload.config.collections.find((c) => c.slug === 'communication-requests')!.access.create!({ req: (await localAs(fx.auditor, 'es')).req } as never))
    expect(access).toBe(false)
    // Other refusals keep their own answers: a requester's incomplete request is told what is missing.
    const { status, message } = await rest('POST', 'communication-requests', fx.requester.email, 'es', { title: 'Sin datos' })
    expect(status).toBe(400)
    expect(message).not.toMatch(spanish)
  })
})

describe('every plugin collection tells an auditor that auditors read (the class of the request refusal)', () => {
  const spanish = 'Control interno y los entes de control consultan los registros; no los crean, cambian ni borran.'
  const english = 'Internal control and oversight bodies read records; they do not create, change or delete them.'

  it('create, update and delete on REST, GraphQL and the Local API: 403 with the reason, nothing changed; allowed writes and other callers untouched', async () => {
    const piece = await makeContent(app.payload, { title: 'Pieza auditada', stage: 'draft', createdBy: fx.editor.id })
    const refusals = [
      ['es', await rest('POST', 'contents', fx.auditor.email, 'es', { title: 'Pieza del auditor', kind: 'news', audience: 'external' })],
      ['en', await rest('PATCH', `contents/${piece.id}`, fx.auditor.email, 'en', { title: 'Cambiada' })],
      ['en', await graphql(`mutation { createDepartment(data: { code: "AUD", name: "Auditoría" }) { id } }`, fx.auditor.email, 'en')],
      ['es', await graphql(`mutation { deleteContent(id: ${JSON.stringify(piece.id)}) { id } }`, fx.auditor.email, 'es')],
      ['en', await localRefusal(async () => app.payload.update({ collection: 'departments', id: fx.department.id, data: { name: 'Cambiada' } as never, ...(await localAs(fx.auditor, 'en')) }))],
      ['es', await localRefusal(async () => app.payload.delete({ collection: 'contents', id: piece.id, ...(await localAs(fx.auditor, 'es')) }))],
    ] as const
    for (const [language, { status, message }] of refusals) {
      expect(status).toBe(403)
      expect(message).toBe(language === 'es' ? spanish : english)
    }
    expect(((await app.payload.findByID({ collection: 'contents', id: piece.id, depth: 0 })) as unknown as { title: string }).title).toBe('Pieza auditada')
    expect(((await app.payload.findByID({ collection: 'departments', id: fx.department.id, depth: 0 })) as unknown as { name: string }).name).toBe('Secretaría de Salud')
    // What an auditor may do is untouched: an auditor updates their own profile (their language).
    await app.payload.update({ collection: 'users', id: fx.auditor.id, data: { language: 'en' } as never, ...(await localAs(fx.auditor, 'es')) })
    // A requester refused a department change gets Payload's own refusal, not the auditor's reason.
    const other = await localRefusal(async () => app.payload.update({ collection: 'departments', id: fx.department.id, data: { name: 'X' } as never, ...(await localAs(fx.requester, 'es')) }))
    expect(other.status).toBe(403)
    expect(other.message).not.toBe(spanish)
  })
})

