/**
 * `npm run bench`: runs every tests/bench/*.bench.ts (or those named on the command line) and
 * prints one table: figure, baseline, measured, ratio, goal, pass/fail. Exits 1 if a goal fails.
 * `npm run bench -- --boot-only`: only boots Payload the way the benches do (bootPayload on a fresh
 * SQLite file), prints "[bench] Payload booted" and exits 0 (`npm run stress:boot` counts these).
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

import type { Bench, BenchRow } from './types.js'

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

const rows: Array<BenchRow & { bench: string }> = []
for (const file of files) {
  console.log(`[bench] ${file}…`)
  const bench = (await import(pathToFileURL(path.join(here, file)).href)) as Bench
  try {
    for (const row of await bench.run()) rows.push({ ...row, bench: file.replace('.bench.ts', '') })
  } catch (error) {
    console.error(`[bench] ${file} failed:`, error)
    rows.push({ bench: file, figure: 'run', baseline: 0, measured: 0, ratio: 0, goal: 'runs', pass: false, unit: '' })
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
