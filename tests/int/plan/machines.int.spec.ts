/**
 * The planning machines on the state-machine engine (issue 14, item 3): communication plans,
 * guidelines, campaigns and plan actions (and improvement actions, which had the same second checker). For each, over the Local API (`overrideAccess: false`)
 * and REST (the app's real route handlers): an illegal move (400) and a forbidden role (403) are
 * refused naming from/to and change nothing; an applied transition writes exactly one trail row
 * (kind `transition`, from, to, actor, comment), in the transaction of the change — a failing later
 * hook leaves neither the change nor the row; `GET /:id/transitions` lists what that user may do.
 */
import type { Payload } from 'payload'

import { bootPayload, type Booted } from '../../helpers/bootPayload.js'
import { restClient } from '../../helpers/rest.js'
import { makeUser, TEST_PASSWORD } from '../../helpers/fixtures.js'

type Who = 'admin' | 'auditor' | 'community' | 'editor' | 'head'
type Id = number

let app: Booted
let payload: Payload
let rest: ReturnType<typeof restClient>
const users = {} as Record<Who, Awaited<ReturnType<typeof makeUser>>>
const tokens = {} as Record<Who, string>

beforeAll(async () => {
  app = await bootPayload()
  payload = app.payload
  rest = restClient(payload.config)
  for (const role of ['admin', 'auditor', 'community', 'editor', 'head'] as const) {
    users[role] = await makeUser(payload, [role])
    tokens[role] = await rest.login(users[role].email, TEST_PASSWORD)
  }
}, 120_000)
afterAll(() => app.close())

const as = (who: Who) => ({ user: users[who], overrideAccess: false as const })

/** The document's trail rows (of one kind), oldest first. */
const rows = async (collection: string, id: Id, kind?: string) =>
  (
    await payload.find({
      collection: 'workflow-events',
      where: { and: [{ collection: { equals: collection } }, { document: { equals: String(id) } }, ...(kind ? [{ kind: { equals: kind } }] : [])] },
      sort: 'id',
      pagination: false,
      depth: 0,
    })
  ).docs as unknown as Array<Record<string, unknown>>

const refusal = async (promise: Promise<unknown>): Promise<{ status?: number; message: string }> => {
  try {
    await promise
  } catch (error) {
    return { status: (error as { status?: number }).status, message: (error as Error).message }
  }
  throw new Error('expected a refusal')
}

/** The message names the field and the move. */
/** The states' Spanish labels (refusals name states by their labels, never by their codes). */
const LABELS: Record<string, string> = {
  draft: 'Borrador', approved: 'Aprobado', 'in-execution': 'En ejecución', closed: 'Cerrado', published: 'Publicado al personal', withdrawn: 'Retirado',
  planned: 'Planeada', finished: 'Finalizada', evaluated: 'Evaluada', pending: 'Sin iniciar', open: 'Abierta', done: 'Ejecutada', 'verified-effective': 'Verificada eficaz',
}
const namesMove = (message: string, from: string, to: string) => {
  expect(message).toMatch(new RegExp(`«${LABELS[from] ?? from}».*«${LABELS[to] ?? to}»`, 's'))
  // no field key, no state code
  expect(message).not.toMatch(/^status:/)
}

const patch = (collection: string, id: Id, who: Who, body: Record<string, unknown>, language?: string) =>
  rest.patch(`/${collection}/${id}`, body, { token: tokens[who], headers: language ? { 'Accept-Language': language } : undefined })

/** What `GET /:id/transitions` offers this user (the admin's buttons). */
const offered = async (collection: string, id: Id, who: Who) => {
  const res = await rest.get(`/${collection}/${id}/transitions`, { token: tokens[who] })
  expect(res.status).toBe(200)
  return (res.json.allowed as Array<{ to: string }>).map((entry) => entry.to).sort()
}

const statusOf = async (collection: 'campaigns' | 'communication-plans' | 'guidelines' | 'improvement-actions' | 'plan-actions', id: Id) =>
  ((await payload.findByID({ collection, id, depth: 0 })) as unknown as { status: string }).status

