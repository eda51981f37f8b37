/**
 * `npm run bench`: runs every tests/bench/*.bench.ts (or those named on the command line), each in
 * a process of its own (child.ts: one Payload per process, see bootPayload), one after another, and
 * prints one table: figure, baseline, measured, ratio, goal, pass/fail. Exits 1 if a goal fails or
 * a bench ends without its figures.
 * The workflow, API and indicators benches run a second time on PostgreSQL (PREGONERO_TEST_DB=postgres:
 * the app, and the API bench's bare Payload, each on a fresh database of PREGONERO_TEST_PG_URL's
 * server), with the same goals: their rows are marked "(PostgreSQL)". `--no-postgres` leaves them out.
 * `npm run bench -- --boot-only`: only boots Payload the way the benches do (bootPayload on a fresh
 * SQLite file), prints "[bench] Payload booted" and exits 0 (`npm run stress:boot` counts these).
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { assertPostgresReachable } from '../../scripts/pgDatabase.mjs'
import type { BenchRow } from './types.js'

const here = path.dirname(fileURLToPath(import.meta.url))

if (process.argv.includes('--boot-only')) {
  const { bootPayload } = await import('../helpers/bootPayload.js')
  const app = await bootPayload()
  console.log(`[bench] Payload booted (${app.payload.config.collections.length} collections)`)
  await app.close()
  process.exit(0)
}

/** The benches that also print PostgreSQL rows (issue 16, item 5). */
const ON_POSTGRES = ['workflow.bench.ts', 'api.bench.ts', 'indicators.bench.ts']
const withPostgres = !process.argv.includes('--no-postgres')
const only = process.argv.slice(2).filter((arg) => !arg.startsWith('--'))
const files = fs
  .readdirSync(here)
  .filter((file) => file.endsWith('.bench.ts'))
  .filter((file) => only.length === 0 || only.some((name) => file.includes(name)))
  .sort()

/** Runs one bench file in its own process (same NODE_OPTIONS: the preload, --expose-gc); its output goes through. */
const runInChild = (file: string, env: NodeJS.ProcessEnv = process.env) =>
  new Promise<{ rows: BenchRow[] | null; ended: string }>((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(here, 'child.ts'), path.join(here, file)], {
      env,
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    let rows: BenchRow[] | null = null
    let pending = ''
    child.stdout.on('data', (chunk: Buffer) => {
      pending += chunk.toString('utf8')
      const lines = pending.split('\n')
      pending = lines.pop() ?? ''
      for (const line of lines) {
        if (line.startsWith('BENCH_ROWS=')) rows = JSON.parse(line.slice('BENCH_ROWS='.length)) as BenchRow[]
        else process.stdout.write(`${line}\n`)
      }
    })
    child.once('close', (code, signal) => {
      if (pending) process.stdout.write(`${pending}\n`)
      resolve({ rows, ended: signal ? `signal ${signal}` : `exit code ${code}` })
    })
  })

const rows: Array<BenchRow & { bench: string }> = []
const runs: Array<{ file: string; database: 'postgres' | 'sqlite' }> = files.map((file) => ({ file, database: 'sqlite' as const }))
if (withPostgres) runs.push(...files.filter((file) => ON_POSTGRES.includes(file)).map((file) => ({ file, database: 'postgres' as const })))
let postgresProblem: null | string = null
if (runs.some((run) => run.database === 'postgres')) await assertPostgresReachable().catch((error: Error) => (postgresProblem = error.message))
for (const { file, database } of runs) {
  const bench = `${file.replace('.bench.ts', '')}${database === 'postgres' ? ' (PostgreSQL)' : ''}`
  if (database === 'postgres' && postgresProblem) {
    console.error(`[bench] ${bench}: ${postgresProblem}`)
    rows.push({ bench, figure: 'run (PostgreSQL unreachable)', baseline: 0, measured: 0, ratio: 0, goal: 'runs', pass: false, unit: '' })
    continue
  }
  console.log(`[bench] ${bench}…`)
  const { rows: benchRows, ended } = await runInChild(file, database === 'postgres' ? { ...process.env, PREGONERO_TEST_DB: 'postgres' } : process.env)
  if (benchRows) {
    for (const row of benchRows) rows.push({ ...row, bench })
  } else {
    console.error(`[bench] ${bench} ended without its figures (${ended})`)
    rows.push({ bench, figure: `run (${ended})`, baseline: 0, measured: 0, ratio: 0, goal: 'runs', pass: false, unit: '' })
  }
}

const fmt = (value: number) => (Math.abs(value) >= 100 ? value.toFixed(0) : value.toFixed(3))
const table = rows.map((row) => ({
  bench: row.bench,
  figure: row.figure,
  baseline: `${fmt(row.baseline)} ${row.unit}`,
  measured: `${fmt(row.measured)} ${row.unit}`,
  ratio: `${row.ratio.toFixed(2)}×`,
  goal: row.goal,
  result: row.pass ? 'pass' : 'FAIL',
}))
console.table(table)
const failed = rows.filter((row) => !row.pass).length
console.log(`${rows.length - failed} goals met, ${failed} missed`)
process.exit(failed ? 1 : 0)
