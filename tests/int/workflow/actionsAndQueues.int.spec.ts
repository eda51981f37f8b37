/**
 * Issue 15 (items 1, 3, 7) on the server: one update carries the form's edits and the transition
 * (both or neither), the buttons are named by the action in the caller's language, nobody claims
 * or is asked to review their own work, and the role homes' queues list what each person acts on.
 */
import type { Payload } from 'payload'

import { createLocalReq } from 'payload'

import { type Booted, bootPayload } from '../../helpers/bootPayload.js'
import { restClient } from '../../helpers/rest.js'
import { makeContent, makeDepartment, makeRequest, makeUser, TEST_PASSWORD } from '../../helpers/fixtures.js'
import { claimReview } from '../../../src/features/workflow/collections/Contents/hooks/claimReview.js'
import { requesterActionQueue, reviewQueue, toPublishQueue, triageQueue } from '../../../src/features/workflow/queues.js'

let app: Booted
let payload: Payload
let rest: ReturnType<typeof restClient>
const tokens: Record<string, string> = {}
const users: Record<string, Awaited<ReturnType<typeof makeUser>>> = {}

beforeAll(async () => {
  app = await bootPayload()
  payload = app.payload
  rest = restClient(payload.config)
  const department = await makeDepartment(payload, 'ACT')
  const who: Array<[string, Parameters<typeof makeUser>[1]]> = [
    ['head', ['head']],
    ['author', ['editor']],
    ['reviewer', ['editor']],
    ['changer', ['editor']],
    ['requester', ['requester']],
  ]
  for (const [key, roles] of who) {
    users[key] = await makeUser(payload, roles, { email: `${key}@actions.test`, name: `Persona ${key}`, department: department.id })
    tokens[key] = await rest.login(`${key}@actions.test`, TEST_PASSWORD)
  }
}, 120_000)
afterAll(() => app?.close())

const content = (id: number | string) => payload.findByID({ collection: 'contents', id, depth: 0, draft: true }) as Promise<Record<string, any>>
/** A request of the requester's department. */
const newRequest = (data: Record<string, unknown>) => makeRequest(payload, { department: users.requester!.department, requestedBy: users.requester!.id, ...data })
const request = (id: number | string) => payload.findByID({ collection: 'communication-requests', id, depth: 0 }) as Promise<Record<string, any>>

describe('own review claims are refused (four eyes)', () => {
  it('the author cannot claim their own review over REST; another editor can', async () => {
    const doc = await makeContent(payload, { title: 'Mi propia pieza', stage: 'in-review', createdBy: users.author!.id, lastEditedBy: users.author!.id }, { draft: true })
    const refused = await rest.post(`/pregonero/contents/${doc.id}/claim`, undefined, { token: tokens.author })
    expect(refused.status).toBe(403)
    expect(refused.json.message).toBe('No puede tomar la revisión de una pieza que usted escribió o cambió: la revisa otra persona (cuatro ojos).')
    expect((await content(doc.id)).reviewClaim?.claimedBy ?? null).toBeNull()
    // in the caller's language
    const english = await rest.post(`/pregonero/contents/${doc.id}/claim`, undefined, { token: tokens.author, headers: { 'Accept-Language': 'en' } })
    expect(english.json.message).toMatch(/^You cannot claim the review of a piece you wrote/)
    expect((await rest.post(`/pregonero/contents/${doc.id}/claim`, undefined, { token: tokens.reviewer })).status).toBe(200)
  })

  it('whoever changed the piece since its last approval cannot claim it either (Local API)', async () => {
    const doc = await makeContent(
      payload,
      { title: 'Cambiada por otro', stage: 'in-review', createdBy: users.author!.id, lastEditedBy: users.author!.id, editedSinceApproval: [users.author!.id, users.changer!.id] },
      { draft: true },
    )
    const req = await createLocalReq({ user: users.changer as never }, payload)
    await expect(claimReview(req, doc.id)).rejects.toMatchObject({ status: 403 })
    expect((await content(doc.id)).reviewClaim?.claimedBy ?? null).toBeNull()
  })
})

describe('"Revisiones que me esperan" never lists my own work', () => {
  it('excludes pieces I wrote, last edited or changed since approval; others see them', async () => {
    const author = users.author!
    const mine = await makeContent(payload, { title: 'Cola: escrita por mí', stage: 'in-review', createdBy: author.id }, { draft: true })
    const edited = await makeContent(payload, { title: 'Cola: editada por mí', stage: 'in-review', createdBy: users.head!.id, lastEditedBy: author.id }, { draft: true })
    const changed = await makeContent(
      payload,
      { title: 'Cola: cambiada por mí', stage: 'in-review', createdBy: users.head!.id, lastEditedBy: users.head!.id, editedSinceApproval: [author.id] },
      { draft: true },
    )
    const theirs = await makeContent(payload, { title: 'Cola: de otra persona', stage: 'in-review', createdBy: users.head!.id, lastEditedBy: users.head!.id }, { draft: true })
    const titles = (docs: Array<{ title: string }>) => docs.map((doc) => doc.title).filter((title) => title.startsWith('Cola:'))
    expect(titles(await reviewQueue(payload, author as never, { limit: 50 }))).toEqual(['Cola: de otra persona'])
    const reviewer = titles(await reviewQueue(payload, users.reviewer as never, { limit: 50 }))
    expect(reviewer.sort()).toEqual(['Cola: cambiada por mí', 'Cola: de otra persona', 'Cola: editada por mí', 'Cola: escrita por mí'])
    // a requester has no review queue
    expect(await reviewQueue(payload, users.requester as never)).toEqual([])
    void [mine, edited, changed, theirs]
  })

  it("the head's queues: new requests to triage and approved contents to publish; the requester's: what waits for them", async () => {
    const fresh = await makeRequest(payload, { title: 'Nueva por clasificar', requestedBy: users.requester!.id, department: users.requester!.department })
    const asked = await makeRequest(payload, { title: 'Pide información', status: 'needs-info', requestedBy: users.requester!.id, department: users.requester!.department })
    const approved = await makeContent(payload, { title: 'Aprobada por publicar', stage: 'approved' }, { draft: true })
    expect((await triageQueue(payload, users.head as never, { limit: 50 })).docs.map((d) => d.id)).toContain(fresh.id)
    expect((await toPublishQueue(payload, users.head as never, { limit: 50 })).docs.map((d) => d.id)).toContain(approved.id)
    const waiting = (await requesterActionQueue(payload, users.requester as never, { limit: 50 })).docs.map((d) => d.id)
    expect(waiting).toContain(asked.id)
    expect(waiting).not.toContain(fresh.id)
  })
})