const injected = { context: { workflowFailAt: 'after-event' } }

describe('communication plans', () => {
  const slug = 'communication-plans'
  let id: Id

  it('a plan starts in draft, with its "created" row', async () => {
    const plan = await payload.create({ collection: slug, data: { title: 'Plan de Comunicaciones 2026', year: 2026, scope: 'external', objective: 'Informar', status: 'draft' }, ...as('head') })
    id = plan.id
    expect(plan.status).toBe('draft')
    expect(await rows(slug, id)).toMatchObject([{ kind: 'created', from: null, to: 'draft', actor: users.head.id }])
    expect(await refusal(payload.create({ collection: slug, data: { title: 'x', year: 2026, scope: 'internal', objective: 'x', status: 'approved' }, ...as('head') }))).toMatchObject({
      status: 400,
      message: expect.stringMatching(/«Borrador».*«Aprobado»/),
    })
  })

  it('refuses an illegal move and a forbidden role naming from/to, in the caller\'s language, and changes nothing', async () => {
    const illegal = await refusal(payload.update({ collection: slug, id, data: { status: 'closed' }, ...as('head') }))
    expect(illegal.status).toBe(400)
    namesMove(illegal.message, 'draft', 'closed')
    expect(illegal.message).toContain('Aprobado') // what the head may do instead
    const illegalRest = await patch(slug, id, 'head', { status: 'closed' })
    expect(illegalRest.status).toBe(400)
    namesMove(illegalRest.json.errors[0].message, 'draft', 'closed')
    const english = await patch(slug, id, 'head', { status: 'closed' }, 'en')
    expect(english.json.errors[0].message).toMatch(/^Moving from "Draft" to "Closed" is not allowed/)

    // Approval is the head's: an administrator may update plans but not approve one.
    const forbidden = await refusal(payload.update({ collection: slug, id, data: { status: 'approved' }, ...as('admin') }))
    expect(forbidden.status).toBe(403)
    namesMove(forbidden.message, 'draft', 'approved')
    const forbiddenRest = await patch(slug, id, 'admin', { status: 'approved' })
    expect(forbiddenRest.status).toBe(403)
    namesMove(forbiddenRest.json.errors[0].message, 'draft', 'approved')

    expect(await statusOf(slug, id)).toBe('draft')
    expect(await rows(slug, id, 'transition')).toEqual([])
  })

  it('GET /:id/transitions lists what each user may do', async () => {
    expect(await offered(slug, id, 'head')).toEqual(['approved'])
    expect(await offered(slug, id, 'admin')).toEqual([])
    expect(await offered(slug, id, 'auditor')).toEqual([])
    expect((await rest.get(`/${slug}/${id}/transitions`)).status).toBe(401)
  })

  it('an applied transition writes exactly one trail row, in the transaction of the change', async () => {
    // A hook failing after the row was written leaves neither the change nor the row.
    await expect(payload.update({ collection: slug, id, data: { status: 'approved' }, ...as('head'), ...injected })).rejects.toThrow(/workflowFailAt/)
    expect(await statusOf(slug, id)).toBe('draft')
    expect(await rows(slug, id, 'transition')).toEqual([])

    const approved = await patch(slug, id, 'head', { status: 'approved', workflowComment: 'Aprobado en el comité de comunicaciones' })
    expect(approved.status).toBe(200)
    expect(approved.json.doc.approval.approvedAt).toBeTruthy()
    expect(await rows(slug, id, 'transition')).toMatchObject([
      { from: 'draft', to: 'approved', actor: users.head.id, comment: 'Aprobado en el comité de comunicaciones', forced: false },
    ])
    expect(await offered(slug, id, 'admin')).toEqual(['draft', 'in-execution'])

    await payload.update({ collection: slug, id, data: { status: 'in-execution' }, ...as('admin') })
    const transitions = await rows(slug, id, 'transition')
    expect(transitions).toHaveLength(2)
    expect(transitions[1]).toMatchObject({ from: 'approved', to: 'in-execution', actor: users.admin.id, comment: null })
    expect(await offered(slug, id, 'head')).toEqual(['closed'])
  })

  it('restoring an old version is a move like any other: judged by the machine', async () => {
    const versions = (await payload.findVersions({ collection: slug, where: { parent: { equals: id } }, sort: 'createdAt', depth: 0 })).docs
    const draftVersion = versions.find((version) => version.version.status === 'draft')!
    const local = await refusal(payload.restoreVersion({ collection: slug, id: String(draftVersion.id), ...as('head') }))
    expect(local.status).toBe(400)
    namesMove(local.message, 'in-execution', 'draft')
    const viaRest = await rest.post(`/${slug}/versions/${draftVersion.id}`, undefined, { token: tokens.head })
    expect(viaRest.status).toBe(400)
    namesMove(viaRest.json.errors[0].message, 'in-execution', 'draft')
    expect(await statusOf(slug, id)).toBe('in-execution')
    expect(await rows(slug, id, 'transition')).toHaveLength(2)
  })

  it('its trail is read like a request\'s: the timeline\'s query and the CSV export', async () => {
    const query = `/workflow-events?where[collection][equals]=${slug}&where[document][equals]=${id}&sort=at`
    const byAuditor = await rest.get(query, { token: tokens.auditor })
    expect(byAuditor.status).toBe(200)
    expect(byAuditor.json.docs.map((row: { kind: string; to: string }) => `${row.kind}:${row.to}`)).toEqual(['created:draft', 'transition:approved', 'transition:in-execution'])
    expect((await rest.get(query, { token: tokens.editor })).status).toBe(403)
    const csv = await rest.get(`/pregonero/workflow-events.csv?collection=${slug}&document=${id}`, { token: tokens.head })
    expect(csv.status).toBe(200)
    expect(csv.text).toMatch(new RegExp(`,${id},[^,]*,Borrador,Aprobad[oa],.*Aprobado en el comité de comunicaciones,Transición,No,[^,]+,${slug},draft,approved,transition`))
  })
})

