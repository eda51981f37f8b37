import { pathToFileURL } from 'node:url'

import type { BenchRow } from './types.js'

/**
 * True when the module at `moduleUrl` is the script node was started with
 * (`NODE_OPTIONS="--import ./scripts/esm/preload.mjs" npx tsx tests/bench/x.bench.ts`: a process that
 * boots Payload starts with the preload, see scripts/esm/preload.mjs; `npm run bench -- x` does it).
 */
export const isMain = (moduleUrl: string): boolean => Boolean(process.argv[1]) && moduleUrl === pathToFileURL(process.argv[1]!).href

/** Runs one bench on its own: prints its rows and exits 1 when a goal is missed or it fails. */
export const runStandalone = (moduleUrl: string, run: () => Promise<BenchRow[]>): void => {
  if (!isMain(moduleUrl)) return
  run()
    .then((rows) => {
      console.table(rows)
      process.exit(rows.every((row) => row.pass) ? 0 : 1)
    })
    .catch((error) => {
      console.error(error)
      process.exit(1)
    })
}
