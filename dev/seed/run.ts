/**
 * `npm run seed`: seeds the database DATABASE_URI points at (idempotent).
 * Demo users are created unless NODE_ENV=production (then only with SEED_DEMO_USERS=true); the
 * living demo with them, unless NODE_ENV=production (then only with SEED_DEMO_OFFICE=true).
 */
import { getPayload } from 'payload'

import config from '../payload.config.js'
import { seed } from './index.js'

const payload = await getPayload({ config })
const demoUsers = process.env.NODE_ENV !== 'production' || process.env.SEED_DEMO_USERS === 'true'
// The living demo (months of figures, every state) on development databases, or when asked.
const demoOffice = demoUsers && (process.env.NODE_ENV !== 'production' || process.env.SEED_DEMO_OFFICE === 'true')
await seed(payload, { demoUsers, demoOffice })
await payload.destroy()
process.exit(0)
