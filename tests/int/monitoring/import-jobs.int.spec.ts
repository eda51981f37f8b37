/**
 * Issue 16, item 4 — long CSV imports run as jobs, not inside one HTTP request and one
 * transaction. Over the real REST handlers (the import panel's multipart POST): a file above
 * `monitoring.backgroundAboveRows` is answered 202 with its `background-work` record whatever the
 * caller asked, and the queue imports it in batches reporting rows done of the total; the
 * `all-or-nothing` policy checks every row before the first batch; a dry run writes nothing.
 */
import { jest } from '@jest/globals'

import { resolveOptions } from '../../../src/defaults.js'
import { bootPayload, type Booted } from '../../helpers/bootPayload.js'
import { makeUser, TEST_PASSWORD, type TestUser } from '../../helpers/fixtures.js'
import { restClient } from '../../helpers/rest.js'
import { importMentions } from '../../../src/features/monitoring/import.js'
import { reqAs, seedBase } from './helpers.js'

// Shared 2-core machine: a 50 000-row import.
jest.setTimeout(300_000)

const defaults = resolveOptions({}).monitoring
let app: Booted
let rest: ReturnType<typeof restClient>
let editor: TestUser
let token: string

beforeAll(async () => {
  app = await bootPayload()
  rest = restClient(app.payload.config)
  await seedBase(app.payload)
  editor = await makeUser(app.payload, ['editor'])
  const doc = (await app.payload.findByID({ collection: 'users', id: editor.id as number })) as unknown as { email: string }
  token = await rest.login(doc.email, TEST_PASSWORD)
})
afterAll(() => app.close())

const mentions = (rows: number, topic: string, bad: (i: number) => boolean = () => false) =>
  [
    'Medio,Fecha,Titular,URL,Sentimiento,Tema',
    ...Array.from({ length: rows }, (_, i) => {
      const date = bad(i) ? '32/08/2026' : `${String((i % 28) + 1).padStart(2, '0')}/08/2026`
      return `Diario del Sur,${date},${topic} ${i},https://diariodelsur.com.co/${topic.toLowerCase()}/${i},${['positivo', 'neutro', 'negativo'][i % 3]},${topic}`
    }),
  ].join('\n')

const upload = async (csv: string, fields: Record<string, string>) => {
  const form = new FormData()
  form.append('file', new Blob([csv], { type: 'text/csv' }), 'export.csv')
  for (const [k, v] of Object.entries(fields)) form.append(k, v)
  return rest.post('/monitoring/import/mentions', form, { token })
}
const count = async (topic: string) => (await app.payload.count({ collection: 'media-mentions' as never, where: { topic: { equals: topic } } })).totalDocs

type Work = { id: number | string; status: string; done: number; total: number; summary?: string; result?: Record<string, any> }

