/**
 * Issue 15 (items 4, 5, 6): one traffic light for the list, the dashboard and the calendar; the
 * requester's form (department fixed to theirs, internal fields hidden on every path); slugs.
 * Real SQLite, the real REST and GraphQL handlers in-process, the Local API with the user's access.
 */
import type { Payload } from 'payload'

import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { parse } from 'csv-parse/sync'

import { calendarRange, getCalendarData } from '../../../src/features/workflow/calendar/calendarData.js'
import { requestTrafficLight } from '../../../src/features/workflow/trafficLight.js'
import { addWorkingDays, endOfBogotaDay } from '../../../src/kernel/time/workingDays.js'
import { type Booted, bootPayload } from '../../helpers/bootPayload.js'
import { makeDepartment, makeRequest, makeUser, TEST_PASSWORD, type TestUser } from '../../helpers/fixtures.js'
import { restClient } from '../../helpers/rest.js'

let app: Booted
let payload: Payload
let rest: ReturnType<typeof restClient>
let graphql: (query: string, token?: string) => Promise<{ status: number; body: any }>
let dep: { id: number | string }
let otherDep: { id: number | string }
let head: TestUser
let editor: TestUser
let requester: TestUser
let requesterToken: string
let headToken: string

beforeAll(async () => {
  app = await bootPayload()
  payload = app.payload
  rest = restClient(payload.config)
  const handler = GRAPHQL_POST(payload.config)
  graphql = async (query, token) => {
    const headers = new Headers({ 'Content-Type': 'application/json' })
    if (token) headers.set('Authorization', `JWT ${token}`)
    const res = await handler(new Request('http://localhost:3000/api/graphql', { method: 'POST', headers, body: JSON.stringify({ query }) }))
    return { status: res.status, body: await res.json() }
  }
  dep = await makeDepartment(payload, 'SAL')
  otherDep = await makeDepartment(payload, 'EDU')
  head = (await makeUser(payload, ['head'], { name: 'Hilda Jefa' })) as TestUser
  editor = (await makeUser(payload, ['editor'], { name: 'Elena Editora' })) as TestUser
  requester = (await makeUser(payload, ['requester'], { department: dep.id, name: 'Rosa Enlace' })) as TestUser
  requesterToken = await rest.login(requester.email, TEST_PASSWORD)
  headToken = await rest.login(head.email, TEST_PASSWORD)
}, 120_000)
afterAll(() => app?.close())

const as = (user: TestUser) => ({ user: user as never, overrideAccess: false as const, depth: 0 })

describe('one traffic light (item 4)', () => {
  it('the list field, the calendar and the shared function give the same light for the same request', async () => {
    // Due at the end of the second working day from today: "Por vencer" in working days; the old
    // dashboard counted 48 calendar hours and said "A tiempo".
    const dueDay = addWorkingDays(new Date(), 2)
    const dueDate = endOfBogotaDay(dueDay)
    const request = await makeRequest(payload, { title: 'Feria de empleo', department: dep.id, status: 'accepted', dueDate, assignees: [editor.id] })
    const shared = requestTrafficLight({ status: 'accepted', dueDate }, new Date(), 2)
    expect(shared).toBe('due-soon')

    const list = await rest.get(`/communication-requests?where[id][equals]=${request.id}&depth=0`, { token: headToken })
    expect(list.status).toBe(200)
    expect(list.json.docs[0].trafficLight).toBe(shared)

    const data = await getCalendarData(payload, head as never, calendarRange('month', dueDay))
    const due = data.items.find((item) => item.kind === 'due' && String(item.id) === String(request.id))
    expect(due?.light).toBe(shared)
  })
})

