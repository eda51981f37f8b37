// Runs a one-shot Payload CLI command (`payload run <script>`, `payload migrate`) to completion.
// Why the retry: on Node 20 the TypeScript loader (tsx, used by the payload CLI) loads modules on
// another thread, and now and then — about one run in five on a busy machine — Node ends the process
// before the script starts, with exit code 0 and no output at all (measured here). Such a run did
// nothing, so it is run again; any run that printed anything is final.
import { spawnSync } from 'node:child_process'
import path from 'node:path'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')

/**
 * @param {string[]} args the payload CLI's arguments, e.g. ['run', 'dev/seed/run.ts']
 * @param {{ env?: NodeJS.ProcessEnv, timeout?: number, echo?: boolean, attempts?: number }} [options]
 */
export const runPayloadScript = (args, { env = process.env, timeout, echo = false, attempts = 6 } = {}) => {
  for (let attempt = 1; ; attempt++) {
    const run = spawnSync(path.join(root, 'node_modules', '.bin', 'payload'), args, { cwd: root, env, encoding: 'utf8', timeout })
    if (echo) {
      process.stdout.write(run.stdout ?? '')
      process.stderr.write(run.stderr ?? '')
    }
    const droppedBeforeStart = run.status === 0 && !`${run.stdout ?? ''}${run.stderr ?? ''}`.trim()
    if (!droppedBeforeStart || attempt >= attempts) return run
    console.warn(`[payload ${args.join(' ')}] ended before starting (exit 0, no output): running it again (${attempt + 1}/${attempts})`)
  }
}