/** Follows a work record as its requester (the panel's poll), running the queue until it ends; returns the progress seen. */
const follow = async (id: number | string) => {
  const seen: Array<{ status: string; done: number; total: number }> = []
  const hooks = (app.payload.collections as any)['background-work'].config.hooks
  const spy = ({ doc }: { doc: Work }) => void (doc.id === id && seen.push({ status: doc.status, done: doc.done, total: doc.total }))
  hooks.afterChange = [...(hooks.afterChange ?? []), spy]
  try {
    for (let i = 0; i < 600; i++) {
      await app.payload.jobs.run({ queue: 'pregonero', sequential: true })
      const now = (await app.payload.findByID({ collection: 'background-work' as never, id, depth: 0, user: editor, overrideAccess: false })) as unknown as Work
      if (now.status === 'done' || now.status === 'failed') return { work: now, seen }
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
    throw new Error('the import never ended')
  } finally {
    hooks.afterChange = hooks.afterChange.filter((h: unknown) => h !== spy)
  }
}

describe('CSV imports above the threshold run as jobs', () => {
  it(`a file above backgroundAboveRows (${defaults.backgroundAboveRows}) is answered 202 without asking, and the queue imports all 50 000 rows in batches, progress forward to the total`, async () => {
    const ROWS = defaults.maxImportRows
    const res = await upload(mentions(ROWS, 'Masiva'), { policy: 'valid-rows', dryRun: 'false' })
    expect(res.status).toBe(202)
    expect(res.json.work).toMatchObject({ id: expect.anything(), status: 'queued' })
    expect(res.json.work.url).toBe(`/api/background-work/${res.json.work.id}`)

    const { work, seen } = await follow(res.json.work.id)
    expect(work).toMatchObject({ status: 'done', done: ROWS, total: ROWS })
    expect(work.result).toMatchObject({ totalRows: ROWS, valid: ROWS, created: ROWS, rejected: 0, skipped: 0, committed: true })
    expect(work.summary).toBe(`${ROWS} filas: ${ROWS} creadas, 0 omitidas, 0 rechazadas.`)
    expect(await count('Masiva')).toBe(ROWS)

    // One checkpoint per batch, in steps of importBatchRows, never backwards.
    const writing = seen.filter((s) => s.status === 'running' && s.total === ROWS).map((s) => s.done)
    const steps = Array.from({ length: ROWS / defaults.importBatchRows }, (_, k) => (k + 1) * defaults.importBatchRows)
    expect(writing.filter((d) => d > 0)).toEqual(steps)
    const dones = seen.map((s) => s.done)
    expect([...dones].sort((a, b) => a - b)).toEqual(dones)

    // A small file is still imported inside the request (201); background=true still forces a job.
    const small = await upload(mentions(5, 'Pequena'), { dryRun: 'false' })
    expect(small.status).toBe(201)
    expect(small.json).toMatchObject({ created: 5, committed: true })
    const forced = await upload(mentions(5, 'Forzada'), { dryRun: 'false', background: 'true' })
    expect(forced.status).toBe(202)
    expect((await follow(forced.json.work.id)).work).toMatchObject({ status: 'done', done: 5, total: 5 })
    expect(await count('Forzada')).toBe(5)
  })

  it('all-or-nothing: one bad row at the end of a big file, checked before the first batch, and nothing lands', async () => {
    const ROWS = 3_000
    const res = await upload(mentions(ROWS, 'Todo', (i) => i === ROWS - 1), { policy: 'all-or-nothing', dryRun: 'false' })
    expect(res.status).toBe(202)
    const { work, seen } = await follow(res.json.work.id)
    expect(work).toMatchObject({ status: 'done', done: ROWS, total: ROWS })
    expect(work.result).toMatchObject({ policy: 'all-or-nothing', totalRows: ROWS, valid: ROWS - 1, created: 0, rejected: 1, committed: false })
    expect(work.result!.rows).toEqual([expect.objectContaining({ line: ROWS + 1, status: 'rejected', field: 'date' })])
    // No batch ever started (no checkpoint between 0 and the total).
    expect(seen.filter((s) => s.done > 0 && s.done < ROWS)).toEqual([])
    expect(await count('Todo')).toBe(0)
  })

  it('another import landing rows of a later batch while the job runs: the job writes the rest of that batch and ends done, every row once', async () => {
    const ROWS = 2_500
    const csv = mentions(ROWS, 'Carrera')
    const lines = csv.split('\n')
    // Rows 1 200 and 1 201 (third batch) are imported inside a request once the job checked the
    // file and wrote its second batch: at the renewal of its lease before the third batch (a read
    // outside any transaction), so the job finds them recorded only when it writes that batch.
    const racing = [lines[0], lines[1201], lines[1202]].join('\n')
    const work = (app.payload.collections as any)['background-work'].config.hooks
    const leases = (app.payload.collections as any)['job-leases'].config.hooks
    let secondBatch = false
    let raced: null | number = null
    const seeSecond = ({ doc }: { doc: Work }) => {
      if (doc.result?.phase === 'writing' && doc.result.created === 2 * defaults.importBatchRows) secondBatch = true
      return doc
    }
    const race = async ({ doc }: { doc: unknown }) => {
      if (secondBatch && raced === null) raced = (await importMentions(await reqAs(app.payload, editor), resolveOptions({}), { csv: racing })).created
      return doc
    }
    work.afterChange = [...(work.afterChange ?? []), seeSecond]
    leases.afterRead = [...(leases.afterRead ?? []), race]
    try {
      const res = await upload(csv, { dryRun: 'false' })
      expect(res.status).toBe(202)
      const { work: done } = await follow(res.json.work.id)
      expect(raced).toBe(2)
      expect(done).toMatchObject({ status: 'done', done: ROWS, total: ROWS })
      expect(done.result).toMatchObject({ valid: ROWS, created: ROWS - 2, committed: true })
    } finally {
      work.afterChange = work.afterChange.filter((h: unknown) => h !== seeSecond)
      leases.afterRead = leases.afterRead.filter((h: unknown) => h !== race)
    }
    expect(await count('Carrera')).toBe(ROWS)
    const { docs } = await app.payload.find({ collection: 'media-mentions' as never, where: { topic: { equals: 'Carrera' } }, pagination: false, depth: 0, select: { headline: true } as never })
    expect(new Set(docs.map((d: any) => d.headline)).size).toBe(ROWS)
  })

  it('inside a request, another import landing one of its rows between the check and the write is a 409 saying so, and nothing of the file lands', async () => {
    const csv = mentions(20, 'Choque')
    const racing = csv.split('\n').slice(0, 1).concat(csv.split('\n')[5]!).join('\n')
    const hooks = (app.payload.collections as any)['media-mentions'].config.hooks
    let raced: null | number = null
    // After the importer's duplicate lookup (a find on media-mentions), before its write.
    const race = async ({ operation, result }: { operation: string; result: unknown }) => {
      if (operation === 'find' && raced === null) {
        raced = -1
        raced = (await importMentions(await reqAs(app.payload, editor), resolveOptions({}), { csv: racing })).created
      }
      return result
    }
    hooks.afterOperation = [...(hooks.afterOperation ?? []), race]
    try {
      const res = await upload(csv, { dryRun: 'false' })
      expect(raced).toBe(1)
      expect(res.status).toBe(409)
      expect(res.json.errors[0].message).toBe('Importación: otro registro igual se guardó mientras se importaba; no se importó nada, vuelva a importar el archivo')
    } finally {
      hooks.afterOperation = hooks.afterOperation.filter((h: unknown) => h !== race)
    }
    expect(await count('Choque')).toBe(1)
  })

  it('a dry run of a big file runs as a job too and writes nothing', async () => {
    const ROWS = 2_500
    const res = await upload(mentions(ROWS, 'Ensayo'), { dryRun: 'true' })
    expect(res.status).toBe(202)
    const { work } = await follow(res.json.work.id)
    expect(work).toMatchObject({ status: 'done', done: ROWS, total: ROWS })
    expect(work.result).toMatchObject({ dryRun: true, valid: ROWS, created: 0, committed: false })
    expect(await count('Ensayo')).toBe(0)
  })

  it('a file over maxImportRows is refused at once with a 400 naming the limit, even when asked to run in the background: no job queued', async () => {
    const before = (await app.payload.count({ collection: 'background-work' as never, overrideAccess: true })).totalDocs
    const res = await upload(mentions(defaults.maxImportRows + 1, 'Excesiva'), { dryRun: 'false', background: 'true' })
    expect(res.status).toBe(400)
    expect(res.json.errors[0].message).toContain(String(defaults.maxImportRows))
    expect((await app.payload.count({ collection: 'background-work' as never, overrideAccess: true })).totalDocs).toBe(before)
  })
})
