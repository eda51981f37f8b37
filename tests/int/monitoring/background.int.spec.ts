import { jest } from '@jest/globals'
import { getLocalI18n } from 'payload'

import { bootPayload, type Booted } from '../../helpers/bootPayload.js'
import { resolveOptions } from '../../../src/defaults.js'
import { queueImport } from '../../../src/features/monitoring/background.js'
import { queueReport } from '../../../src/features/planning/reports/background.js'
import { makeUser } from '../../helpers/fixtures.js'
import { reqAs, seedBase } from './helpers.js'

// Shared 2-core machine: a 20 000-row import.
jest.setTimeout(240_000)

let app: Booted
const options = resolveOptions({ jobsQueue: 'pregonero' })

beforeAll(async () => {
  app = await bootPayload()
  await seedBase(app.payload)
})
afterAll(() => app.close())

const ROWS = 20_000
const bigCsv = () => {
  const lines = ['Medio,Fecha,Titular,URL,Sentimiento,Tema']
  for (let i = 0; i < ROWS; i++) {
    // Every 2 000th row has a bad date: rejected with its line, the rest land.
    const date = i % 2000 === 1999 ? '32/08/2026' : `${String((i % 28) + 1).padStart(2, '0')}/08/2026`
    lines.push(`Diario del Sur,${date},Fila de fondo ${i},https://diariodelsur.com.co/fondo/${i},${['positivo', 'neutro', 'negativo'][i % 3]},Fondo`)
  }
  return lines.join('\n')
}

type Work = { id: number | string; status: string; done: number; total: number; summary?: string; result?: Record<string, any>; requestedBy?: unknown }

