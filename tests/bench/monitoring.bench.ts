/**
 * Monitoring benchmarks: CSV import throughput (SQL fast path and the neutral `payload.db.create`
 * path vs one `payload.create` per row)
 * and the derived figures on a month of 10 000 mentions (GROUP BY vs neutral count/find).
 * Run alone: `npm run bench -- monitoring`.
 */
import { bootPayload } from '../helpers/bootPayload.js'
import { resolveOptions } from '../../src/defaults.js'
import { mentionsBySentimentAndOutletType, shareOfVoiceByTopic } from '../../src/features/monitoring/figures.js'
import { importMentions } from '../../src/features/monitoring/import.js'
import { queueImport } from '../../src/features/monitoring/background.js'
import { createLocalReq } from 'payload'

export type BenchRow = { figure: string; baseline: number; measured: number; ratio: number; goal: string; pass: boolean; unit: string }

const file = (n: number, prefix: string) => {
  const lines = ['Medio,Fecha,Titular,URL,Sentimiento,Tema']
  for (let i = 0; i < n; i++) {
    lines.push(`Diario del Sur,${String((i % 28) + 1).padStart(2, '0')}/10/2026,${prefix} ${i},https://diariodelsur.com.co/${prefix}/${i},${['positivo', 'neutro', 'negativo'][i % 3]},Tema ${i % 12}`)
  }
  return lines.join('\n')
}

export async function run(): Promise<BenchRow[]> {
  const app = await bootPayload()
  try {
    const { payload } = app
    const admin = await payload.create({ collection: 'users', data: { name: 'Bench', email: 'bench@pasto.gov.co', password: 'Bench-12345', roles: ['admin'] } as never })
    await payload.create({ collection: 'media-outlets' as never, data: { name: 'Diario del Sur', type: 'press', scope: 'regional' } as never })
    const options = resolveOptions()
    const req = async () => createLocalReq({ user: { ...(admin as object), collection: 'users' } as never }, payload)

    let t = Date.now()
    const neutral = await importMentions(await req(), options, { csv: file(300, 'neutral'), sqlFastPath: false, writePath: 'operation' })
    const neutralPerRow = (Date.now() - t) / neutral.created
    t = Date.now()
    const adapter = await importMentions(await req(), options, { csv: file(1000, 'adapter'), sqlFastPath: false })
    const adapterPerRow = (Date.now() - t) / adapter.created
    t = Date.now()
    const fast = await importMentions(await req(), options, { csv: file(10_000, 'fast'), sqlFastPath: true })
    const fastTotal = Date.now() - t
    const fastPerRow = fastTotal / fast.created

    const october = { from: new Date('2026-10-01T05:00:00Z'), to: new Date('2026-11-01T05:00:00Z') }
    t = Date.now()
    await mentionsBySentimentAndOutletType(payload, october, { sqlFastPath: false })
    await shareOfVoiceByTopic(payload, october, { sqlFastPath: false })
    const figuresNeutral = Date.now() - t
    t = Date.now()
    await mentionsBySentimentAndOutletType(payload, october, { sqlFastPath: true })
    await shareOfVoiceByTopic(payload, october, { sqlFastPath: true })
    const figuresFast = Date.now() - t

    // A 50 000-row file (maxImportRows) as a background job, run by the queue: its total time;
    // then another such file with the live heap sampled (a full GC before each sample, every
    // 100 ms: what the job holds, not garbage waiting for a collection) against the file's size.
    const runJob = async (csv: string) => {
      const { work } = await queueImport(await req(), { ...options, jobsQueue: 'pregonero' }, 'mentions', { csv })
      await payload.jobs.run({ queue: 'pregonero', sequential: true })
      const done = (await payload.findByID({ collection: 'background-work' as never, id: work.id, depth: 0 })) as unknown as { status: string; result?: { created?: number } }
      return done.status === 'done' && done.result?.created === 50_000
    }
    let big = file(50_000, 'job')
    t = Date.now()
    const jobOk = await runJob(big)
    const jobTotal = Date.now() - t
    big = file(50_000, 'heap')
    const fileBytes = Buffer.byteLength(big) // one byte a character: V8 keeps an ASCII string as Latin-1
    const gc = (globalThis as { gc?: () => void }).gc
    gc?.()
    const heapBefore = process.memoryUsage().heapUsed
    let heapPeak = heapBefore
    const sampler = setInterval(() => {
      gc?.()
      heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed)
    }, 100)
    const heapOk = await runJob(big)
    clearInterval(sampler)
    const heapTimes = (heapPeak - heapBefore) / fileBytes

    return [
      { figure: 'monitoring: CSV import, ms per row (payload.create 300 rows → neutral payload.db.create 1 000 rows, the MongoDB path)', baseline: neutralPerRow, measured: adapterPerRow, ratio: neutralPerRow / adapterPerRow, goal: 'adapter path ≥ 2× faster per row', pass: neutralPerRow / adapterPerRow >= 2, unit: 'ms/row' },
      { figure: 'monitoring: CSV import, ms per row (payload.create 300 rows → SQL fast path 10 000 rows)', baseline: neutralPerRow, measured: fastPerRow, ratio: neutralPerRow / fastPerRow, goal: 'fast path ≥ 5× faster per row', pass: neutralPerRow / fastPerRow >= 5, unit: 'ms/row' },
      { figure: 'monitoring: 10 000-row CSV import, total', baseline: 60_000, measured: fastTotal, ratio: 60_000 / fastTotal, goal: '< 60 s on the shared 2-core machine', pass: fastTotal < 60_000, unit: 'ms' },
      { figure: `monitoring: 50 000-row CSV import as a job (batches, checkpoints), total${jobOk && heapOk ? '' : ' — DID NOT FINISH'}`, baseline: 120_000, measured: jobTotal, ratio: 120_000 / jobTotal, goal: '< 120 s on the shared 2-core machine', pass: jobOk && jobTotal < 120_000, unit: 'ms' },
      { figure: `monitoring: live heap added at the peak of a 50 000-row job (${(fileBytes / 1048576).toFixed(1)} MB file), per byte of the file`, baseline: 10, measured: heapTimes, ratio: 10 / heapTimes, goal: '≤ 10× the file', pass: heapOk && heapTimes <= 10, unit: '×' },
      { figure: 'monitoring: month figures on 10 300 mentions (neutral → GROUP BY)', baseline: figuresNeutral, measured: figuresFast, ratio: figuresNeutral / Math.max(1, figuresFast), goal: 'GROUP BY not slower', pass: figuresFast <= figuresNeutral, unit: 'ms' },
    ]
  } finally {
    await app.close()
  }
}

if (process.argv[1]?.endsWith('monitoring.bench.ts')) {
  run().then((rows) => {
    console.table(rows)
    process.exit(0)
  }, (error) => {
    console.error(error)
    process.exit(1)
  })
}