describe('guidelines', () => {
  const slug = 'guidelines'
  let id: Id

  it('a guideline starts in draft, with its "created" row', async () => {
    const doc = await payload.create({
      collection: slug,
      data: { code: 'LIN-MAQ', title: 'Lineamientos de redes sociales', kind: 'guideline', owner: users.head.id, reviewDate: '2030-01-01', summary: 'v1', status: 'draft' },
      ...as('head'),
    })
    id = doc.id
    expect(await rows(slug, id)).toMatchObject([{ kind: 'created', to: 'draft', actor: users.head.id }])
  })

  it('refuses an illegal move and a forbidden role naming from/to, and changes nothing', async () => {
    const illegal = await refusal(payload.update({ collection: slug, id, data: { status: 'published' }, ...as('head') }))
    expect(illegal.status).toBe(400)
    namesMove(illegal.message, 'draft', 'published')
    const illegalRest = await patch(slug, id, 'admin', { status: 'withdrawn' })
    expect(illegalRest.status).toBe(400)
    namesMove(illegalRest.json.errors[0].message, 'draft', 'withdrawn')

    const forbidden = await refusal(payload.update({ collection: slug, id, data: { status: 'approved' }, ...as('admin') }))
    expect(forbidden.status).toBe(403)
    namesMove(forbidden.message, 'draft', 'approved')
    const forbiddenRest = await patch(slug, id, 'admin', { status: 'approved' })
    expect(forbiddenRest.status).toBe(403)
    namesMove(forbiddenRest.json.errors[0].message, 'draft', 'approved')

    expect(await statusOf(slug, id)).toBe('draft')
    expect(await rows(slug, id, 'transition')).toEqual([])
  })

  it('an applied transition writes exactly one trail row, in the transaction of the change; the buttons follow', async () => {
    expect(await offered(slug, id, 'head')).toEqual(['approved'])
    expect(await offered(slug, id, 'admin')).toEqual([])
    await expect(payload.update({ collection: slug, id, data: { status: 'approved' }, ...as('head'), ...injected })).rejects.toThrow(/workflowFailAt/)
    expect(await statusOf(slug, id)).toBe('draft')
    expect(await rows(slug, id, 'transition')).toEqual([])

    const approved = await patch(slug, id, 'head', { status: 'approved' })
    expect(approved.status).toBe(200)
    expect(approved.json.doc.versionNumber).toBe(1)
    expect(await rows(slug, id, 'transition')).toMatchObject([{ from: 'draft', to: 'approved', actor: users.head.id }])
    expect(await offered(slug, id, 'admin')).toEqual(['draft', 'published'])

    await payload.update({ collection: slug, id, data: { status: 'published', workflowComment: 'Socializado en la intranet' }, ...as('admin') })
    // Changing the text of a published guideline sends it back to draft: that move is in the trail too.
    await payload.update({ collection: slug, id, data: { summary: 'v2' }, ...as('head') })
    expect((await rows(slug, id, 'transition')).map((row) => [row.from, row.to, row.actor, row.comment])).toEqual([
      ['draft', 'approved', users.head.id, null],
      ['approved', 'published', users.admin.id, 'Socializado en la intranet'],
      ['published', 'draft', users.head.id, null],
    ])
  })
})

