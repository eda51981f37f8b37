/**
 * `npm run bench`: runs every tests/bench/*.bench.ts (or those named on the command line), each in
 * a process of its own (child.ts: one Payload per process, see bootPayload), one after another, and
 * prints one table: figure, baseline, measured, ratio, goal, pass/fail. Exits 1 if a goal fails or
 * a bench ends without its figures.
 * `npm run bench -- --boot-only`: only boots Payload the way the benches do (bootPayload on a fresh
 * SQLite file), prints "[bench] Payload booted" and exits 0 (`npm run stress:boot` counts these).
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { BenchRow } from './types.js'

const here = path.dirname(fileURLToPath(import.meta.url))

if (process.argv.includes('--boot-only')) {
  const { bootPayload } = await import('../helpers/bootPayload.js')
  const app = await bootPayload()
  console.log(`[bench] Payload booted (${app.payload.config.collections.length} collections)`)
  await app.close()
  process.exit(0)
}

const only = process.argv.slice(2)
const files = fs
  .readdirSync(here)
  .filter((file) => file.endsWith('.bench.ts'))
  .filter((file) => only.length === 0 || only.some((name) => file.includes(name)))
  .sort()

/** Runs one bench file in its own process (same NODE_OPTIONS: the preload, --expose-gc); its output goes through. */
const runInChild = (file: string) =>
  new Promise<{ rows: BenchRow[] | null; ended: string }>((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(here, 'child.ts'), path.join(here, file)], {
      env: process.env,
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
for (const file of files) {
  console.log(`[bench] ${file}…`)
  const { rows: benchRows, ended } = await runInChild(file)
  if (benchRows) {
    for (const row of benchRows) rows.push({ ...row, bench: file.replace('.bench.ts', '') })
  } else {
    console.error(`[bench] ${file} ended without its figures (${ended})`)
    rows.push({ bench: file, figure: `run (${ended})`, baseline: 0, measured: 0, ratio: 0, goal: 'runs', pass: false, unit: '' })
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
