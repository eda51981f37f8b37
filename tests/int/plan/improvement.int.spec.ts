import { createLocalReq } from 'payload'

import { raiseAlert } from '../../../src/kernel/alerts/raiseAlert.js'
import { bootPayload, type Booted } from '../../helpers/bootPayload.js'
import { restClient } from '../../helpers/rest.js'
import { makeUser, TEST_PASSWORD, type TestUser } from '../../helpers/fixtures.js'
import { errorText, type Id } from './fixtures.js'

let app: Booted
let head: TestUser
let head2: TestUser
let editor: TestUser
let designer: TestUser
let auditor: TestUser

beforeAll(async () => {
  app = await bootPayload()
  head = await makeUser(app.payload, ['head'], { email: 'jefe@pasto.gov.co' })
  head2 = await makeUser(app.payload, ['head', 'editor'], { email: 'jefe2@pasto.gov.co' })
  editor = await makeUser(app.payload, ['editor'], { email: 'editor@pasto.gov.co' })
  designer = await makeUser(app.payload, ['designer'], { email: 'disenador@pasto.gov.co' })
  auditor = await makeUser(app.payload, ['auditor'], { email: 'control@pasto.gov.co' })
})
afterAll(() => app.close())

const as = (user: TestUser) => ({ user, overrideAccess: false as const })
const move = (id: Id, data: Record<string, unknown>, user: TestUser) =>
  app.payload.update({ collection: 'improvement-actions', id, data: data as never, ...as(user) })

const create = async (responsible: TestUser) =>
  (await app.payload.create({
    collection: 'improvement-actions',
    data: { title: 'Corregir tiempos de respuesta', type: 'corrective', origin: 'indicator', rootCause: 'Falta de personal en diseño', responsible: responsible.id, dueDate: '2030-01-31' } as never,
    ...as(head),
  })) as any

describe('improvement actions: lifecycle and the effectiveness rule', () => {
  it('starts open and moves open → in-progress → done; skipping is refused naming the states', async () => {
    const action = await create(editor)
    expect(action.status).toBe('open')
    expect(await errorText(move(action.id, { status: 'done' }, editor))).toMatch(/400.*«Abierta».*«Ejecutada».*En curso/)
    // another office member who is not the responsible cannot move it
    expect(await errorText(move(action.id, { status: 'in-progress' }, designer))).toMatch(/403/)
    await move(action.id, { status: 'in-progress' }, editor)
    const done = (await move(action.id, { status: 'done' }, editor)) as any
    expect(done.doneAt).toBeTruthy()
  })

  it('closing needs an effectiveness check by the head/admin who is not the responsible, with a note', async () => {
    // the head is responsible for this one
    const own = await create(head)
    await move(own.id, { status: 'in-progress' }, head)
    await move(own.id, { status: 'done' }, head)
    expect(await errorText(move(own.id, { status: 'verified-effective', effectiveness: { note: 'Revisé y está bien' } }, head))).toMatch(
      /^403 \| Estado: la eficacia la verifica alguien distinto del responsable$/,
    )
    // an editor (not head/admin) cannot verify either
    expect(await errorText(move(own.id, { status: 'verified-effective', effectiveness: { note: 'ok' } }, editor))).toMatch(/403/)
    // another head, without a note → 400 naming the field
    expect(await errorText(move(own.id, { status: 'verified-effective' }, head2))).toMatch(/400.*effectiveness.note/)
    const verified = (await move(own.id, { status: 'verified-effective', effectiveness: { note: 'Indicador COM-01 en 92 % dos meses seguidos', result: 'not-effective', checkedBy: head.id } }, head2)) as any
    expect(verified.status).toBe('verified-effective')
    expect(verified.effectiveness.result).toBe('effective') // the status decides, not the input
    expect(String(verified.effectiveness.checkedBy?.id ?? verified.effectiveness.checkedBy)).toBe(String(head2.id))
    expect(verified.effectiveness.checkedAt).toBeTruthy()
    // a verdict is final
    expect(await errorText(move(own.id, { status: 'in-progress' }, head2))).toMatch(/400.*«Verificada eficaz»/)
    // nor can the check be rewritten
    const after = (await move(own.id, { effectiveness: { note: 'otra cosa' } }, head2)) as any
    expect(after.effectiveness.note).toBe('Indicador COM-01 en 92 % dos meses seguidos')
  })

  it('an action found not effective opens a new corrective action linked to it', async () => {
    const action = await create(editor)
    await move(action.id, { status: 'in-progress' }, editor)
    await move(action.id, { status: 'done' }, editor)
    // done → back to in-progress is allowed (more work), then done again
    const reopened = (await move(action.id, { status: 'in-progress' }, editor)) as any
    expect(reopened.doneAt).toBeNull()
    await move(action.id, { status: 'done' }, editor)
    await move(action.id, { status: 'not-effective', effectiveness: { note: 'Los tiempos siguen igual' } }, head)
    const next = (await app.payload.find({ collection: 'improvement-actions', where: { previousAction: { equals: action.id } }, depth: 0 })).docs as any[]
    expect(next.length).toBe(1)
    expect(next[0]).toMatchObject({ status: 'open', type: 'corrective', origin: 'indicator' })
    expect(String(next[0].responsible)).toBe(String(editor.id))
  })

  it('nobody creates an action directly in a later state, deletes one, and auditors only read', async () => {
    expect(
      await errorText(
        app.payload.create({
          collection: 'improvement-actions',
          data: { title: 't', type: 'improvement', origin: 'audit', rootCause: 'c', responsible: editor.id, dueDate: '2030-01-01', status: 'verified-effective' } as never,
          ...as(head),
        }),
      ),
    ).toMatch(/400.*status/)
    const { docs } = await app.payload.find({ collection: 'improvement-actions', ...as(auditor) })
    expect(docs.length).toBeGreaterThan(0)
    await expect(move(docs[0].id, { title: 'x' }, auditor)).rejects.toThrow()
    await expect(app.payload.delete({ collection: 'improvement-actions', id: docs[0].id, ...as(head) })).rejects.toThrow()
  })
})

