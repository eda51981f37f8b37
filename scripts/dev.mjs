// `npm run dev`: applies the committed migrations, seeds the database idempotently (departments + demo users), then runs the
// Next.js dev server (webpack: our imports end in .js, which Turbopack does not map to .ts) with
// the admin at http://localhost:3000/admin. Each step runs once; if one fails the server is not started.
import { spawn } from 'node:child_process'

import { runPayloadScript } from './runPayloadScript.mjs'

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_OPTIONS: '--no-deprecation' }
for (const args of [['migrate'], ['run', 'dev/seed/run.ts']]) {
  const run = runPayloadScript(args, { env, echo: true })
  if (run.status !== 0) {
    console.error(`[dev] payload ${args.join(' ')} failed (${run.error?.message ?? (run.signal ? `signal ${run.signal}` : `exit code ${run.status}`)}): the server is not started.`)
    process.exit(run.status || 1)
  }
}
const dev = spawn('npx', ['next', 'dev', 'dev', '--webpack', ...process.argv.slice(2)], { stdio: 'inherit', env })
dev.on('exit', (code) => process.exit(code ?? 0))
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => dev.kill(signal))
