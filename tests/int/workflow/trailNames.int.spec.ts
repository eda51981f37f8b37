import { parse } from 'csv-parse/sync'

import { makeContent } from '../../helpers/fixtures.js'
import { bootPayload, type Booted } from '../../helpers/bootPayload.js'
import { makeFixtures, restClient, type Fixtures } from '../comms/fixtures.js'

let app: Booted
let fx: Fixtures
let rest: Awaited<ReturnType<typeof restClient>>
let oldRow: { id: number | string }
let contentId: number | string

beforeAll(async () => {
  app = await bootPayload()
  fx = await makeFixtures(app.payload)
  rest = await restClient(app.payload)
  contentId = (await makeContent(app.payload, { title: 'Jornada de vacunación' })).id
  // A row as written before the trail recorded names: straight into the database (no hooks), as
  // the rows of an older version are.
  oldRow = (await app.payload.db.create({
    collection: 'workflow-events',
    data: { collection: 'contents', document: String(contentId), kind: 'transition', from: 'draft', to: 'in-review', actor: fx.editor.id, at: '2026-03-02T15:30:00.000Z', forced: false },
  })) as { id: number | string }
})
afterAll(() => app.close())

describe('trail rows stored before names were recorded read with the person\'s name (issue 15)', () => {
  it('REST list and document, for the auditor: the actor\'s name and the document\'s title', async () => {
    const one = (await (await rest('GET', `workflow-events/${oldRow.id}?depth=0`, { as: fx.auditor.email })).json()) as Record<string, unknown>
    expect(one.actorName).toBe('Eduardo Editor')
    expect(one.documentTitle).toBe('Jornada de vacunación')
    const list = (await (await rest('GET', 'workflow-events?depth=0', { as: fx.auditor.email })).json()) as { docs: Array<Record<string, unknown>> }
    expect(list.docs.find((d) => String(d.id) === String(oldRow.id))?.actorName).toBe('Eduardo Editor')
  })

  it('Local API with the auditor\'s access', async () => {
    const doc = (await app.payload.findByID({ collection: 'workflow-events', id: oldRow.id, depth: 0, overrideAccess: false, user: fx.auditor as never })) as unknown as Record<string, unknown>
    expect(doc.actorName).toBe('Eduardo Editor')
  })

  it('the trail CSV names the person', async () => {
    const response = await rest('GET', 'pregonero/workflow-events.csv?collection=contents', { as: fx.auditor.email })
    expect(response.status).toBe(200)
    const rows = parse(Buffer.from(await response.arrayBuffer()).toString('utf8'), { bom: true }) as string[][]
    expect(rows.slice(1).some((row) => row.some((cell) => cell.startsWith('Eduardo Editor')))).toBe(true)
  })

  it('the stored row is not rewritten (the trail is append-only)', async () => {
    const stored = (await app.payload.db.findOne({ collection: 'workflow-events', where: { id: { equals: oldRow.id } } })) as Record<string, unknown>
    expect(stored.actorName ?? null).toBeNull()
  })
})
