/**
 * Issue 15, item 7 — refusals that say their own rule, over real HTTP against the BUILT app (REST and
 * GraphQL; the Local API in tests/int/workflow/refusal-reasons.int.spec.ts), each in the caller's
 * language: an editor's direct edit of a published content, an auditor filing a request.
 */
import { type RunningApp, startApp } from '../helpers/appServer.js'
import { callApp } from '../helpers/answer.js'

let app: RunningApp
let f: { published: number | string; department: number | string }
const tokens: Record<'auditor' | 'editor', string> = { auditor: '', editor: '' }

beforeAll(async () => {
  app = await startApp({}, { fixtures: 'tests/e2e/fixtures/refusalReasonsFixtures.ts' })
  f = app.fixtures as typeof f
  tokens.editor = (await app.login('editor@pregonero.test')).token
  tokens.auditor = (await app.login('auditor@pregonero.test')).token
}, 240_000)
afterAll(async () => {
  await app?.stop()
})

const rest = (method: string, path: string, who: keyof typeof tokens, language: 'en' | 'es', body: unknown) =>
  callApp(app, method, path, { token: tokens[who], body, headers: { 'Accept-Language': language } })
const graphql = (query: string, who: keyof typeof tokens, language: 'en' | 'es') => rest('POST', '/api/graphql', who, language, { query })

describe('an editor\'s direct edit of a published content', () => {
  it.each([
    ['es', /^Un contenido publicado solo lo cambia quien puede publicar \(Jefe de la Oficina de Comunicación Social\)\..*Cambios: Título$/],
    ['en', /^A published content is changed only by whoever may publish \(Head of the communications office\)\..*Changes: Title$/],
  ] as const)('%s: REST and GraphQL answer 403 with the published-content rule, not the republication one', async (language, rule) => {
    const patched = await rest('PATCH', `/api/contents/${f.published}`, 'editor', language, { title: 'Cambio directo' })
    expect(patched.status).toBe(403)
    expect(patched.json.errors[0].message).toMatch(rule)
    const mutated = await graphql(`mutation { updateContent(id: ${JSON.stringify(f.published)}, data: { title: "Cambio directo" }) { id } }`, 'editor', language)
    expect(mutated.json.errors[0].extensions.statusCode).toBe(403)
    expect(mutated.json.errors[0].message).toMatch(rule)
    for (const text of [patched.text, mutated.text]) expect(text).not.toMatch(/republicar|republishing|stage:/)
  })
})

describe('an auditor filing a communication request', () => {
  it.each([
    ['es', 'Control interno y los entes de control consultan las solicitudes de comunicación, no las radican.'],
    ['en', 'Internal control and oversight bodies read communication requests; they do not file them.'],
  ] as const)('%s: REST and GraphQL answer 403 saying auditors read, not Payload\'s generic refusal', async (language, reason) => {
    const data = { title: 'Cubrimiento de la auditoría', department: f.department, audience: 'external', products: [{ type: 'news', channels: ['web'] }], description: 'Pieza' }
    const posted = await rest('POST', '/api/communication-requests', 'auditor', language, data)
    expect(posted.status).toBe(403)
    expect(posted.json.errors[0].message).toContain(reason)
    const mutated = await graphql(
      `mutation { createCommunicationRequest(data: { title: "Cubrimiento", department: ${JSON.stringify(f.department)}, audience: external, status: submitted, products: [{ type: news }], description: "Pieza" }) { id } }`,
      'auditor',
      language,
    )
    expect(mutated.json.errors[0].extensions.statusCode).toBe(403)
    expect(mutated.json.errors[0].message).toContain(reason)
    for (const text of [posted.text, mutated.text]) expect(text).not.toMatch(/No tienes permiso|You are not allowed/)
  })
})