describe('campaigns', () => {
  const slug = 'campaigns'
  let id: Id

  it('a campaign starts planned, with its "created" row', async () => {
    const doc = await payload.create({
      collection: slug,
      data: { name: 'Pasto sin pólvora', kind: 'awareness', objective: 'Prevenir quemados', audience: 'external', period: { start: '2026-12-01', end: '2027-01-10' }, status: 'planned' },
      ...as('head'),
    })
    id = doc.id
    expect(doc.status).toBe('planned')
    expect(await rows(slug, id)).toMatchObject([{ kind: 'created', to: 'planned', actor: users.head.id }])
  })

  it('refuses an illegal move naming from/to, and changes nothing', async () => {
    const illegal = await refusal(payload.update({ collection: slug, id, data: { status: 'finished' }, ...as('editor') }))
    expect(illegal.status).toBe(400)
    namesMove(illegal.message, 'planned', 'finished')
    expect(illegal.message).toContain('Activa')
    const illegalRest = await patch(slug, id, 'community', { status: 'evaluated' })
    expect(illegalRest.status).toBe(400)
    namesMove(illegalRest.json.errors[0].message, 'planned', 'evaluated')
    expect(await statusOf(slug, id)).toBe('planned')
    expect(await rows(slug, id, 'transition')).toEqual([])
  })

  it('an applied transition writes exactly one trail row, in the transaction of the change', async () => {
    expect(await offered(slug, id, 'editor')).toEqual(['active'])
    expect(await offered(slug, id, 'auditor')).toEqual([])
    const active = await patch(slug, id, 'editor', { status: 'active', workflowComment: 'Arranca con la temporada' })
    expect(active.status).toBe(200)
    expect(await rows(slug, id, 'transition')).toMatchObject([{ from: 'planned', to: 'active', actor: users.editor.id, comment: 'Arranca con la temporada' }])

    await expect(payload.update({ collection: slug, id, data: { status: 'finished' }, ...as('community'), ...injected })).rejects.toThrow(/workflowFailAt/)
    expect(await statusOf(slug, id)).toBe('active')
    expect(await rows(slug, id, 'transition')).toHaveLength(1)
    await payload.update({ collection: slug, id, data: { status: 'finished' }, ...as('community') })
    expect((await rows(slug, id, 'transition'))[1]).toMatchObject({ from: 'active', to: 'finished', actor: users.community.id })
  })

  it('evaluating needs the results and the head or an admin: a forbidden role is refused naming from/to', async () => {
    // Without the results summary nobody is offered the evaluation; asking for it names the field.
    expect(await offered(slug, id, 'head')).toEqual([])
    const noSummary = await refusal(payload.update({ collection: slug, id, data: { status: 'evaluated' }, ...as('head') }))
    expect(noSummary.status).toBe(400)
    expect(noSummary.message).toMatch(/«Finalizada».*«Evaluada».*resumen de resultados/)
    await payload.update({ collection: slug, id, data: { evaluation: { summary: 'Cero quemados en la comuna 10', reach: 12000 } }, ...as('editor') })

    expect(await offered(slug, id, 'head')).toEqual(['evaluated'])
    expect(await offered(slug, id, 'editor')).toEqual([])
    const forbidden = await refusal(payload.update({ collection: slug, id, data: { status: 'evaluated' }, ...as('editor') }))
    expect(forbidden.status).toBe(403)
    namesMove(forbidden.message, 'finished', 'evaluated')
    const forbiddenRest = await patch(slug, id, 'community', { status: 'evaluated' })
    expect(forbiddenRest.status).toBe(403)
    namesMove(forbiddenRest.json.errors[0].message, 'finished', 'evaluated')
    expect(await statusOf(slug, id)).toBe('finished')

    expect((await patch(slug, id, 'head', { status: 'evaluated' })).status).toBe(200)
    expect((await rows(slug, id, 'transition')).map((row) => row.to)).toEqual(['active', 'finished', 'evaluated'])
  })
})