describe('long work in the background (issue 15, item 14)', () => {
  it('a large CSV import queued as a job reports rows done out of the total while it runs, then its result', async () => {
    const editor = await makeUser(app.payload, ['editor'])
    const { work, job } = await queueImport(await reqAs(app.payload, editor), options, 'mentions', { csv: bigCsv() })
    const read = async () => (await app.payload.findByID({ collection: 'background-work' as never, id: work.id, depth: 0, overrideAccess: true })) as unknown as Work
    expect(await read()).toMatchObject({ status: 'queued', done: 0 })

    // Run the job (as the queue's runner would) while the person who asked follows the record,
    // as the import panel does: the import yields while it checks rows, so the polls get answers.
    const seen: Array<{ status: string; done: number; total: number }> = []
    let running = true
    const run = app.payload.jobs.runByID({ id: job.id, silent: true }).finally(() => (running = false))
    while (running) {
      const now = (await app.payload.findByID({ collection: 'background-work' as never, id: work.id, depth: 0, user: editor, overrideAccess: false })) as unknown as Work
      seen.push({ status: now.status, done: now.done, total: now.total })
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    await run

    const midway = seen.filter((s) => s.status === 'running' && s.done > 0 && s.done < ROWS)
    expect(midway.length).toBeGreaterThan(0)
    expect(midway.every((s) => s.total === ROWS)).toBe(true)
    // Progress only goes forward.
    const dones = midway.map((s) => s.done)
    expect([...dones].sort((a, b) => a - b)).toEqual(dones)

    const done = await read()
    expect(done).toMatchObject({ status: 'done', done: ROWS, total: ROWS })
    expect(done.result).toMatchObject({ totalRows: ROWS, created: ROWS - 10, rejected: 10, committed: true })
    expect(done.result!.rows.map((r: any) => r.line)).toEqual(Array.from({ length: 10 }, (_, k) => k * 2000 + 1999 + 2))
    // One language: the Spanish-speaking requester's report (the default)
    expect(done.result!.rows[0].reason).toBe('"32/08/2026" no es una fecha válida (DD/MM/YYYY o AAAA-MM-DD)')
    expect(done.summary).toBe(`${ROWS} filas: ${ROWS - 10} creadas, 0 omitidas, 10 rechazadas.`)
    expect((await app.payload.count({ collection: 'media-mentions' as never, where: { topic: { equals: 'Fondo' } } })).totalDocs).toBe(ROWS - 10)

    // The person who asked reads it in their list; another editor does not see it.
    const mine = await app.payload.find({ collection: 'background-work' as never, user: editor, overrideAccess: false, depth: 0 })
    expect(mine.docs.map((d: any) => d.id)).toEqual([work.id])
    const other = await makeUser(app.payload, ['editor'])
    expect((await app.payload.find({ collection: 'background-work' as never, user: other, overrideAccess: false })).totalDocs).toBe(0)
    await expect(
      app.payload.update({ collection: 'background-work' as never, id: work.id, data: { status: 'queued' } as never, user: editor, overrideAccess: false }),
    ).rejects.toMatchObject({ status: 403 })

    // Run twice (a retry, a second runner): nothing is imported again.
    const again = await app.payload.jobs.queue({ task: 'monitoring-import-csv', input: { work: String(work.id), kind: 'mentions', csv: bigCsv() } as never, queue: 'pregonero' })
    await app.payload.jobs.runByID({ id: again.id, silent: true })
    expect((await app.payload.count({ collection: 'media-mentions' as never, where: { topic: { equals: 'Fondo' } } })).totalDocs).toBe(ROWS - 10)
    expect((await read()).status).toBe('done')
  })

  it('a report generated as a job reports its steps and lists the report when done', async () => {
    const head = await makeUser(app.payload, ['head'])
    const { work, job } = await queueReport(await reqAs(app.payload, head), options, '2026-08')
    const seen: Array<{ id: unknown; status: string; done: number; total: number }> = []
    const hooks = (app.payload.collections as any)['background-work'].config.hooks
    hooks.afterChange = [...(hooks.afterChange ?? []), ({ doc }: { doc: Work }) => void seen.push({ id: doc.id, status: doc.status, done: doc.done, total: doc.total })]
    await app.payload.jobs.runByID({ id: job.id, silent: true })
    const mine = seen.filter((s) => s.id === work.id)
    expect(mine.some((s) => s.status === 'running' && s.done === 1 && s.total === 2)).toBe(true)
    const done = (await app.payload.findByID({ collection: 'background-work' as never, id: work.id, user: head, overrideAccess: false })) as unknown as Work
    expect(done).toMatchObject({ status: 'done', done: 2, total: 2 })
    const report = (await app.payload.findByID({ collection: 'reports' as never, id: done.result!.id, overrideAccess: true })) as any
    expect(report.period).toBe('2026-08')
    expect(done.summary).toBe(`Informe generado: ${report.title}.`)
  })

  it('refuses to queue an import for a role that may not import', async () => {
    const designer = await makeUser(app.payload, ['designer'])
    await expect(queueImport(await reqAs(app.payload, designer), options, 'mentions', { csv: 'Medio,Fecha,Titular\nX,01/01/2026,Y' })).rejects.toMatchObject({ status: 403 })
    expect((await app.payload.count({ collection: 'background-work' as never, overrideAccess: true })).totalDocs).toBe(2)
  })

  it("a queued import writes its row report in the requester's language (English here), never glued", async () => {
    const editor = await makeUser(app.payload, ['editor'])
    const req = await reqAs(app.payload, editor)
    req.i18n = await getLocalI18n({ config: app.payload.config, language: 'en' })
    req.t = req.i18n.t
    const { work, job } = await queueImport(req, options, 'mentions', { csv: 'Medio,Fecha,Titular\nDiario del Sur,32/08/2026,Titular en inglés' })
    await app.payload.jobs.runByID({ id: job.id, silent: true })
    const done = (await app.payload.findByID({ collection: 'background-work' as never, id: work.id, depth: 0, overrideAccess: true })) as unknown as Work
    expect(done.result!.rows).toEqual([
      expect.objectContaining({ line: 2, status: 'rejected', field: 'date', reason: '"32/08/2026" is not a valid date (DD/MM/YYYY or YYYY-MM-DD)' }),
    ])
    expect(done.summary).toBe('1 rows: 0 created, 0 skipped, 1 rejected.')
  })

  it('a report or an import left running by a dead runner is taken again once its lease ran out, and only then (issue 16, item 4)', async () => {
    const head = await makeUser(app.payload, ['head'])
    const editor = await makeUser(app.payload, ['editor'])
    const report = await queueReport(await reqAs(app.payload, head), options, '2026-07')
    const csv = ['Medio,Fecha,Titular', ...Array.from({ length: 20 }, (_, i) => `Diario del Sur,0${(i % 9) + 1}/07/2026,Huérfana ${i}`)].join('\n')
    const imported = await queueImport(await reqAs(app.payload, editor), options, 'mentions', { csv })
    // What a runner killed right after taking the work leaves: the record running, its lease held.
    const leave = async (id: number | string, lockedUntil: Date) => {
      await app.payload.update({ collection: 'background-work' as never, id, data: { status: 'running', startedAt: new Date().toISOString() } as never, overrideAccess: true })
      const key = `background-work:${String(id)}`
      const { docs } = await app.payload.find({ collection: 'job-leases' as never, where: { key: { equals: key } }, overrideAccess: true })
      const data = { key, holder: 'dead-runner', lockedUntil: lockedUntil.toISOString() }
      if (docs[0]) await app.payload.update({ collection: 'job-leases' as never, id: (docs[0] as any).id, data: data as never, overrideAccess: true })
      else await app.payload.create({ collection: 'job-leases' as never, data: data as never, overrideAccess: true })
    }
    const status = async (id: number | string) => ((await app.payload.findByID({ collection: 'background-work' as never, id, depth: 0, overrideAccess: true })) as unknown as Work).status
    const rerun = async (input: Record<string, unknown>, task: string) => {
      const again = (await app.payload.jobs.queue({ task: task as never, input: input as never, queue: 'pregonero' })) as unknown as { id: number | string }
      await app.payload.jobs.runByID({ id: again.id, silent: true })
    }
    // Lease still held: a second run leaves the work alone.
    await leave(report.work.id, new Date(Date.now() + 60_000))
    await leave(imported.work.id, new Date(Date.now() + 60_000))
    await rerun({ work: String(report.work.id), period: '2026-07' }, 'planning-generate-report')
    await rerun({ work: String(imported.work.id), kind: 'mentions', csv }, 'monitoring-import-csv')
    expect([await status(report.work.id), await status(imported.work.id)]).toEqual(['running', 'running'])
    // Lease ran out: the next run takes the work and finishes it.
    await leave(report.work.id, new Date(Date.now() - 1000))
    await leave(imported.work.id, new Date(Date.now() - 1000))
    await rerun({ work: String(report.work.id), period: '2026-07' }, 'planning-generate-report')
    await rerun({ work: String(imported.work.id), kind: 'mentions', csv }, 'monitoring-import-csv')
    expect([await status(report.work.id), await status(imported.work.id)]).toEqual(['done', 'done'])
    expect((await app.payload.count({ collection: 'media-mentions' as never, where: { headline: { like: 'Huérfana' } } })).totalDocs).toBe(20)
  })
})