describe("the requester's form (item 5)", () => {
  const INTERNAL = ['assignees', 'dueDate', 'trafficLight', 'planAction', 'campaign'] as const

  it('pre-fills the department with theirs (the field default) and refuses another one', async () => {
    const field = payload.collections['communication-requests'].config.fields.find((f) => 'name' in f && f.name === 'department') as { defaultValue?: unknown }
    expect(typeof field.defaultValue).toBe('function')
    const value = await (field.defaultValue as (args: { user: unknown }) => unknown)({ user: requester })
    expect(String(value)).toBe(String(dep.id))
    const forged = await rest.post('/communication-requests', { title: 'Otra', description: 'x', products: [{ type: 'news' }], department: otherDep.id }, { token: requesterToken })
    expect(forged.status).toBe(400)
    expect(forged.text).toContain('department')
  })

  it('hides the office’s working fields from a requester on the Local API, REST and GraphQL; the office still sees them', async () => {
    const request = await makeRequest(payload, { title: 'Vacunación', department: dep.id, requestedBy: requester.id, status: 'accepted', dueDate: endOfBogotaDay(addWorkingDays(new Date(), 5)), assignees: [editor.id] })

    const local = (await payload.findByID({ collection: 'communication-requests', id: request.id, ...as(requester) })) as unknown as Record<string, unknown>
    for (const name of INTERNAL) expect(local).not.toHaveProperty(name)
    const localList = await payload.find({ collection: 'communication-requests', ...as(requester), where: { id: { equals: request.id } } })
    for (const name of INTERNAL) expect(localList.docs[0]).not.toHaveProperty(name)

    const byRest = await rest.get(`/communication-requests/${request.id}?depth=1`, { token: requesterToken })
    expect(byRest.status).toBe(200)
    expect(byRest.json.title).toBe('Vacunación')
    for (const name of INTERNAL) expect(byRest.json).not.toHaveProperty(name)
    // Nor can they filter on them (the field's read rule applies to queries too).
    const filtered = await rest.get(`/communication-requests?where[dueDate][exists]=true`, { token: requesterToken })
    expect(filtered.json?.docs?.length ?? 0).toBe(0)

    const gql = await graphql(`{ CommunicationRequest(id: ${JSON.stringify(request.id)}) { title dueDate trafficLight assignees { id } } }`, requesterToken)
    expect(gql.body.data.CommunicationRequest.title).toBe('Vacunación')
    expect(gql.body.data.CommunicationRequest.dueDate).toBeNull()
    expect(gql.body.data.CommunicationRequest.trafficLight).toBeNull()
    expect(gql.body.data.CommunicationRequest.assignees ?? []).toEqual([])

    const office = (await payload.findByID({ collection: 'communication-requests', id: request.id, ...as(head) })) as unknown as Record<string, unknown>
    expect(office.dueDate).toBeTruthy()
    expect(office.trafficLight).toBe('on-time')
    expect((office.assignees as unknown[]).map(String)).toEqual([String(editor.id)])
    const officeGql = await graphql(`{ CommunicationRequest(id: ${JSON.stringify(request.id)}) { dueDate assignees { name } } }`, headToken)
    expect(officeGql.body.data.CommunicationRequest.assignees[0].name).toBe('Elena Editora')
  })

  it('shows the satisfaction rating only once the request is delivered', () => {
    const field = payload.collections['communication-requests'].config.fields.find((f) => 'name' in f && f.name === 'satisfaction') as { admin?: { condition?: (data: unknown, sibling: unknown, ctx: unknown) => boolean } }
    const condition = field.admin?.condition
    expect(condition).toBeDefined()
    for (const status of ['submitted', 'accepted', 'in-production', 'in-review']) expect(condition!({ status }, {}, {})).toBe(false)
    for (const status of ['delivered', 'closed']) expect(condition!({ status }, {}, {})).toBe(true)
  })

  it('names people by their name: users are titled by name', () => {
    expect(payload.collections.users.config.admin.useAsTitle).toBe('name')
  })
})

