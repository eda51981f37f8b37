/**
 * `npm run seed`: seeds the database DATABASE_URI points at (idempotent).
 * Demo users are created unless NODE_ENV=production (then only with SEED_DEMO_USERS=true).
 */
import { getPayload } from 'payload'

import config from '../payload.config.js'
import { seed } from './index.js'

// If the process loses its last handle mid-seed (the TypeScript loader's thread, see
// scripts/runPayloadScript.mjs), Node would end it with exit code 0 half-done; this handle forbids it.
const alive = setInterval(() => {}, 60_000)
const payload = await getPayload({ config })
const demoUsers = process.env.NODE_ENV !== 'production' || process.env.SEED_DEMO_USERS === 'true'
await seed(payload, { demoUsers })
await payload.destroy()
clearInterval(alive)
process.exit(0)
