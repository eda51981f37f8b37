import type { Payload } from 'payload'

import { markForcedEventReviewed } from '../../../src/features/workflow/markReviewed.js'
import { dueDateFor, slaDaysFor } from '../../../src/features/workflow/sla.js'
import { DEFAULT_SLA } from '../../../src/features/workflow/tables.js'
import { bogotaDate, isWorkingDay, workingDaysBetween } from '../../../src/kernel/time/workingDays.js'
import { trIn } from '../../../src/kernel/i18n/index.js'
import { bootPayload, type Booted } from '../../helpers/bootPayload.js'
import { makeFixtures, type TestUser } from './fixtures.js'

let app: Booted
let payload: Payload
let f: ReturnType<typeof makeFixtures>
let dep: { id: number | string }
let otherDep: { id: number | string }
let head: TestUser, head2: TestUser, editor: TestUser, editor2: TestUser, requester: TestUser, requester2: TestUser, outsider: TestUser, auditor: TestUser, admin: TestUser

beforeAll(async () => {
  app = await bootPayload()
  payload = app.payload
  f = makeFixtures(payload)
  dep = await f.department()
  otherDep = await f.department()
  admin = await f.user(['admin'])
  head = await f.user(['head'])
  head2 = await f.user(['head'])
  editor = await f.user(['editor'])
  editor2 = await f.user(['editor'])
  auditor = await f.user(['auditor'])
  requester = await f.user(['requester'], dep.id)
  requester2 = await f.user(['requester'], dep.id)
  outsider = await f.user(['requester'], otherDep.id)
}, 120_000)
afterAll(() => app.close())

const as = (user: TestUser) => ({ user: user as never, overrideAccess: false as const, depth: 0 })
const upd = (collection: 'communication-requests' | 'contents', id: number | string, data: Record<string, unknown>, user: TestUser, extra: Record<string, unknown> = {}) =>
  payload.update({ collection, id, data: data as never, ...as(user), ...extra }) as Promise<Record<string, any>>
const get = (collection: 'communication-requests' | 'contents', id: number | string) =>
  payload.findByID({ collection, id, depth: 0, draft: false }) as Promise<Record<string, any>>
const newRequest = (user: TestUser, data: Record<string, unknown> = {}) =>
  payload.create({
    collection: 'communication-requests',
    data: { title: 'Feria de empleo', products: [{ type: 'press-release' }], description: 'Boletín y fotos', ...data } as never,
    ...as(user),
  }) as Promise<Record<string, any>>
const approvedContent = async (extra: Record<string, unknown> = {}) => f.content({ stage: 'approved', createdBy: editor.id, lastEditedBy: editor.id, ...extra })

