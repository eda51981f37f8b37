/**
 * One bench in a process of its own (`node --import tsx tests/bench/child.ts <file>`, started by
 * run.ts): a process boots one Payload (tests/helpers/bootPayload.ts). Prints the bench's rows as
 * one `BENCH_ROWS=<json>` line and exits 0; a failure throws (exit 1, the error on stderr).
 */
import { pathToFileURL } from 'node:url'

import type { Bench } from './types.js'

const bench = (await import(pathToFileURL(process.argv[2]!).href)) as Bench
const rows = await bench.run()
process.stdout.write(`\nBENCH_ROWS=${JSON.stringify(rows)}\n`)
process.exit(0)
