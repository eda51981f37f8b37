// `npm run dev`: applies the committed migrations, seeds the database idempotently (departments + demo users), then runs the
// Next.js dev server (webpack: our imports end in .js, which Turbopack does not map to .ts) with
// the admin at http://localhost:3000/admin.
import { spawn } from 'node:child_process'

import { runPayloadScript } from './runPayloadScript.mjs'

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_OPTIONS: '--no-deprecation' }
const migrated = runPayloadScript(['migrate'], { env, echo: true })
if (migrated.status !== 0) process.exit(migrated.status ?? 1)
const seeded = runPayloadScript(['run', 'dev/seed/run.ts'], { env, echo: true })
if (seeded.status !== 0) process.exit(seeded.status ?? 1)
const dev = spawn('npx', ['next', 'dev', 'dev', '--webpack', ...process.argv.slice(2)], { stdio: 'inherit', env })
dev.on('exit', (code) => process.exit(code ?? 0))
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => dev.kill(signal))
