/**
 * Production refuses to boot without its secret or its public address (issue 13, item 11): the
 * BUILT app (`npm start`'s server, NODE_ENV=production) exits with a message naming the variable,
 * instead of serving sessions signed with a development secret or password-reset mails with
 * relative links. (dev/instrumentation.ts runs the check before the server serves anything.)
 */
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { spawnProductionServer } from '../helpers/appServer.js'
import { freePort } from '../helpers/ports.js'

/** Starts the production server (`npm start`) with this environment; resolves with its exit code and output, or 'serving' if it answers HTTP. */
const boot = async (env: Record<string, string | undefined>) => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'pregonero-boot-'))
  const port = await freePort()
  const childEnv: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', DATABASE_URI: `file:${path.join(dir, 'app.db')}`, PAYLOAD_DB_PUSH: 'false', ...env }
  for (const [key, value] of Object.entries(env)) if (value === undefined) delete childEnv[key]
  const child = spawnProductionServer(port, childEnv)
  let output = ''
  child.stdout!.on('data', (chunk) => (output += chunk))
  child.stderr!.on('data', (chunk) => (output += chunk))
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  const started = Date.now()
  let outcome: { code: number | null } | 'serving' | undefined
  while (!outcome && Date.now() - started < 60_000) {
    const code = await Promise.race([exited, new Promise<'running'>((resolve) => setTimeout(() => resolve('running'), 500))])
    if (code !== 'running') outcome = { code }
    else if (await fetch(`http://127.0.0.1:${port}/api/users/me`).then((res) => res.status < 500, () => false)) outcome = 'serving'
  }
  if (child.exitCode === null) {
    child.kill('SIGTERM')
    await exited
  }
  await fs.rm(dir, { recursive: true, force: true })
  return { outcome, output }
}

it.each([
  ['PAYLOAD_PUBLIC_SERVER_URL', { PAYLOAD_SECRET: 'boot-secret', PAYLOAD_PUBLIC_SERVER_URL: undefined }],
  ['PAYLOAD_SECRET', { PAYLOAD_SECRET: undefined, PAYLOAD_PUBLIC_SERVER_URL: 'https://comunicaciones.pasto.gov.co' }],
])('without %s, the production server exits with a message naming it', async (variable, env) => {
  const { outcome, output } = await boot(env)
  expect(outcome).not.toBe('serving')
  expect(outcome).toEqual({ code: expect.any(Number) })
  expect((outcome as { code: number }).code).not.toBe(0)
  expect(output).toContain(variable)
}, 90_000)

it('with both, it serves', async () => {
  const { outcome } = await boot({ PAYLOAD_SECRET: 'boot-secret', PAYLOAD_PUBLIC_SERVER_URL: 'https://comunicaciones.pasto.gov.co' })
  expect(outcome).toBe('serving')
}, 90_000)