describe('requester experience', () => {
  it('files requests only for their own department, as themselves', async () => {
    const own = await newRequest(requester)
    expect(String(own.department)).toBe(String(dep.id))
    expect(String(own.requestedBy)).toBe(String(requester.id))
    expect(own.status).toBe('submitted')
    expect(own.code).toMatch(/^SOL-\d{4}-\d{4}$/)
    // A forged status, code or due date is ignored: the request starts submitted with a generated code.
    const forged = await newRequest(requester, { status: 'accepted', code: 'SOL-1999-0001', dueDate: '2030-01-01T00:00:00Z' })
    expect(forged.status).toBe('submitted')
    expect(forged.code).not.toBe('SOL-1999-0001')
    expect(forged.dueDate ?? null).toBeNull()
    await expect(newRequest(requester, { department: otherDep.id })).rejects.toMatchObject({ status: 400 })
    await expect(newRequest(auditor, { department: dep.id })).rejects.toMatchObject({ status: 403 })
  })

  it('sees only their department’s requests and their trail', async () => {
    const mine = await newRequest(requester)
    const theirs = await newRequest(outsider)
    const seen = await payload.find({ collection: 'communication-requests', ...as(requester), pagination: false })
    const ids = seen.docs.map((d) => String(d.id))
    expect(ids).toContain(String(mine.id))
    expect(ids).not.toContain(String(theirs.id))
    await expect(payload.findByID({ collection: 'communication-requests', id: theirs.id, ...as(requester) })).rejects.toMatchObject({ status: 404 })
    const trail = await payload.find({ collection: 'workflow-events' as never, ...as(requester), pagination: false })
    const docs = trail.docs as any[]
    expect(docs.some((e) => e.document === String(mine.id))).toBe(true)
    expect(docs.every((e) => e.collection === 'communication-requests' && String(e.department) === String(dep.id))).toBe(true)
    // editors do not read the trail; auditors do
    expect((await payload.find({ collection: 'workflow-events' as never, ...as(editor) }).catch((e) => e)).status).toBe(403)
    expect((await payload.find({ collection: 'workflow-events' as never, ...as(auditor) })).totalDocs).toBeGreaterThan(0)
  })

  it('answers needs-info with a comment, cancels only their own open request', async () => {
    const r = await newRequest(requester)
    await expect(upd('communication-requests', r.id, { status: 'needs-info' }, head)).rejects.toMatchObject({ status: 400 })
    await upd('communication-requests', r.id, { status: 'needs-info', workflowComment: '¿Fecha y lugar?' }, head)
    await expect(upd('communication-requests', r.id, { status: 'submitted' }, requester)).rejects.toMatchObject({ status: 400 })
    await expect(upd('communication-requests', r.id, { status: 'submitted', workflowComment: 'x' }, outsider)).rejects.toBeTruthy()
    const back = await upd('communication-requests', r.id, { status: 'submitted', workflowComment: 'Sábado 10 a.m., plaza de Nariño', description: 'Con lugar y hora' }, requester)
    expect(back.status).toBe('submitted')
    const events = await f.events('communication-requests', r.id)
    expect(events.map((e) => [e.from, e.to, e.comment])).toEqual([
      [null, 'submitted', null],
      ['submitted', 'needs-info', '¿Fecha y lugar?'],
      ['needs-info', 'submitted', 'Sábado 10 a.m., plaza de Nariño'],
    ])
    // requester2 (same department) did not file it: may not cancel it; the filer may
    await expect(upd('communication-requests', r.id, { status: 'cancelled' }, requester2)).rejects.toMatchObject({ status: 400 })
    expect((await upd('communication-requests', r.id, { status: 'cancelled' }, requester)).status).toBe('cancelled')
  })

  it('does not edit a request under way; rates a delivered one, which closes it with a follow-up', async () => {
    const r = await f.request({ status: 'in-production', department: dep.id, requestedBy: requester.id })
    await expect(upd('communication-requests', r.id, { description: 'cambio tardío' }, requester)).rejects.toMatchObject({ status: 403 })
    await expect(upd('communication-requests', r.id, { satisfaction: { score: 5 } }, requester)).rejects.toMatchObject({ status: 400 })
    const d = await f.request({ status: 'delivered', department: dep.id, requestedBy: requester.id })
    await expect(upd('communication-requests', d.id, { satisfaction: { score: 7 } }, requester)).rejects.toBeTruthy()
    const closed = await upd('communication-requests', d.id, { satisfaction: { score: 4, comment: 'Buen trabajo' } }, requester)
    expect(closed.status).toBe('closed')
    const fu = await payload.find({ collection: 'follow-ups', where: { and: [{ kind: { equals: 'request-rated' } }, { subjectId: { equals: String(d.id) } }] }, depth: 0 })
    expect(fu.docs).toHaveLength(1)
    expect(fu.docs[0]).toMatchObject({ score: 4, department: dep.id })
  })
})