describe('one update carries the edits and the transition: both or neither', () => {
  it('the head accepts and assigns in one request: the assignee is kept', async () => {
    const doc = await newRequest({ title: 'Aceptar y asignar' })
    const res = await rest.patch(`/communication-requests/${doc.id}`, { assignees: [users.author!.id], status: 'accepted' }, { token: tokens.head })
    expect(res.status).toBe(200)
    const stored = await request(doc.id)
    expect(stored.status).toBe('accepted')
    expect(stored.assignees.map(String)).toEqual([String(users.author!.id)])
  })

  it('a refused transition writes none of the edits (four-eyes on approve, role on accept)', async () => {
    const piece = await makeContent(payload, { title: 'Antes', summary: 'Resumen anterior', stage: 'in-review', createdBy: users.author!.id }, { draft: true })
    const refused = await rest.patch(`/contents/${piece.id}`, { title: 'Después', summary: 'Resumen nuevo', stage: 'approved' }, { token: tokens.author })
    expect(refused.status).toBe(400)
    const after = await content(piece.id)
    expect(after).toMatchObject({ title: 'Antes', summary: 'Resumen anterior', stage: 'in-review' })

    const open = await newRequest({ title: 'Sin permiso' })
    const denied = await rest.patch(`/communication-requests/${open.id}`, { assignees: [users.reviewer!.id], status: 'accepted' }, { token: tokens.author })
    expect(denied.status).toBe(403)
    const kept = await request(open.id)
    expect(kept.status).toBe('submitted')
    expect(kept.assignees ?? []).toEqual([])
  })

  it('an editor edits and submits for review in one request: both persist', async () => {
    const piece = await makeContent(payload, { title: 'Borrador a enviar', stage: 'draft', createdBy: users.author!.id }, { draft: true })
    const res = await rest.patch(`/contents/${piece.id}`, { summary: 'Editado antes de enviar', stage: 'in-review' }, { token: tokens.author })
    expect(res.status).toBe(200)
    expect(await content(piece.id)).toMatchObject({ summary: 'Editado antes de enviar', stage: 'in-review' })
  })
})

describe('buttons are named by the action, in the caller\'s language', () => {
  it('GET /:id/transitions gives each allowed move its action label', async () => {
    const draft = await makeContent(payload, { title: 'Nombres', stage: 'draft', createdBy: users.author!.id }, { draft: true })
    const es = await rest.get(`/contents/${draft.id}/transitions`, { token: tokens.author })
    expect(es.json.allowed.map((a: { actionLabel: string }) => a.actionLabel)).toEqual(['Enviar a revisión'])
    const en = await rest.get(`/contents/${draft.id}/transitions`, { token: tokens.author, headers: { 'Accept-Language': 'en' } })
    expect(en.json.allowed.map((a: { actionLabel: string }) => a.actionLabel)).toEqual(['Submit for review'])

    const review = await makeContent(payload, { title: 'Para revisar', stage: 'in-review', createdBy: users.author!.id }, { draft: true })
    const reviewer = await rest.get(`/contents/${review.id}/transitions`, { token: tokens.reviewer })
    expect(reviewer.json.allowed.map((a: { actionLabel: string }) => a.actionLabel).sort()).toEqual(['Aprobar', 'Pedir cambios'])
    // the head may publish an approved piece: "Publicar"
    const ok = await makeContent(payload, { title: 'Aprobada', stage: 'approved', createdBy: users.author!.id }, { draft: true })
    const head = await rest.get(`/contents/${ok.id}/transitions`, { token: tokens.head })
    expect(head.json.allowed.map((a: { actionLabel: string }) => a.actionLabel)).toContain('Publicar')
    const editor = await rest.get(`/contents/${ok.id}/transitions`, { token: tokens.reviewer })
    expect(editor.json.allowed.map((a: { actionLabel: string }) => a.actionLabel)).not.toContain('Publicar')

    const submitted = await newRequest({ title: 'Radicada' })
    const triage = await rest.get(`/communication-requests/${submitted.id}/transitions`, { token: tokens.head })
    expect(triage.json.allowed.map((a: { actionLabel: string }) => a.actionLabel)).toEqual(expect.arrayContaining(['Aceptar y asignar', 'Pedir información', 'Rechazar']))
  })
})
