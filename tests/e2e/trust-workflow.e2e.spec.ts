/**
 * Issue 13, items 14–17 over real HTTP against the BUILT app (`next start`, fresh database, seed
 * and tests/e2e/fixtures/trustWorkflowFixtures.ts), as the review drove it: REST and GraphQL as
 * the editor, the head and the liaison; then the admin (Chromium, Spanish) shows the new trail
 * kinds readably and the requested products.
 * - 14: a correction saved as a draft goes live only through a publish role; the head's
 *   republication is a trail row (who, when, which version), flagged for review.
 * - 16: a comment without a transition is a `comment` row (liaison and head; REST and GraphQL).
 * - 17: a request with a product missing is not delivered; the head waives it with a reason.
 */
import type { RunningApp } from '../helpers/appServer.js'

import { useAppInBrowser } from '../helpers/appInBrowser.js'
import { openAdmin, signInAs } from './support/journey.js'

let app: RunningApp
let fx: { restPiece: number; graphqlPiece: number; request: number; release: number }
const tokens: Record<string, string> = {}
const session = useAppInBrowser({ PREGONERO_DISABLE_JOBS: 'true' }, { fixtures: 'tests/e2e/fixtures/trustWorkflowFixtures.ts' })

beforeAll(async () => {
  app = session.app
  fx = app.fixtures as typeof fx
  for (const [who, email] of Object.entries({ editor: 'editor@pregonero.test', head: 'jefe@pregonero.test', liaison: 'enlace.salud@pregonero.test' })) {
    tokens[who] = (await app.login(email)).token
  }
}, 60_000)

const rest = async (who: null | string, method: string, path: string, body?: unknown) => {
  const res = await fetch(`${app.url}/api${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...(who ? { Authorization: `JWT ${tokens[who]}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await res.text()
  return { status: res.status, json: text ? JSON.parse(text) : null }
}
const graphql = async (who: string, query: string) => {
  const res = await fetch(`${app.url}/api/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${tokens[who]}` },
    body: JSON.stringify({ query }),
  })
  return { status: res.status, json: (await res.json()) as { data?: any; errors?: Array<{ message: string }> } }
}
/** What the public sees: the anonymous read of a published content. */
const liveTitle = async (id: number) => (await rest(null, 'GET', `/contents/${id}`)).json?.title
const trail = async (collection: string, id: number, kind: string) =>
  (await rest('head', 'GET', `/workflow-events?where[collection][equals]=${collection}&where[document][equals]=${id}&where[kind][equals]=${kind}&sort=at&depth=0`)).json
    .docs as Array<Record<string, any>>

describe('item 14: republication is publication', () => {
  it('REST: the editor’s correction does not go live by PATCH _status/stage; the head’s republication is one flagged row with its version', async () => {
    const id = fx.restPiece
    expect((await rest('editor', 'PATCH', `/contents/${id}?draft=true`, { title: 'Pico y placa de diciembre (REST, corregido)' })).status).toBe(200)
    expect(await liveTitle(id)).toBe('Pico y placa de diciembre (REST)')
    for (const body of [{ _status: 'published' }, { stage: 'published' }, {}]) {
      const res = await rest('editor', 'PATCH', `/contents/${id}`, body)
      expect(res.status).toBe(403)
      expect(JSON.stringify(res.json)).toMatch(/republicar|republishing/)
    }
    expect(await liveTitle(id)).toBe('Pico y placa de diciembre (REST)')
    expect(await trail('contents', id, 'republication')).toHaveLength(0)

    expect((await rest('head', 'PATCH', `/contents/${id}`, { _status: 'published' })).status).toBe(200)
    expect(await liveTitle(id)).toBe('Pico y placa de diciembre (REST, corregido)')
    const [row, ...more] = await trail('contents', id, 'republication')
    expect(more).toHaveLength(0)
    const head = await app.login('jefe@pregonero.test')
    expect(row).toMatchObject({ from: 'published', to: 'published', actor: head.id, forced: true })
    expect(row.at).toBeTruthy()
    const version = await rest('head', 'GET', `/contents/versions/${row.details.version}?depth=0`)
    expect(version.status).toBe(200)
    expect(version.json.version.title).toBe('Pico y placa de diciembre (REST, corregido)')
  })

  it('GraphQL: updateContent(data: {_status: published}) by the editor is refused; by the head it is a republication', async () => {
    const id = fx.graphqlPiece
    const draft = await graphql('editor', `mutation { updateContent(id: ${id}, draft: true, data: { title: "Pico y placa de diciembre (GraphQL, corregido)" }) { id } }`)
    expect(draft.json.errors ?? []).toEqual([])
    const refused = await graphql('editor', `mutation { updateContent(id: ${id}, data: { _status: published }) { id title } }`)
    expect(refused.json.errors?.[0]?.message ?? '').toMatch(/republicar|republishing/)
    expect(await liveTitle(id)).toBe('Pico y placa de diciembre (GraphQL)')
    const ok = await graphql('head', `mutation { updateContent(id: ${id}, data: { _status: published }) { id title _status } }`)
    expect(ok.json.errors ?? []).toEqual([])
    expect(ok.json.data.updateContent).toMatchObject({ title: 'Pico y placa de diciembre (GraphQL, corregido)', _status: 'published' })
    expect(await liveTitle(id)).toBe('Pico y placa de diciembre (GraphQL, corregido)')
    expect((await trail('contents', id, 'republication')).map((r) => r.forced)).toEqual([true])
  })
})