describe('triage, assignment and SLA', () => {
  it('accepting sets the due date from the largest product SLA in working days; assignment writes its own event', async () => {
    const r = await newRequest(requester, { products: [{ type: 'press-release' }, { type: 'graphic-piece' }] })
    const accepted = await upd('communication-requests', r.id, { status: 'accepted', assignees: [editor.id] }, head)
    const days = slaDaysFor(accepted.products, DEFAULT_SLA)
    expect(days).toBe(DEFAULT_SLA['graphic-piece'])
    expect(accepted.dueDate).toBe(dueDateFor(accepted.products, accepted.acceptedAt, DEFAULT_SLA))
    expect(isWorkingDay(bogotaDate(accepted.dueDate))).toBe(true)
    expect(workingDaysBetween(accepted.acceptedAt, accepted.dueDate)).toBe(days)
    const reread = (await payload.findByID({ collection: 'communication-requests', id: r.id, depth: 0 })) as any
    expect(reread.trafficLight).toBe('on-time')
    // assignees are the head's: an editor's forged assignment is dropped
    await upd('communication-requests', r.id, { assignees: [editor2.id] }, editor)
    expect((await get('communication-requests', r.id)).assignees.map(String)).toEqual([String(editor.id)])
    await upd('communication-requests', r.id, { assignees: [editor.id, editor2.id] }, head)
    const events = await f.events('communication-requests', r.id)
    expect(events.map((e) => e.kind)).toEqual(['created', 'transition', 'assignment', 'assignment'])
    expect(events[3].details.assignees.map(String)).toEqual([String(editor.id), String(editor2.id)])
  })

  it('shows the traffic light of open requests', async () => {
    const overdue = await f.request({ status: 'in-production', department: dep.id, dueDate: '2025-01-10T04:59:59.999Z' })
    const far = await f.request({ status: 'accepted', department: dep.id, dueDate: '2099-01-10T04:59:59.999Z' })
    const soon = await f.request({ status: 'in-review', department: dep.id, dueDate: new Date().toISOString() })
    const done = await f.request({ status: 'delivered', department: dep.id, dueDate: '2025-01-10T04:59:59.999Z' })
    const light = async (id: number | string) => ((await payload.findByID({ collection: 'communication-requests', id, depth: 0 })) as any).trafficLight
    expect(await light(overdue.id)).toBe('overdue')
    expect(await light(far.id)).toBe('on-time')
    expect(await light(soon.id)).toBe('due-soon')
    expect(await light(done.id)).toBeNull()
  })
})