describe('plan actions (a status only the system moves, as its evidence changes)', () => {
  const slug = 'plan-actions'
  let id: Id

  it('an action starts pending, with its "created" row; nobody is offered a transition', async () => {
    const plan = await payload.create({ collection: 'communication-plans', data: { title: 'Plan', year: 2026, scope: 'internal', objective: 'o', status: 'approved' }, context: { skipWorkflow: true } })
    const action = await payload.create({
      collection: slug,
      data: { plan: plan.id, title: 'Boletines internos', responsible: users.editor.id, start: '2026-01-01', end: '2026-12-31', target: 2 },
      ...as('head'),
    })
    id = action.id
    expect(action.status).toBe('pending')
    expect(await rows(slug, id)).toMatchObject([{ kind: 'created', to: 'pending', actor: users.head.id }])
    expect(await offered(slug, id, 'head')).toEqual([])
    expect(await offered(slug, id, 'admin')).toEqual([])
  })

  it('a person never moves it: a status they send is not applied and writes no row', async () => {
    const viaRest = await patch(slug, id, 'head', { status: 'completed' })
    expect(viaRest.status).toBe(200)
    expect(viaRest.json.doc.status).toBe('pending')
    await payload.update({ collection: slug, id, data: { status: 'completed' }, ...as('admin') })
    expect(await statusOf(slug, id)).toBe('pending')
    expect(await rows(slug, id, 'transition')).toEqual([])
  })

  it('system code cannot jump outside the machine: refused naming from/to', async () => {
    const illegal = await refusal(payload.update({ collection: slug, id, data: { status: 'archived' } as never, context: { pregoneroDerived: true } }))
    expect(illegal.status).toBe(400)
    namesMove(illegal.message, 'pending', 'archived')
  })

  it('each move of its progress writes exactly one row, credited to whoever caused it, in the transaction of the change', async () => {
    // A published deliverable linked by system code (a fixture) moves it without a row…
    await payload.create({
      collection: 'contents',
      data: { title: 'Boletín 1', kind: 'news', audience: 'internal', stage: 'published', planAction: id },
      context: { skipWorkflow: true },
    })
    expect(await statusOf(slug, id)).toBe('in-progress')
    expect(await rows(slug, id, 'transition')).toEqual([])

    // …a person's change that completes it writes the system's transition, with that person as actor.
    await expect(payload.update({ collection: slug, id, data: { target: 1 }, ...as('head'), ...injected })).rejects.toThrow(/workflowFailAt/)
    expect(await statusOf(slug, id)).toBe('in-progress')
    expect(await rows(slug, id, 'transition')).toEqual([])

    const viaRest = await patch(slug, id, 'head', { target: 1 })
    expect(viaRest.status).toBe(200)
    expect(await statusOf(slug, id)).toBe('completed')
    expect(await rows(slug, id, 'transition')).toMatchObject([
      { from: 'in-progress', to: 'completed', actor: users.head.id, details: { cause: 'evidence', progress: 100 } },
    ])
    await payload.update({ collection: slug, id, data: { target: 4 }, ...as('admin') })
    const transitions = await rows(slug, id, 'transition')
    expect(transitions).toHaveLength(2)
    expect(transitions[1]).toMatchObject({ from: 'completed', to: 'in-progress', actor: users.admin.id, details: { cause: 'evidence', progress: 25 } })
  })
})

