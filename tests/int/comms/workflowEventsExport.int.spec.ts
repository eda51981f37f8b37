import { parse } from 'csv-parse/sync'

import { bootPayload, type Booted } from '../../helpers/bootPayload.js'
import { type Fixtures, makeFixtures, restClient } from './fixtures.js'

let app: Booted
let fx: Fixtures
let rest: Awaited<ReturnType<typeof restClient>>

const event = (data: Record<string, unknown>) =>
  app.payload.create({ collection: 'workflow-events', data: data as never, overrideAccess: true })

beforeAll(async () => {
  app = await bootPayload()
  fx = await makeFixtures(app.payload)
  rest = await restClient(app.payload)
  await event({ collection: 'communication-requests', document: '7', from: 'submitted', to: 'accepted', actor: fx.head.id, at: '2026-03-01T05:00:00.000Z', comment: 'Aceptada, con prioridad' })
  await event({ collection: 'contents', document: '12', from: 'draft', to: 'in-review', actor: fx.editor.id, at: '2026-03-02T15:30:00.000Z', comment: 'Línea 1\nLínea "2"' })
  await event({ collection: 'contents', document: '12', from: 'in-review', to: 'changes-requested', actor: fx.head.id, at: '2026-03-03T23:00:00.000Z', comment: '=HYPERLINK("http://evil")' })
  // 23:59 in Bogotá on 28 February: outside from=2026-03-01
  await event({ collection: 'contents', document: '13', from: 'draft', to: 'in-review', at: '2026-03-01T04:59:00.000Z', comment: 'febrero' })
  // 23:30 in Bogotá on 3 March = 04:30Z on 4 March: inside to=2026-03-03
  await event({ collection: 'contents', document: '13', from: 'in-review', to: 'approved', at: '2026-03-04T04:30:00.000Z', comment: '' })
})
afterAll(() => app.close())

const csvOf = async (response: Response) => {
  const buffer = Buffer.from(await response.arrayBuffer())
  expect([...buffer.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]) // UTF-8 BOM
  const text = buffer.toString('utf8')
  return parse(text, { bom: true }) as string[][]
}

