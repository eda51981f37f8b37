// Runs a one-shot Payload CLI command (`payload run <script>`, `payload migrate`) to completion,
// once. The child starts with scripts/esm/preload.mjs (withPreload): the lexical packages load
// without top-level `await`, and a run whose event loop empties before it finishes exits 1 with a
// message instead of ending silently with 0. Whatever the run ends with is final: it is never
// started again (README, "Troubleshooting → A Payload process ends silently or hangs while booting").
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { withPreload } from './esm/nodeOptions.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/**
 * @param {string[]} args the payload CLI's arguments, e.g. ['run', 'dev/seed/run.ts']
 * @param {{ env?: NodeJS.ProcessEnv, timeout?: number, echo?: boolean }} [options]
 */
export const runPayloadScript = (args, { env = process.env, timeout, echo = false } = {}) => {
  const run = spawnSync(path.join(root, 'node_modules', '.bin', 'payload'), args, {
    cwd: root,
    env: { ...env, NODE_OPTIONS: withPreload(env.NODE_OPTIONS) },
    encoding: 'utf8',
    timeout,
  })
  if (echo) {
    process.stdout.write(run.stdout ?? '')
    process.stderr.write(run.stderr ?? '')
  }
  return run
}
