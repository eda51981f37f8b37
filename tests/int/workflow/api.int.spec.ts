/** A representative set of the workflow rules through REST and GraphQL (in-process route handlers). */
import type { Payload } from 'payload'

import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'

import { bootPayload, type Booted } from '../../helpers/bootPayload.js'
import { TEST_PASSWORD } from '../../helpers/fixtures.js'
import { makeFixtures, type TestUser } from './fixtures.js'

let app: Booted
let payload: Payload
let f: ReturnType<typeof makeFixtures>
let dep: { id: number | string }
const tokens: Record<string, string> = {}
let users: Record<string, TestUser>

beforeAll(async () => {
  app = await bootPayload()
  payload = app.payload
  f = makeFixtures(payload)
  dep = await f.department()
  users = {
    admin: await f.user(['admin']),
    head: await f.user(['head']),
    editor: await f.user(['editor']),
    author: await f.user(['editor']),
    requester: await f.user(['requester'], dep.id),
  }
  for (const [name, user] of Object.entries(users)) {
    const { token } = await payload.login({ collection: 'users', data: { email: user.email, password: TEST_PASSWORD } })
    tokens[name] = token!
  }
}, 120_000)
afterAll(() => app.close())

const base = 'http://localhost:3000/api'
const rest = async (method: 'DELETE' | 'GET' | 'PATCH' | 'POST', path: string, who: null | string, body?: unknown) => {
  const handler = { GET: REST_GET, PATCH: REST_PATCH, POST: REST_POST, DELETE: REST_DELETE }[method](payload.config)
  const url = new URL(`${base}/${path}`)
  const request = new Request(url, {
    method,
    headers: { 'Content-Type': 'application/json', ...(who ? { Authorization: `JWT ${tokens[who]}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const response = await handler(request, { params: Promise.resolve({ slug: url.pathname.replace('/api/', '').split('/') }) })
  return { status: response.status, json: (await response.json()) as any }
}
const graphql = async (who: string, query: string, variables: Record<string, unknown> = {}) => {
  const response = await GRAPHQL_POST(payload.config)(
    new Request(`${base}/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${tokens[who]}` },
      body: JSON.stringify({ query, variables }),
    }),
  )
  return (await response.json()) as any
}
const status = async (id: number | string) => ((await payload.findByID({ collection: 'communication-requests', id, depth: 0 })) as any).status

describe('REST', () => {
  it('refuses a role that may not, and an illegal transition, naming from/to; applies a legal one with its event', async () => {
    const r = await f.request({ status: 'submitted', department: dep.id, requestedBy: users.requester.id })
    const byEditor = await rest('PATCH', `communication-requests/${r.id}`, 'editor', { status: 'accepted' })
    expect(byEditor.status).toBe(403)
    expect(JSON.stringify(byEditor.json)).toContain('«Radicada» a «Aceptada»')
    const illegal = await rest('PATCH', `communication-requests/${r.id}`, 'head', { status: 'delivered' })
    expect(illegal.status).toBe(400)
    expect(JSON.stringify(illegal.json)).toMatch(/«Radicada».*«Entregada»/)
    expect(JSON.stringify(illegal.json)).toContain('accepted') // what is allowed
    const noComment = await rest('PATCH', `communication-requests/${r.id}`, 'head', { status: 'rejected' })
    expect(noComment.status).toBe(400)
    expect(await status(r.id)).toBe('submitted')
    expect(await f.events('communication-requests', r.id)).toHaveLength(0)
    const ok = await rest('PATCH', `communication-requests/${r.id}`, 'head', { status: 'needs-info', workflowComment: 'Falta el lugar' })
    expect(ok.status).toBe(200)
    expect(await f.events('communication-requests', r.id)).toMatchObject([{ from: 'submitted', to: 'needs-info', comment: 'Falta el lugar', actor: users.head.id }])
    // the requester answers through REST and reads the trail of their request
    expect((await rest('PATCH', `communication-requests/${r.id}`, 'requester', { status: 'submitted', workflowComment: 'Plaza de Nariño' })).status).toBe(200)
    const trail = await rest('GET', `workflow-events?where[document][equals]=${r.id}&where[collection][equals]=communication-requests`, 'requester')
    expect(trail.status).toBe(200)
    expect(trail.json.docs.map((e: any) => e.to).sort()).toEqual(['needs-info', 'submitted'])
  })

  it('publishing through REST: only approved, only the head; the trail is append-only; forced events are reviewed via the endpoint', async () => {
    const inReview = await f.content({ stage: 'in-review', createdBy: users.author.id })
    expect((await rest('PATCH', `contents/${inReview.id}`, 'head', { _status: 'published' })).status).toBe(400)
    const approved = await f.content({ stage: 'approved', createdBy: users.author.id })
    expect((await rest('PATCH', `contents/${approved.id}`, 'editor', { _status: 'published' })).status).toBe(403)
    const pub = await rest('PATCH', `contents/${approved.id}`, 'head', { _status: 'published' })
    expect(pub.status).toBe(200)
    expect(pub.json.doc).toMatchObject({ stage: 'published', _status: 'published' })
    // anonymous readers see it (external, published) but not the draft in review
    const anon = await rest('GET', 'contents', null)
    expect(anon.json.docs.map((d: any) => String(d.id))).toEqual([String(approved.id)])
    const forced = await rest('PATCH', `contents/${inReview.id}`, 'head', { stage: 'published', workflowForce: true, workflowComment: 'Emergencia' })
    expect(forced.status).toBe(200)
    const event = (await f.events('contents', inReview.id)).at(-1)!
    expect(event.forced).toBe(true)
    expect((await rest('PATCH', `workflow-events/${event.id}`, 'admin', { comment: 'x' })).status).toBe(403)
    expect((await rest('DELETE', `workflow-events/${event.id}`, 'admin')).status).toBe(403)
    expect((await rest('POST', `workflow-events/${event.id}/review`, 'head', { note: 'yo' })).status).toBe(403) // the forcer
    const review = await rest('POST', `workflow-events/${event.id}/review`, 'editor', { note: 'Revisada: procedía' })
    expect(review.status).toBe(200)
    expect(review.json.doc).toMatchObject({ reviewedBy: users.editor.id, reviewNote: 'Revisada: procedía' })
  })
})

describe('transition buttons endpoint', () => {
  it('lists what the signed-in user may do now on the document', async () => {
    const c = await f.content({ stage: 'in-review', createdBy: users.author.id })
    const of = async (who: string) => (await rest('GET', `contents/${c.id}/transitions`, who)).json.allowed.map((a: any) => `${a.to}${a.force ? '!' : ''}${a.requiresComment ? '*' : ''}`).sort()
    expect(await of('editor')).toEqual(['approved', 'changes-requested*'])
    expect(await of('author')).toEqual(['changes-requested*']) // four-eyes
    expect(await of('head')).toEqual(['approved', 'changes-requested*', 'published!*'])
    expect((await rest('GET', `contents/${c.id}/transitions`, 'requester')).status).toBeGreaterThanOrEqual(403)
    const r = await f.request({ status: 'delivered', department: dep.id, requestedBy: users.requester.id })
    const mine = (await rest('GET', `communication-requests/${r.id}/transitions`, 'requester')).json
    expect(mine).toMatchObject({ field: 'status', from: 'delivered' })
    expect(mine.allowed).toEqual([]) // closing needs a rating first: the rating form closes it
  })
})

describe('GraphQL', () => {
  it('enforces the same rules on mutations', async () => {
    const r = await f.request({ status: 'submitted', department: dep.id })
    const mutation = `mutation($id: Int!, $data: mutationCommunicationRequestUpdateInput!) { updateCommunicationRequest(id: $id, data: $data) { id status } }`
    const refused = await graphql('editor', mutation, { id: Number(r.id), data: { status: 'accepted' } })
    expect(refused.errors?.[0]?.message).toMatch(/«Radicada».*«Aceptada»/)
    const noComment = await graphql('head', mutation, { id: Number(r.id), data: { status: 'rejected' } })
    expect(noComment.errors?.[0]?.message).toMatch(/«Rechazada» requiere un comentario/)
    expect(await status(r.id)).toBe('submitted')
    const ok = await graphql('head', mutation, { id: Number(r.id), data: { status: 'rejected', workflowComment: 'Fuera de competencia' } })
    expect(ok.errors).toBeUndefined()
    expect(ok.data.updateCommunicationRequest.status).toBe('rejected')
    expect(await f.events('communication-requests', r.id)).toMatchObject([{ from: 'submitted', to: 'rejected', comment: 'Fuera de competencia' }])
    const c = await f.content({ stage: 'in-review', createdBy: users.author.id })
    const pub = await graphql('head', `mutation($id: Int!) { updateContent(id: $id, data: { _status: published }) { id stage } }`, { id: Number(c.id) })
    expect(pub.errors?.[0]?.message).toMatch(/«En revisión».*«Publicado»/)
    expect(((await payload.findByID({ collection: 'contents', id: c.id, depth: 0 })) as any).stage).toBe('in-review')
  })
})