describe('GET /api/pregonero/workflow-events.csv', () => {
  it('exports the trail as UTF-8 CSV with BOM, RFC 4180 quoting, formula guard and actor name + e-mail', async () => {
    const response = await rest('GET', 'pregonero/workflow-events.csv', { as: fx.head.email })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(response.headers.get('content-disposition')).toContain('attachment')
    const [header, ...rows] = await csvOf(response)
    // Issue 15: readable columns in the reader's language (day-first dates in Bogotá, labels), then the codes.
    expect(header).toEqual(['Fecha (America/Bogota)', 'Colección', 'Documento (id)', 'Documento', 'Desde', 'Hacia', 'Actor', 'Comentario', 'Tipo', 'Forzada (revisar)', 'at (UTC)', 'collection', 'from', 'to', 'kind'])
    expect(rows.map((row) => row[10])).toEqual([
      '2026-03-01T04:59:00.000Z',
      '2026-03-01T05:00:00.000Z',
      '2026-03-02T15:30:00.000Z',
      '2026-03-03T23:00:00.000Z',
      '2026-03-04T04:30:00.000Z',
    ])
    expect(rows.map((row) => row[0])).toEqual(['28/02/2026 23:59', '01/03/2026 00:00', '02/03/2026 10:30', '03/03/2026 18:00', '03/03/2026 23:30'])
    expect(rows[1]).toEqual([
      '01/03/2026 00:00', 'Solicitud de comunicación', '7', '', 'Radicada', 'Aceptada', 'Julia Jefa <jefe@pasto.gov.co>', 'Aceptada, con prioridad', 'Transición', 'No',
      '2026-03-01T05:00:00.000Z', 'communication-requests', 'submitted', 'accepted', 'transition',
    ])
    expect(rows[2][6]).toBe('Eduardo Editor <editor1@pasto.gov.co>')
    expect(rows[2][7]).toBe('Línea 1\nLínea "2"')
    expect(rows[3][7]).toBe(`'=HYPERLINK("http://evil")`)
    expect(rows[0][6]).toBe('')
    // In English for an English reader.
    const english = (await csvOf(await rest('GET', 'pregonero/workflow-events.csv?collection=communication-requests', { as: fx.head.email, headers: { 'Accept-Language': 'en' } })))
    expect(english[0].slice(0, 2)).toEqual(['At (America/Bogota)', 'Collection'])
    expect(english[1].slice(1, 10)).toEqual(['Communication request', '7', '', 'Submitted', 'Accepted', 'Julia Jefa <jefe@pasto.gov.co>', 'Aceptada, con prioridad', 'Transition', 'No'])
  })

  it('says what each row records (issue 13, item 16): a comment or an override is not a transition', async () => {
    await event({ collection: 'contents', document: '14', from: 'in-review', to: 'in-review', kind: 'comment', actor: fx.head.id, at: '2026-03-05T15:00:00.000Z', comment: 'Revisar la cifra' })
    await event({ collection: 'contents', document: '14', from: 'check:neutrality:fail', to: 'check:neutrality:overridden', kind: 'override', actor: fx.head.id, at: '2026-03-05T16:00:00.000Z', comment: 'Nombre oficial' })
    const rows = (await csvOf(await rest('GET', 'pregonero/workflow-events.csv?collection=contents&document=14', { as: fx.head.email }))).slice(1)
    expect(rows.map((row) => [row[7], row[8], row[14]])).toEqual([
      ['Revisar la cifra', 'Comentario', 'comment'],
      ['Nombre oficial', 'Excepción a una verificación', 'override'],
    ])
  })

  it('filters by Bogotá calendar days (both ends included), collection and document', async () => {
    const march = await csvOf(await rest('GET', 'pregonero/workflow-events.csv?from=2026-03-01&to=2026-03-03', { as: fx.auditor.email }))
    expect(march.slice(1).map((row) => row[10])).toEqual([
      '2026-03-01T05:00:00.000Z',
      '2026-03-02T15:30:00.000Z',
      '2026-03-03T23:00:00.000Z',
      '2026-03-04T04:30:00.000Z',
    ])
    const doc = await csvOf(await rest('GET', 'pregonero/workflow-events.csv?collection=contents&document=12', { as: fx.head.email }))
    expect(doc.slice(1).map((row) => [row[11], row[2], row[13]])).toEqual([
      ['contents', '12', 'in-review'],
      ['contents', '12', 'changes-requested'],
    ])
    const none = await csvOf(await rest('GET', 'pregonero/workflow-events.csv?collection=communication-requests&document=12', { as: fx.head.email }))
    expect(none).toHaveLength(1)
  })

  it('refuses bad dates with a 400 naming the parameter', async () => {
    for (const [query, field, label] of [
      ['from=2026-13-01', 'from', 'Desde'],
      ['from=01/03/2026', 'from', 'Desde'],
      ['to=2026-02-30', 'to', 'Hasta'],
      ['from=2026-03-05&to=2026-03-01', 'to', 'Hasta'],
    ]) {
      const response = await rest('GET', `pregonero/workflow-events.csv?${query}`, { as: fx.head.email })
      expect(response.status).toBe(400)
      const body = (await response.json()) as { errors: Array<{ field: string }>; message: string }
      expect(body.errors[0].field).toBe(field)
      // The parameter by its label (issue 15 item 7); `field` keeps its name.
      expect(body.message.startsWith(`${label}:`)).toBe(true)
    }
  })

  it('follows the read access of workflow-events: anonymous 401, roles without read access 403', async () => {
    expect((await rest('GET', 'pregonero/workflow-events.csv')).status).toBe(401)
    expect((await rest('GET', 'pregonero/workflow-events.csv', { as: fx.designer.email })).status).toBe(403)
    expect((await rest('GET', 'pregonero/workflow-events.csv', { as: fx.auditor.email })).status).toBe(200)
  })
})