describe('slugs (item 6)', () => {
  const create = (title: string, extra: Record<string, unknown> = {}) =>
    payload.create({ collection: 'contents', data: { title, kind: 'news', audience: 'external', ...extra } as never, draft: true, ...as(editor) }) as Promise<Record<string, any>>
  const update = (id: unknown, data: Record<string, unknown>, user: TestUser, extra: Record<string, unknown> = {}) =>
    payload.update({ collection: 'contents', id: id as never, data: data as never, ...as(user), ...extra }) as Promise<Record<string, any>>

  it('comes from the title on creation, accent-folded and unique', async () => {
    const first = await create('Jornada de Vacunación en Nariño: ¡Año 2026!')
    expect(first.slug).toBe('jornada-de-vacunacion-en-narino-ano-2026')
    const second = await create('Jornada de vacunación en Nariño — año 2026')
    expect(second.slug).toBe('jornada-de-vacunacion-en-narino-ano-2026-2')
    const byRest = await rest.post('/contents?draft=true', { title: 'Carnaval de Negros y Blancos', kind: 'news', audience: 'external' }, { token: await rest.login(editor.email, TEST_PASSWORD) })
    expect(byRest.status).toBe(201)
    expect(byRest.json.doc.slug).toBe('carnaval-de-negros-y-blancos')
  })

  it('is editable until the first publication (well formed and free), fixed after; publication requires one', async () => {
    const content = await create('Cierre de vías por obras')
    const edited = await update(content.id, { slug: 'cierre-vias' }, editor, { draft: true })
    expect(edited.slug).toBe('cierre-vias')
    await expect(update(content.id, { slug: 'Cierre Vías!' }, editor, { draft: true })).rejects.toMatchObject({ status: 400, data: { errors: [{ path: 'slug' }] } })
    const other = await create('Otra nota')
    await expect(update(other.id, { slug: 'cierre-vias' }, editor, { draft: true })).rejects.toMatchObject({ status: 400, data: { errors: [{ path: 'slug' }] } })

    // Through review and approval by another editor, then the head publishes it.
    const second = (await makeUser(payload, ['editor'], { name: 'Segundo Editor' })) as TestUser
    await update(content.id, { stage: 'in-review' }, editor)
    await update(content.id, { stage: 'approved' }, second)
    // A publication that sends an empty slug is refused, naming the field.
    await expect(update(content.id, { stage: 'published', slug: '' }, head)).rejects.toMatchObject({ status: 400, data: { errors: [{ path: 'slug' }] } })
    const published = await update(content.id, { stage: 'published' }, head)
    expect(published._status).toBe('published')
    expect(published.slug).toBe('cierre-vias')
    await expect(update(content.id, { slug: 'otro-slug' }, head)).rejects.toMatchObject({ status: 400, data: { errors: [{ path: 'slug' }] } })
    // A title change after publication leaves the address alone.
    const retitled = await update(content.id, { title: 'Cierre de vías: nuevo horario' }, head)
    expect(retitled.slug).toBe('cierre-vias')
    const refused = await rest.patch(`/contents/${content.id}`, { slug: 'otro' }, { token: headToken })
    expect(refused.status).toBe(400)
    expect(refused.text).toContain('slug')
  })
})

describe('CSV imports read the encoding they were written in (item 15)', () => {
  // Excel on Windows saves "CSV" in Windows-1252: every accented letter is one byte.
  const windows1252 = (text: string) => Uint8Array.from([...text].map((c) => c.charCodeAt(0)))
  const upload = (bytes: Uint8Array, name: string) => {
    const form = new FormData()
    form.append('file', new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'text/csv' }), name)
    return form
  }

  it('social metrics: Windows-1252 headers are read, the result names the encoding; one handle on two networks is two accounts', async () => {
    const community = (await makeUser(payload, ['community'], { name: 'Carla Community' })) as TestUser
    const token = await rest.login(community.email, TEST_PASSWORD)
    const instagram = await payload.create({ collection: 'social-accounts', data: { network: 'instagram', handle: '@alcaldiadepasto' } as never, ...as(community) })
    const facebook = await payload.create({ collection: 'social-accounts', data: { network: 'facebook', handle: '@alcaldiadepasto' } as never, ...as(community) })
    expect(String(instagram.id)).not.toBe(String(facebook.id))
    await expect(payload.create({ collection: 'social-accounts', data: { network: 'facebook', handle: 'AlcaldiaDePasto' } as never, ...as(community) })).rejects.toMatchObject({ status: 400 })

    const csv = 'Cuenta;Red;Día;Seguidores;Publicaciones\r\n@alcaldiadepasto;Instagram;02/11/2026;1500;3\r\n@alcaldiadepasto;Facebook;02/11/2026;2500;4\r\n'
    const imported = await rest.post('/monitoring/import/social-metrics', upload(windows1252(csv), 'redes.csv'), { token })
    expect(imported.status).toBe(201)
    expect(imported.json).toMatchObject({ created: 2, rejected: 0, skipped: 0, encoding: 'windows-1252' })
    const metrics = await payload.find({ collection: 'social-metrics', where: { account: { in: [instagram.id, facebook.id] } }, depth: 0, overrideAccess: true })
    expect(metrics.docs.map((m) => `${String((m as any).account)}:${(m as any).followers}`).sort()).toEqual([`${facebook.id}:2500`, `${instagram.id}:1500`].sort())

    // Without the network, the handle is ambiguous: the row is refused naming both networks.
    const ambiguous = await rest.post('/monitoring/import/social-metrics', upload(new TextEncoder().encode('cuenta,fecha,seguidores\n@alcaldiadepasto,03/11/2026,10\n'), 'x.csv'), { token })
    expect(ambiguous.json).toMatchObject({ created: 0, rejected: 1, encoding: 'utf-8' })
    expect(ambiguous.json.rows[0]).toMatchObject({ field: 'account' })
    expect(ambiguous.json.rows[0].reason).toMatch(/instagram, facebook|facebook, instagram/)
  })

  it('retention series: Windows-1252 and UTF-8 with BOM read as written, and said', async () => {
    const headToken2 = headToken
    const csv = 'codigo_serie;serie;codigo_subserie;subserie;retencion_gestion;retencion_central;disposición\r\n1400-50;Comunicación pública;1;Boletines de prensa;2;8;Conservación total\r\n'
    const cp = await rest.post('/archive/retention-series/import', upload(windows1252(csv), 'trd.csv'), { token: headToken2 })
    expect(cp.status).toBe(200)
    expect(cp.json).toEqual({ created: 1, updated: 0, encoding: 'windows-1252' })
    const series = (await payload.find({ collection: 'retention-series', where: { code: { equals: '1400-50.1' } }, overrideAccess: true })).docs[0] as any
    expect(series.seriesName).toBe('Comunicación pública')
    expect(series.disposition).toBe('CT')
    const bom = await rest.post('/archive/retention-series/import', upload(Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(csv)]), 'trd.csv'), { token: headToken2 })
    expect(bom.json).toEqual({ created: 0, updated: 1, encoding: 'utf-8-bom' })
  })
})