describe('improvement actions (the fifth planning machine that had its own checker)', () => {
  const slug = 'improvement-actions'
  let id: Id

  it('an action starts open, with its "created" row; the responsible and the head are offered the work', async () => {
    const doc = await payload.create({
      collection: slug,
      data: { title: 'Corregir tiempos de respuesta', type: 'corrective', origin: 'indicator', rootCause: 'Falta de personal', responsible: users.editor.id, dueDate: '2030-01-31', status: 'open' },
      ...as('head'),
    })
    id = doc.id
    expect(await rows(slug, id)).toMatchObject([{ kind: 'created', to: 'open', actor: users.head.id }])
    expect(await offered(slug, id, 'editor')).toEqual(['in-progress'])
    expect(await offered(slug, id, 'head')).toEqual(['in-progress'])
    expect(await offered(slug, id, 'community')).toEqual([]) // office staff, but not the responsible
    expect(await offered(slug, id, 'auditor')).toEqual([])
  })

  it('refuses an illegal move naming from/to; applied moves write one row each, in the transaction of the change', async () => {
    const illegal = await patch(slug, id, 'editor', { status: 'done' })
    expect(illegal.status).toBe(400)
    namesMove(illegal.json.errors[0].message, 'open', 'done')
    expect((await patch(slug, id, 'editor', { status: 'in-progress', workflowComment: 'Empiezo esta semana' })).status).toBe(200)
    await expect(payload.update({ collection: slug, id, data: { status: 'done' }, ...as('editor'), ...injected })).rejects.toThrow(/workflowFailAt/)
    expect(await statusOf(slug, id)).toBe('in-progress')
    await payload.update({ collection: slug, id, data: { status: 'done' }, ...as('editor') })
    expect((await rows(slug, id, 'transition')).map((row) => [row.from, row.to, row.actor, row.comment])).toEqual([
      ['open', 'in-progress', users.editor.id, 'Empiezo esta semana'],
      ['in-progress', 'done', users.editor.id, null],
    ])
  })

  it('the verdict is the head\'s or an admin\'s: a forbidden role is refused naming from/to; the comment serves as the note', async () => {
    expect(await offered(slug, id, 'head')).toEqual(['in-progress', 'not-effective', 'verified-effective'])
    expect(await offered(slug, id, 'editor')).toEqual(['in-progress'])
    const forbidden = await refusal(payload.update({ collection: slug, id, data: { status: 'verified-effective', effectiveness: { note: 'Ya está' } }, ...as('community') }))
    expect(forbidden.status).toBe(403)
    namesMove(forbidden.message, 'done', 'verified-effective')
    const viaRest = await patch(slug, id, 'head', { status: 'verified-effective', workflowComment: 'Indicador COM-01 en 95 % dos meses seguidos' })
    expect(viaRest.status).toBe(200)
    expect(viaRest.json.doc.effectiveness).toMatchObject({ result: 'effective', note: 'Indicador COM-01 en 95 % dos meses seguidos' })
    expect((await rows(slug, id, 'transition')).at(-1)).toMatchObject({ from: 'done', to: 'verified-effective', actor: users.head.id, comment: 'Indicador COM-01 en 95 % dos meses seguidos' })
    expect(await offered(slug, id, 'head')).toEqual([])
  })
})