describe('an alert shows the improvement actions opened for it (join on originAlerts)', () => {
  it('reads the actions from the alert (Local API with access, REST), newest first; other alerts list none', async () => {
    const req = await createLocalReq({}, app.payload)
    const { alert } = await raiseAlert(req, { kind: 'request-overdue', subject: { collection: 'communication-requests', id: 999, title: 'SOL-2026-0999' }, message: { key: 'alertRequestOverdue', vars: { code: 'SOL-2026-0999', title: 'Vencida', date: '01/12/2026', status: 'Radicada' } } })
    const { alert: other } = await raiseAlert(req, { kind: 'request-overdue', subject: { collection: 'communication-requests', id: 998, title: 'SOL-2026-0998' }, message: { key: 'alertRequestOverdue', vars: { code: 'SOL-2026-0998', title: 'Otra', date: '01/12/2026', status: 'Radicada' } } })
    const open = (title: string, originAlerts: unknown[]) =>
      app.payload.create({
        collection: 'improvement-actions',
        data: { title, type: 'corrective', origin: 'alert', originAlerts, rootCause: 'Sin diseñador asignado', responsible: editor.id, dueDate: '2030-01-31' } as never,
        ...as(head),
      }) as Promise<any>
    const first = await open('Asignar diseñador suplente', [alert.id])
    const second = await open('Revisar la carga del equipo', [alert.id, other.id])

    const seen = (await app.payload.findByID({ collection: 'alerts', id: alert.id, depth: 1, ...as(auditor) })) as any
    expect(seen.improvementActions.docs.map((d: any) => d.title)).toEqual([second.title, first.title])
    const seenOther = (await app.payload.findByID({ collection: 'alerts', id: other.id, depth: 0, ...as(head) })) as any
    expect(seenOther.improvementActions.docs.map((d: any) => String(d.id ?? d))).toEqual([String(second.id)])

    // the same through REST, as the admin and the website would read it
    const rest = restClient(app.payload.config)
    const token = await rest.login('control@pasto.gov.co', TEST_PASSWORD)
    const res = await rest.get(`/alerts/${alert.id}?depth=1`, { token })
    expect(res.status).toBe(200)
    expect(res.json.improvementActions.docs.map((d: any) => d.title)).toEqual([second.title, first.title])

    // unlinking the alert from the action removes it from the alert's list: one link, one place
    await app.payload.update({ collection: 'improvement-actions', id: second.id, data: { originAlerts: [other.id] } as never, ...as(head) })
    const after = (await app.payload.findByID({ collection: 'alerts', id: alert.id, depth: 1, ...as(head) })) as any
    expect(after.improvementActions.docs.map((d: any) => d.title)).toEqual([first.title])
  })
})