describe('contents: four-eyes, publishing, _status and stage', () => {
  it('whoever authored or last edited a content cannot approve it', async () => {
    const c = (await payload.create({ collection: 'contents', data: { title: 'Boletín' } as never, ...as(editor) })) as any
    expect(String(c.createdBy)).toBe(String(editor.id))
    await upd('contents', c.id, { stage: 'in-review' }, editor)
    await expect(upd('contents', c.id, { stage: 'approved' }, editor)).rejects.toMatchObject({ status: 400 })
    // editor2 edits the text and approves in the same save: now the last editor → refused
    await expect(upd('contents', c.id, { stage: 'approved', summary: 'retocado' }, editor2)).rejects.toMatchObject({ status: 400 })
    await upd('contents', c.id, { summary: 'retocado por editor2' }, editor2)
    expect(String((await get('contents', c.id)).lastEditedBy)).toBe(String(editor2.id))
    await expect(upd('contents', c.id, { stage: 'approved' }, editor2)).rejects.toMatchObject({ status: 400 })
    // ticking the review checklist is not an edit
    const ok = await upd('contents', c.id, { stage: 'approved', reviewChecklist: { factsVerified: true } }, head)
    expect(ok.stage).toBe('approved')
    expect(ok._status).toBe('draft')
    // an approved content is locked for those who cannot publish
    await expect(upd('contents', c.id, { title: 'otro título' }, editor)).rejects.toMatchObject({ status: 403, message: 'Título: un contenido aprobado no se edita; pida cambios primero' })
  })

  it('_status and stage never disagree: Publish button, list-view bulk publish, stage: published', async () => {
    const inReview = await f.content({ stage: 'in-review', createdBy: editor.id })
    await expect(upd('contents', inReview.id, { _status: 'published' }, head)).rejects.toMatchObject({ status: 400 })
    expect(await get('contents', inReview.id)).toMatchObject({ stage: 'in-review', _status: 'draft' })
    const a = await approvedContent()
    await expect(upd('contents', a.id, { _status: 'published' }, editor)).rejects.toMatchObject({ status: 403 })
    await expect(upd('contents', a.id, { _status: 'published', stage: 'in-review' }, head)).rejects.toMatchObject({ status: 400 })
    const viaStatus = await upd('contents', a.id, { _status: 'published' }, head)
    expect(viaStatus).toMatchObject({ stage: 'published', _status: 'published' })
    expect(viaStatus.publishedAt).toBeTruthy()
    const b = await approvedContent()
    const viaStage = await upd('contents', b.id, { stage: 'published' }, head)
    expect(viaStage).toMatchObject({ stage: 'published', _status: 'published' })
    // bulk publish from the list view: update by where
    const c1 = await approvedContent({ tags: ['lote'] })
    const c2 = await f.content({ stage: 'changes-requested', createdBy: editor.id, tags: ['lote'] })
    const bulk = await payload.update({ collection: 'contents', where: { tags: { in: ['lote'] } }, data: { _status: 'published' } as never, ...as(head) })
    expect(bulk.docs.map((d: any) => String(d.id))).toEqual([String(c1.id)])
    expect(bulk.errors.map((e: any) => String(e.id))).toEqual([String(c2.id)])
    expect(await get('contents', c2.id)).toMatchObject({ stage: 'changes-requested', _status: 'draft' })
    // unpublish: head, stage and _status together
    const un = await upd('contents', b.id, { stage: 'unpublished' }, head)
    expect(un).toMatchObject({ stage: 'unpublished', _status: 'draft' })
    // a stage change is not saved as a draft
    const d = await f.content({ stage: 'draft', createdBy: editor.id })
    await expect(upd('contents', d.id, { stage: 'in-review' }, editor, { draft: true })).rejects.toMatchObject({
      status: 400,
      data: {
        errors: [
          expect.objectContaining({
            path: 'stage',
            // one language, states by their labels
            message: 'Etapa: un cambio de etapa («Borrador» → «En revisión») no se guarda como borrador; guarde o use los botones de transición',
          }),
        ],
      },
    })
    // a published piece is corrected as a draft by an editor, the live one stays
    const p = await f.content({ stage: 'published', createdBy: editor.id, title: 'En vivo' })
    await expect(upd('contents', p.id, { title: 'cambio directo' }, editor)).rejects.toMatchObject({ status: 403 })
    await upd('contents', p.id, { title: 'borrador de corrección' }, editor, { draft: true })
    expect(await get('contents', p.id)).toMatchObject({ title: 'En vivo', stage: 'published', _status: 'published' })
  })

  it('head force-publishes with a reason; another head or editor marks it reviewed through the audited path', async () => {
    const c = await f.content({ stage: 'in-review', createdBy: editor.id })
    await expect(upd('contents', c.id, { stage: 'published', workflowForce: true }, head)).rejects.toMatchObject({ status: 400 })
    await expect(upd('contents', c.id, { stage: 'published', workflowForce: true, workflowComment: 'x' }, editor)).rejects.toMatchObject({ status: 403 })
    const forced = await upd('contents', c.id, { stage: 'published', workflowForce: true, workflowComment: 'Alerta de emergencia por lluvias' }, head)
    expect(forced).toMatchObject({ stage: 'published', _status: 'published' })
    const [event] = (await f.events('contents', c.id)).slice(-1)
    expect(event).toMatchObject({ from: 'in-review', to: 'published', forced: true, comment: 'Alerta de emergencia por lluvias' })
    // nobody edits the trail, not even admin; not even system code outside the review path
    await expect(payload.update({ collection: 'workflow-events' as never, id: event.id, data: { comment: 'borrado' } as never, ...as(admin) })).rejects.toMatchObject({ status: 403 })
    await expect(payload.update({ collection: 'workflow-events' as never, id: event.id, data: { reviewNote: 'yo mismo' } as never })).rejects.toMatchObject({ status: 403 })
    await expect(payload.delete({ collection: 'workflow-events' as never, id: event.id, ...as(admin) })).rejects.toMatchObject({ status: 403 })
    await expect(payload.delete({ collection: 'workflow-events' as never, id: event.id })).rejects.toMatchObject({ status: 403 })
    // the forcing head does not review their own act; auditor may not; another head does
    const reqOf = async (user: TestUser) => {
      const { createLocalReq } = await import('payload')
      const full = await payload.findByID({ collection: 'users', id: user.id, depth: 0 })
      return createLocalReq({ user: { ...full, collection: 'users' } as never }, payload)
    }
    await expect(markForcedEventReviewed(await reqOf(head), { eventId: event.id, note: 'ok' })).rejects.toMatchObject({ status: 403 })
    await expect(markForcedEventReviewed(await reqOf(auditor), { eventId: event.id, note: 'ok' })).rejects.toMatchObject({
      status: 403,
      message: 'Revisión de publicaciones forzadas: solo jefe o editor revisan publicaciones forzadas',
    })
    await expect(markForcedEventReviewed(await reqOf(head2), { eventId: event.id, note: ' ' })).rejects.toMatchObject({ status: 400 })
    await markForcedEventReviewed(await reqOf(head2), { eventId: event.id, note: 'Justificada: emergencia real' })
    const reviewed = (await payload.findByID({ collection: 'workflow-events' as never, id: event.id, depth: 0 })) as any
    expect(reviewed).toMatchObject({ reviewedBy: head2.id, reviewNote: 'Justificada: emergencia real', comment: event.comment, to: 'published' })
    await expect(markForcedEventReviewed(await reqOf(editor2), { eventId: event.id, note: 'otra vez' })).rejects.toMatchObject({
      status: 409,
      message: 'Revisión de publicaciones forzadas: el evento ya fue revisado',
    })
    const last = (await f.events('contents', c.id)).at(-1)
    expect(last).toMatchObject({ kind: 'forced-review', actor: head2.id })
  })
})

