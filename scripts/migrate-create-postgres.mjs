// `npm run migrate:create:postgres -- <name>`: Payload's migrate:create for PostgreSQL. It runs
// against a scratch database (PREGONERO_TEST_PG_URL's server, `pregonero_pg_migrate_*`, dropped
// afterwards): the new migration is the difference between the config and the last snapshot in
// dev/migrations-postgres/ (the database itself is only connected to). Through the preload runner.
import { createDatabase, dropDatabase, scratchName } from './pgDatabase.mjs'
import { runPayloadScript } from './runPayloadScript.mjs'

const name = scratchName('migrate')
const url = await createDatabase(name)
let status = 1
try {
  const run = runPayloadScript(['migrate:create', ...process.argv.slice(2)], {
    env: { ...process.env, DATABASE_URI: url, PAYLOAD_DB_PUSH: 'false', NODE_OPTIONS: '--no-deprecation' },
    echo: true,
  })
  status = run.status ?? 1
} finally {
  await dropDatabase(name)
}
process.exit(status)