describe('the auditor reads the trail and exports lists without typing URLs (items 4, 8, 9)', () => {
  const csvRows = (text: string) => parse(text, { bom: true, relax_column_count: true }) as string[][]

  it('a trail row keeps the actor’s name and the document’s title; a requester sees names, not "#2"', async () => {
    const request = await payload.create({ collection: 'communication-requests', data: { title: 'Semana de la juventud', products: [{ type: 'news' }], description: 'x' } as never, ...as(requester) })
    await payload.update({ collection: 'communication-requests', id: request.id, data: { status: 'accepted', assignees: [editor.id] } as never, ...as(head) })
    const trail = await payload.find({ collection: 'workflow-events', where: { document: { equals: String(request.id) } }, sort: 'at', ...as(requester) })
    expect(trail.docs.map((row: any) => [row.kind, row.actorName, row.documentTitle])).toEqual([
      ['created', 'Rosa Enlace', 'Semana de la juventud'],
      ['transition', 'Hilda Jefa', 'Semana de la juventud'],
      ['assignment', 'Hilda Jefa', 'Semana de la juventud'],
    ])
  })

  it('"Exportar CSV": the list with its filters, in the reader’s language, with the reader’s access', async () => {
    await makeRequest(payload, { title: 'Exportable aceptada', department: dep.id, status: 'accepted', dueDate: '2026-12-10T04:59:59.999Z' })
    await makeRequest(payload, { title: 'Exportable radicada', department: dep.id, status: 'submitted' })
    const query = 'collection=communication-requests&where[title][like]=Exportable&where[status][equals]=accepted&columns=title,status,dueDate,trafficLight,department'
    const office = await rest.get(`/pregonero/export.csv?${query}`, { token: headToken })
    expect(office.status).toBe(200)
    expect(office.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    const [header, ...rows] = csvRows(office.text)
    expect(header).toEqual(['Título', 'Estado', 'Fecha de vencimiento', 'Semáforo', 'Dependencia'])
    expect(rows).toEqual([['Exportable aceptada', 'Aceptada', '09/12/2026 23:59', expect.any(String), 'Dependencia SAL']])
    // A requester exports what they may read: the office's fields stay empty, and filtering on them is refused.
    const liaison = csvRows((await rest.get(`/pregonero/export.csv?${query}`, { token: requesterToken })).text)
    expect(liaison[1]).toEqual(['Exportable aceptada', 'Aceptada', '', '', 'Dependencia SAL'])
    const refused = await rest.get('/pregonero/export.csv?collection=communication-requests&where[dueDate][exists]=true', { token: requesterToken })
    expect(refused.status).toBeGreaterThanOrEqual(400)
    expect(refused.status).toBeLessThan(500)
    expect((await rest.get('/pregonero/export.csv?collection=nope', { token: headToken })).status).toBe(400)
    expect((await rest.get(`/pregonero/export.csv?${query}`)).status).toBe(401)
    // The trail's list: states, kind and collection as labels.
    const trail = csvRows((await rest.get('/pregonero/export.csv?collection=workflow-events&where[documentTitle][equals]=Semana de la juventud&sort=at', { token: headToken })).text)
    expect(trail[0]).toEqual(['Fecha', 'Tipo', 'Colección', 'Documento', 'Desde', 'Hacia', 'Actor', 'Forzada (revisar)'])
    expect(trail[2].slice(1, 7)).toEqual(['Transición', 'Solicitud de comunicación', 'Semana de la juventud', 'Radicada', 'Aceptada', 'Hilda Jefa'])
    expect(trail[2][0]).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/)
  })
})