describe('request ↔ content: delivery and follow-ups', () => {
  it('publishing the last deliverable delivers the request (actor = publisher) with follow-ups and a measurement job', async () => {
    const r = await f.request({ status: 'in-production', department: dep.id, requestedBy: requester.id, acceptedAt: '2026-06-12T15:00:00Z', dueDate: '2099-01-01T04:59:59.999Z', products: [{ type: 'news' }, { type: 'social-post' }] })
    const made = (await payload.create({ collection: 'contents', data: { title: 'Nota 1', request: r.id, channels: ['web'] } as never, ...as(editor) })) as any
    const other = await approvedContent({ request: r.id, kind: 'social-post', channels: ['facebook'] })
    await expect(payload.create({ collection: 'contents', data: { title: 'x', request: (await f.request({ status: 'submitted', department: dep.id })).id } as never, ...as(editor) })).rejects.toMatchObject({ status: 400 })
    await upd('contents', other.id, { stage: 'published' }, head)
    expect((await get('communication-requests', r.id)).status).toBe('in-production') // one deliverable still pending
    await f.content({ stage: 'approved', createdBy: editor.id }) // unrelated
    await payload.update({ collection: 'contents', id: made.id, data: { stage: 'approved' } as never, context: { skipWorkflow: true } })
    await upd('contents', made.id, { _status: 'published' }, head)
    const delivered = await get('communication-requests', r.id)
    expect(delivered.status).toBe('delivered')
    expect(delivered.deliveredAt).toBeTruthy()
    const last = (await f.events('communication-requests', r.id)).at(-1)
    expect(last).toMatchObject({ from: 'in-production', to: 'delivered', actor: head.id })
    // the cause is stored; the timeline names it in each reader's language
    expect(last!.details).toMatchObject({ cause: 'delivered', published: 2 })
    expect(trIn('es', 'followsDelivered', last!.details)).toBe('entregada automáticamente: sus 2 entregable(s) están publicados')
    expect(trIn('en', 'followsDelivered', last!.details)).toBe('delivered automatically: all 2 deliverable(s) are published')
    const fus = (await payload.find({ collection: 'follow-ups', where: { or: [{ subjectId: { equals: String(r.id) } }, { subjectId: { in: [String(made.id), String(other.id)] } }] }, pagination: false, depth: 0 })).docs as any[]
    const delivery = fus.find((x) => x.kind === 'request-delivered')
    expect(delivery).toMatchObject({ onTime: true, department: dep.id, leadTimeDays: workingDaysBetween('2026-06-12T15:00:00Z', delivered.deliveredAt) })
    const published = fus.filter((x) => x.kind === 'content-published')
    expect(published).toHaveLength(2)
    expect(published.find((x) => String(x.subjectId) === String(other.id))).toMatchObject({ contentKind: 'social-post', channels: ['facebook'], department: dep.id })
    // the measurement job waits a week; run it now by moving waitUntil back
    const jobs = await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'pregoneroMeasureContent' } }, pagination: false, depth: 0 })
    const mine = (jobs.docs as any[]).filter((j) => [String(made.id), String(other.id)].includes(j.input.contentId))
    expect(mine).toHaveLength(2)
    expect(new Date(mine[0].waitUntil).getTime()).toBeGreaterThan(Date.now() + 6 * 24 * 3600 * 1000)
    for (const job of mine) await payload.update({ collection: 'payload-jobs', id: job.id, data: { waitUntil: new Date(Date.now() - 1000).toISOString() } as never })
    // Notification jobs share the queue: run only the measurements.
    await payload.jobs.run({ queue: 'pregonero', where: { taskSlug: { equals: 'pregoneroMeasureContent' } } })
    const measures = await payload.find({ collection: 'follow-ups', where: { and: [{ kind: { equals: 'content-measurement' } }, { subjectId: { equals: String(other.id) } }] }, depth: 0 })
    expect(measures.docs).toHaveLength(1)
    expect((measures.docs[0] as any).values).toMatchObject({ mentions: 0 })
  })
})

