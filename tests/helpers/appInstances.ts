import type { ChildProcess } from 'node:child_process'

import { type RunningApp, spawnProductionServer } from './appServer.js'
import { freePort, probe } from './ports.js'

export type Instance = { url: string; pid: number | undefined; logs: () => string; stop: () => Promise<void> }

/**
 * Another production server (`npm start`) of the built app on the SAME database as `app` (SQLite in WAL mode takes
 * several processes): what a deployment with several instances behind one balancer runs. No seed,
 * no migrations of its own (the first instance ran them). `extraEnv` tunes this instance only.
 */
export const startInstance = async (app: RunningApp, extraEnv: Record<string, string> = {}): Promise<Instance> => {
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const env = { ...app.env, PORT: String(port), PAYLOAD_PUBLIC_SERVER_URL: url, ...extraEnv }
  let output = ''
  const child: ChildProcess = spawnProductionServer(port, env)
  child.stdout?.on('data', (chunk) => (output += chunk))
  child.stderr?.on('data', (chunk) => (output += chunk))
  let stopping = false
  child.once('exit', (code, signal) => {
    if (!stopping) console.error(`[startInstance] the server exited (code ${code}, signal ${signal}) while in use:\n${output.slice(-4000)}`)
  })
  const started = Date.now()
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited: ${output}`)
    if (((await probe(`${url}/api/users/me`)) ?? 500) < 500) break
    if (Date.now() - started > 90_000) throw new Error(`instance did not start in 90 s: ${output}`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  return {
    url,
    pid: child.pid,
    logs: () => output,
    stop: async () => {
      stopping = true
      if (child.exitCode === null) {
        child.kill('SIGTERM')
        await new Promise((resolve) => child.once('exit', resolve))
      }
    },
  }
}