describe('item 16: comments are kept', () => {
  it('REST: the liaison’s comment on their own request and the head’s are comment rows the liaison reads', async () => {
    expect((await rest('liaison', 'PATCH', `/communication-requests/${fx.request}`, { workflowComment: '¿Pueden usar la foto del puesto de salud?' })).status).toBe(200)
    expect((await rest('head', 'PATCH', `/communication-requests/${fx.request}`, { workflowComment: 'Sí, la usamos en el post.' })).status).toBe(200)
    const seen = await rest('liaison', 'GET', `/workflow-events?where[document][equals]=${fx.request}&where[kind][equals]=comment&sort=at`)
    expect(seen.json.docs.map((e: any) => e.comment)).toEqual(['¿Pueden usar la foto del puesto de salud?', 'Sí, la usamos en el post.'])
  })

  it('GraphQL: a comment alone on a request and on a content is kept', async () => {
    const onRequest = await graphql('head', `mutation { updateCommunicationRequest(id: ${fx.request}, data: { workflowComment: "Comentario por GraphQL" }) { id } }`)
    expect(onRequest.json.errors ?? []).toEqual([])
    expect((await rest('head', 'GET', `/communication-requests/${fx.request}`)).json.status).toBe('in-production')
    const onContent = await graphql('editor', `mutation { updateContent(id: ${fx.release}, data: { workflowComment: "Revisar la cifra de dosis" }) { id } }`)
    expect(onContent.json.errors ?? []).toEqual([])
    expect((await trail('communication-requests', fx.request, 'comment')).map((e) => e.comment)).toContain('Comentario por GraphQL')
    expect((await trail('contents', fx.release, 'comment')).map((e) => e.comment)).toEqual(['Revisar la cifra de dosis'])
  })
})

describe('item 17: delivered only when every product is', () => {
  it('the press release alone does not deliver; the head cannot deliver by hand; the liaison may not waive; the head waives over GraphQL and the request is delivered', async () => {
    // The head moves it to review by hand and tries to deliver it: refused, naming what is missing.
    expect((await rest('head', 'PATCH', `/communication-requests/${fx.request}`, { status: 'in-review' })).status).toBe(200)
    const manual = await rest('head', 'PATCH', `/communication-requests/${fx.request}`, { status: 'delivered' })
    expect(manual.status).toBe(400)
    expect(JSON.stringify(manual.json)).toMatch(/social-post/)
    expect((await rest('head', 'GET', `/communication-requests/${fx.request}`)).json.status).toBe('in-review')
    const products = (await rest('head', 'GET', `/communication-requests/${fx.request}/products`)).json
    expect(products.products.map((p: any) => [p.type, p.state])).toEqual([['press-release', 'delivered'], ['social-post', 'pending']])
    const social = products.products[1].id
    expect((await rest('liaison', 'PATCH', `/communication-requests/${fx.request}`, { workflowWaive: social, workflowComment: 'No hace falta' })).status).toBe(403)
    const waived = await graphql('head', `mutation { updateCommunicationRequest(id: ${fx.request}, data: { workflowWaive: "${social}", workflowComment: "La dependencia publica en sus redes" }) { id status } }`)
    expect(waived.json.errors ?? []).toEqual([])
    expect((await rest('head', 'GET', `/communication-requests/${fx.request}`)).json.status).toBe('delivered')
    expect((await trail('communication-requests', fx.request, 'waiver')).map((e) => e.comment)).toEqual(['La dependencia publica en sus redes'])
  })
})

describe('the admin shows it, in Spanish', () => {
  it('the request shows its products and a timeline naming comments and the waiver; the content names its republication', async () => {
    const { page } = session
    await signInAs(page, app.url, 'jefe@pregonero.test')
    await openAdmin(page, `${app.url}/admin/collections/communication-requests/${fx.request}`, '#field-title')
    await page.waitForSelector('.pregonero-products li')
    const products = await page.locator('.pregonero-products').innerText()
    expect(products).toMatch(/Comunicado de prensa/)
    expect(products).toMatch(/Dispensado: La dependencia publica en sus redes/)
    await page.waitForSelector('.pregonero-timeline li')
    const timeline = await page.locator('.pregonero-timeline').innerText()
    expect(timeline).toMatch(/Comentario/)
    expect(timeline).toMatch(/¿Pueden usar la foto del puesto de salud\?/)
    expect(timeline).toMatch(/Producto dispensado/)
    expect(timeline).toMatch(/En revisión → Entregada/)
    await openAdmin(page, `${app.url}/admin/collections/contents/${fx.restPiece}`, '#field-title')
    await page.waitForSelector('.pregonero-timeline li')
    const contentTimeline = await page.locator('.pregonero-timeline').innerText()
    expect(contentTimeline).toMatch(/Republicación/)
    expect(contentTimeline).toMatch(/MARCADA PARA REVISIÓN/)
  }, 120_000)
})
