import { bootPayload, type Booted } from '../../helpers/bootPayload.js'
import { makeContent, makeDepartment, makeRequest, makeUser, type TestUser } from '../../helpers/fixtures.js'
import { errorText, type Id } from './fixtures.js'

let app: Booted
let head: TestUser
let editor: TestUser
let auditor: TestUser
let dep: Id

beforeAll(async () => {
  app = await bootPayload()
  dep = (await makeDepartment(app.payload, 'SAL', 'Secretaría de Salud')).id
  head = await makeUser(app.payload, ['head'], { email: 'jefe@pasto.gov.co' })
  editor = await makeUser(app.payload, ['editor'], { email: 'editor@pasto.gov.co' })
  auditor = await makeUser(app.payload, ['auditor'], { email: 'control@pasto.gov.co' })
})
afterAll(() => app.close())

const get = async (collection: 'communication-plans' | 'plan-actions', id: Id) =>
  (await app.payload.findByID({ collection, id, depth: 0 })) as unknown as Record<string, any>

describe('communication plans and derived progress', () => {
  let planId: Id
  let actionA: Id
  let actionB: Id

  it('creates a plan in draft and only the head approves it (stamped)', async () => {
    const plan = await app.payload.create({
      collection: 'communication-plans',
      data: { title: 'Plan de Comunicaciones 2026', year: 2026, scope: 'external', objective: 'Informar a la ciudadanía' } as never,
      user: head,
      overrideAccess: false,
    })
    planId = plan.id
    expect((plan as any).status).toBe('draft')
    await expect(
      app.payload.update({ collection: 'communication-plans', id: planId, data: { status: 'approved' } as never, user: editor, overrideAccess: false }),
    ).rejects.toThrow()
    expect(
      await errorText(app.payload.update({ collection: 'communication-plans', id: planId, data: { status: 'closed' } as never, user: head, overrideAccess: false })),
    ).toMatch(/400.*«Borrador».*«Cerrado»/)
    const approved = await app.payload.update({ collection: 'communication-plans', id: planId, data: { status: 'approved' } as never, user: head, overrideAccess: false })
    expect((approved as any).approval.approvedBy).toBeTruthy()
    expect((approved as any).approval.approvedAt).toBeTruthy()
  })

  it('derives action progress from its evidence, across evidence changes', async () => {
    const a = await app.payload.create({
      collection: 'plan-actions',
      data: { plan: planId, title: 'Boletines de salud', responsible: editor.id, start: '2026-01-01', end: '2026-12-31', target: 4, unit: 'boletines', budget: { planned: 1000, executed: 250 } } as never,
      user: head,
      overrideAccess: false,
    })
    actionA = a.id
    expect((await get('plan-actions', actionA)).progress).toBe(0)

    // two contents linked: one published, one draft → 1/4 = 25 %
    const c1 = await makeContent(app.payload, { title: 'Boletín 1', planAction: actionA, stage: 'published', publishedAt: '2026-02-01' })
    const c2 = await makeContent(app.payload, { title: 'Boletín 2', planAction: actionA })
    let action = await get('plan-actions', actionA)
    expect(action.progress).toBe(25)
    expect(action.evidenceTotal).toBe(2)
    expect(action.evidenceDone).toBe(1)
    expect(action.status).toBe('in-progress')

    // a request delivered → 2/4 = 50 %
    const r = await makeRequest(app.payload, { department: dep, planAction: actionA, status: 'in-production' })
    expect((await get('plan-actions', actionA)).progress).toBe(25)
    await app.payload.update({ collection: 'communication-requests', id: r.id, data: { status: 'delivered' } as never, context: { skipWorkflow: true } })
    expect((await get('plan-actions', actionA)).progress).toBe(50)

    // the second content published → 75 %
    await app.payload.update({ collection: 'contents', id: c2.id, data: { stage: 'published' } as never, context: { skipWorkflow: true } })
    expect((await get('plan-actions', actionA)).progress).toBe(75)

    // unpublishing one goes back to 50 %; moving it to another action too
    await app.payload.update({ collection: 'contents', id: c1.id, data: { stage: 'unpublished' } as never, context: { skipWorkflow: true } })
    expect((await get('plan-actions', actionA)).progress).toBe(50)

    const b = await app.payload.create({
      collection: 'plan-actions',
      data: { plan: planId, title: 'Rendición de cuentas', responsible: editor.id, start: '2026-01-01', end: '2026-06-30', budget: { planned: 500, executed: 100 } } as never,
      user: head,
      overrideAccess: false,
    })
    actionB = b.id
    await app.payload.update({ collection: 'contents', id: c2.id, data: { planAction: actionB } as never, context: { skipWorkflow: true } })
    expect((await get('plan-actions', actionA)).progress).toBe(25) // only the request left (1/4)
    action = await get('plan-actions', actionB)
    expect(action.progress).toBe(100) // no target: 1 of 1 linked evidence done
    expect(action.status).toBe('completed')
  })

  it('counts accountability commitments and finished campaigns as evidence', async () => {
    const campaign = await app.payload.create({
      collection: 'campaigns',
      data: {
        name: 'Rendición de cuentas 2026',
        kind: 'accountability',
        objective: 'Informar la gestión',
        period: { start: '2026-03-01', end: '2026-05-31' },
        planAction: actionB,
        budget: { planned: 2000, executed: 1500 },
        commitments: [
          { commitment: 'Publicar informe de gestión', owner: editor.id, dueDate: '2026-04-30', status: 'pending' },
          { commitment: 'Responder preguntas ciudadanas', owner: editor.id, dueDate: '2026-05-15', status: 'pending' },
        ],
      } as never,
      user: head,
      overrideAccess: false,
    })
    // action B: content (done) + campaign (planned) + 2 commitments (pending) → 1/4 = 25 %
    let action = await get('plan-actions', actionB)
    expect(action.evidenceTotal).toBe(4)
    expect(action.progress).toBe(25)
    const commitments = (campaign as any).commitments
    await app.payload.update({
      collection: 'campaigns',
      id: campaign.id,
      data: { commitments: [{ ...commitments[0], status: 'fulfilled' }, commitments[1]] } as never,
      user: head,
      overrideAccess: false,
    })
    action = await get('plan-actions', actionB)
    expect(action.progress).toBe(50)
    const updated = (await app.payload.findByID({ collection: 'campaigns', id: campaign.id })) as any
    expect(updated.commitments[0].fulfilledAt).toBeTruthy()
    // status machine: planned → active → finished (evidence) ; skipping is refused
    expect(
      await errorText(app.payload.update({ collection: 'campaigns', id: campaign.id, data: { status: 'finished' } as never, user: head, overrideAccess: false })),
    ).toMatch(/«Planeada».*«Finalizada»/)
    await app.payload.update({ collection: 'campaigns', id: campaign.id, data: { status: 'active' } as never, user: head, overrideAccess: false })
    await app.payload.update({ collection: 'campaigns', id: campaign.id, data: { status: 'finished' } as never, user: head, overrideAccess: false })
    expect((await get('plan-actions', actionB)).progress).toBe(75)
    expect(
      await errorText(app.payload.update({ collection: 'campaigns', id: campaign.id, data: { status: 'evaluated' } as never, user: head, overrideAccess: false })),
    ).toMatch(/resumen de resultados/)
    // a non-accountability campaign refuses commitments
    expect(await errorText(
      app.payload.create({
        collection: 'campaigns',
        data: { name: 'X', kind: 'awareness', objective: 'o', period: { start: '2026-01-01', end: '2026-01-31' }, commitments: [{ commitment: 'c', owner: editor.id, dueDate: '2026-01-02' }] } as never,
        user: head,
        overrideAccess: false,
      }),
    )).toMatch(/commitments: Compromisos con la ciudadanía: solo las campañas de rendición de cuentas llevan compromisos$/)
  })

  it('plan progress is the mean of its actions and budget totals sum actions and campaigns', async () => {
    const a = await get('plan-actions', actionA)
    const b = await get('plan-actions', actionB)
    const plan = await get('communication-plans', planId)
    expect(plan.actionCount).toBe(2)
    expect(plan.progress).toBe(Math.round(((a.progress + b.progress) / 2) * 10) / 10)
    expect(plan.progress).toBe(50) // (25 + 75) / 2
    expect(plan.budgetTotals).toEqual({ planned: 1000 + 500 + 2000, executed: 250 + 100 + 1500 })
  })

  it('progress and budget totals are never typed in (API or Local API)', async () => {
    await app.payload.update({ collection: 'plan-actions', id: actionA, data: { progress: 99, status: 'completed', title: 'Boletines de salud (editado)' } as never, user: head, overrideAccess: false })
    let action = await get('plan-actions', actionA)
    expect(action.progress).toBe(25)
    expect(action.status).toBe('in-progress')
    expect(action.title).toBe('Boletines de salud (editado)')
    await app.payload.update({ collection: 'plan-actions', id: actionA, data: { progress: 80 } as never })
    action = await get('plan-actions', actionA)
    expect(action.progress).toBe(25)
    await app.payload.update({ collection: 'communication-plans', id: planId, data: { progress: 100, budgetTotals: { planned: 1, executed: 1 } } as never })
    const plan = await get('communication-plans', planId)
    expect(plan.progress).toBe(50)
    expect(plan.budgetTotals.planned).toBe(3500)
  })

  it('auditors read plans and actions but change nothing', async () => {
    const { docs } = await app.payload.find({ collection: 'plan-actions', user: auditor, overrideAccess: false })
    expect(docs.length).toBe(2)
    await expect(
      app.payload.update({ collection: 'plan-actions', id: actionA, data: { title: 'x' } as never, user: auditor, overrideAccess: false }),
    ).rejects.toThrow()
    await expect(
      app.payload.create({ collection: 'communication-plans', data: { title: 'x', year: 2026, scope: 'internal', objective: 'x' } as never, user: auditor, overrideAccess: false }),
    ).rejects.toThrow()
  })
})