describe('atomicity and skipWorkflow', () => {
  it('a failure after the audit row was written leaves neither the change nor the row', async () => {
    const r = await f.request({ status: 'submitted', department: dep.id })
    await expect(upd('communication-requests', r.id, { status: 'accepted' }, head, { context: { workflowFailAt: 'after-event' } })).rejects.toThrow(/fallo inyectado/)
    expect((await get('communication-requests', r.id)).status).toBe('submitted')
    expect(await f.events('communication-requests', r.id)).toHaveLength(0)
    // a publication failing after its follow-up, job and the request's delivery: all rolled back
    const req2 = await f.request({ status: 'in-review', department: dep.id })
    const c = await approvedContent({ request: req2.id, kind: 'press-release' })
    await expect(upd('contents', c.id, { stage: 'published' }, head, { context: { workflowFailAt: 'after-side-effects' } })).rejects.toThrow(/fallo inyectado/)
    expect(await get('contents', c.id)).toMatchObject({ stage: 'approved', _status: 'draft' })
    expect((await get('communication-requests', req2.id)).status).toBe('in-review')
    expect(await f.events('contents', c.id)).toHaveLength(0)
    expect(await f.events('communication-requests', req2.id)).toHaveLength(0)
    expect((await payload.count({ collection: 'follow-ups', where: { or: [{ and: [{ subjectCollection: { equals: 'contents' } }, { subjectId: { equals: String(c.id) } }] }, { and: [{ subjectCollection: { equals: 'communication-requests' } }, { subjectId: { equals: String(req2.id) } }] }] } })).totalDocs).toBe(0)
    expect((await payload.count({ collection: 'payload-jobs', where: { 'input.contentId': { equals: String(c.id) } } as never })).totalDocs).toBe(0)
    // and the same publication without the fault goes through
    await upd('contents', c.id, { stage: 'published' }, head)
    expect((await get('communication-requests', req2.id)).status).toBe('delivered')
  })

  it('skipWorkflow (system code) bypasses guards and side effects, keeping _status in step', async () => {
    const c = await f.content({ stage: 'draft' })
    const p = (await payload.update({ collection: 'contents', id: c.id, data: { stage: 'published' } as never, context: { skipWorkflow: true } })) as any
    expect(p).toMatchObject({ stage: 'published', _status: 'published' })
    expect(await f.events('contents', c.id)).toHaveLength(0)
    expect((await payload.count({ collection: 'follow-ups', where: { and: [{ subjectCollection: { equals: 'contents' } }, { subjectId: { equals: String(c.id) } }] } })).totalDocs).toBe(0)
  })
})
