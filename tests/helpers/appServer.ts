import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { createDatabase, dropDatabase, scratchName } from '../../scripts/pgDatabase.mjs'
import { runPayloadScript } from '../../scripts/runPayloadScript.mjs'
import { DEMO_PASSWORD } from '../../dev/seed/data/users.js'
import { freePort, probe } from './ports.js'

const root = path.resolve(import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname), '..', '..')

/**
 * Spawns the built app's production server as `npm start` runs it (dev/server.mjs: Next.js with the
 * cache's front door) on loopback.
 */
export const spawnProductionServer = (port: number, env: NodeJS.ProcessEnv): ChildProcess =>
  spawn(process.execPath, [path.join(root, 'dev', 'server.mjs'), '-p', String(port), '-H', '127.0.0.1'], { cwd: root, env })

export type RunningApp = {
  url: string
  dir: string
  env: NodeJS.ProcessEnv
  /** What the fixtures script printed on its `FIXTURES=` line (parsed), if one was given. */
  fixtures: Record<string, unknown>
  stop: () => Promise<void>
  logs: () => string
  /** The server process (dev/server.mjs runs Next.js' server in this process). */
  pid: number | undefined
  /** Sends the server a signal and waits for its end (SIGKILL: an instance lost mid-job). */
  kill: (signal: NodeJS.Signals) => Promise<void>
  /** Logs in over HTTP (POST /api/users/login; a seeded demo user by default) and returns the JWT and the user's id. */
  login: (email: string, password?: string) => Promise<{ token: string; id: number | string }>
}

export type StartOptions = {
  /** A `payload run` script whose `FIXTURES=` line the test reads. */
  fixtures?: string
  /**
   * The database: a fresh SQLite file (default); `'postgres'`: a fresh PostgreSQL database
   * `pregonero_pg_app_*` (PREGONERO_TEST_PG_URL's server), dropped on stop; or a `postgres://` URL
   * the caller owns (several instances on one database), migrated by the first start, never dropped here.
   */
  database?: 'postgres' | 'sqlite' | (string & {})
  /** `false`: another instance on a database already migrated and seeded (with `database` its URL). @default true */
  seed?: boolean
}

/**
 * Starts the BUILT reference app (`npm start`'s dev/server.mjs, production mode) on a fresh database: the
 * committed migrations create the schema on start (prodMigrations; dev/migrations or
 * dev/migrations-postgres), then the seed adds the departments and the demo users. Requires
 * `npm run build` first (scripts/test.mjs does it).
 */
export const startApp = async (
  extraEnv: Record<string, string> = {},
  { fixtures: fixturesScript, database = 'sqlite', seed = true }: StartOptions = {},
): Promise<RunningApp> => {
  try {
    await fs.access(path.join(root, 'dev', '.next', 'BUILD_ID'))
  } catch {
    throw new Error('The app is not built: run `npm run build` (npm test does it for you).')
  }
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'pregonero-app-'))
  const pgName = database === 'postgres' ? scratchName('app') : null
  const databaseUri = pgName ? await createDatabase(pgName) : database === 'sqlite' ? `file:${path.join(dir, 'app.db')}` : database
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    // The fixed-clock runs: the server and the CLI scripts read the same shifted clock as the tests.
    NODE_OPTIONS: process.env.PREGONERO_TEST_CLOCK ? `--no-deprecation --import=${path.join(root, 'tests', 'helpers', 'clock.mjs')}` : '--no-deprecation',
    NEXT_TELEMETRY_DISABLED: '1',
    DATABASE_URI: databaseUri,
    PREGONERO_MEDIA_DIR: path.join(dir, 'media'),
    PAYLOAD_SECRET: 'e2e-secret',
    PAYLOAD_PUBLIC_SERVER_URL: url,
    PAYLOAD_DB_PUSH: 'false',
    SEED_DEMO_USERS: 'true',
    PORT: String(port),
    ...extraEnv,
  }
  delete env.SMTP_HOST
  Object.assign(env, extraEnv)
  // `seed: false`: another instance on a database already migrated and seeded (DATABASE_URI in extraEnv).
  const seeded = seed ? runPayloadScript(['run', 'dev/seed/run.ts'], { env, timeout: 180_000 }) : { status: 0, signal: null, stdout: '[seed] skipped', stderr: '' }
  // The seed ends by logging its summary ("[seed] …"): an exit 0 without it is a seed cut short.
  if (seeded.status !== 0 || !`${seeded.stdout}`.includes('[seed]')) {
    throw new Error(`seed failed (status ${seeded.status}, signal ${seeded.signal}): ${seeded.stdout}\n${seeded.stderr}`)
  }
  // Test fixtures go in as system code before the server starts (no second writer on the file).
  let fixtures: Record<string, unknown> = {}
  if (fixturesScript) {
    const run = runPayloadScript(['run', fixturesScript], { env, timeout: 120_000 })
    const line = `${run.stdout ?? ''}`.split('\n').find((l) => l.startsWith('FIXTURES='))
    if (!line) {
      const files = await fs.readdir(dir).catch((error: Error) => [`(cannot list: ${error.message})`])
      throw new Error(
        `fixtures failed (status ${run.status}, signal ${run.signal}, ${run.error ?? 'no spawn error'}): ${run.stdout}\n${run.stderr}\n` +
          `--- the seed before it printed: ${seeded.stdout}\n${seeded.stderr}\n--- files in ${dir}: ${files.join(', ')}`,
      )
    }
    fixtures = JSON.parse(line.slice('FIXTURES='.length))
  }

  let output = ''
  const child = spawnProductionServer(port, env)
  child.stdout?.on('data', (chunk) => (output += chunk))
  child.stderr?.on('data', (chunk) => (output += chunk))
  let stopping = false
  // A server that dies under a test shows as "fetch failed"; its own last words say why.
  child.once('exit', (code, signal) => {
    if (!stopping) console.error(`[startApp] the server exited (code ${code}, signal ${signal}) while in use:\n${output.slice(-4000)}`)
  })
  const started = Date.now()
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited: ${output}`)
    if (((await probe(`${url}/api/users/me`)) ?? 500) < 500) break
    if (Date.now() - started > 60_000) throw new Error(`app did not start in 60 s: ${output}`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  return {
    url,
    dir,
    env,
    fixtures,
    logs: () => output,
    pid: child.pid,
    login: async (email, password = DEMO_PASSWORD) => {
      const res = await fetch(`${url}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email, password }) })
      const text = await res.text()
      if (res.status !== 200) throw new Error(`login ${email}: ${res.status} ${text.slice(0, 300)}`)
      const body = JSON.parse(text) as { token: string; user: { id: number | string } }
      return { token: body.token, id: body.user.id }
    },
    kill: async (signal) => {
      stopping = true
      if (child.exitCode !== null || child.signalCode !== null) return
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill(signal)
      await exited
    },
    stop: async () => {
      stopping = true
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM')
        await new Promise((resolve) => child.once('exit', resolve))
      }
      await fs.rm(dir, { recursive: true, force: true })
      if (pgName) await dropDatabase(pgName)
    },
  }
}
