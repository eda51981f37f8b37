#!/usr/bin/env node
// A real streaming replica of the local Debian PostgreSQL cluster, for the read-replica test
// (tests/int/read-replica.pg.int.spec.ts) and for trying `DATABASE_READ_REPLICAS` by hand.
//
//   node scripts/pgReplica.mjs up      # idempotent: nothing to do when the replica is streaming
//   node scripts/pgReplica.mjs down    # stops and removes the replica cluster (never the primary)
//   node scripts/pgReplica.mjs status
//
// Run as root (Debian's pg_* wrappers; postgres-owned steps go through `su postgres`). The primary
// is the cluster `<version> main` (5432); it is never stopped or restarted, only reloaded when a
// pg_hba line for replication has to be added. The replica is the cluster `<version> replica` on
// PGREPLICA_PORT (5433): pg_basebackup -R -X stream of the primary (standby.signal +
// primary_conninfo), hot standby, no replication slot (a slot left behind by a removed replica
// would keep the primary's WAL forever). The role `pregonero_repl` (REPLICATION) streams; the test
// role `pregonero` may pause and resume the replay (GRANT EXECUTE, replicated like everything else).
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'

const PORT = Number(process.env.PGREPLICA_PORT || 5433)
const CLUSTER = 'replica'
const REPL_ROLE = 'pregonero_repl'
const REPL_PASSWORD = process.env.PGREPLICA_PASSWORD || 'pregonero_repl'
const TEST_ROLE = 'pregonero'

const run = (cmd, args, opts = {}) => execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...opts })
const asPostgres = (script, env = {}) =>
  run('su', ['postgres', '-s', '/bin/sh', '-c', script], { env: { ...process.env, ...env } })
const shq = (s) => `'${String(s).replace(/'/g, `'\\''`)}'`

/** Debian's clusters: { version, name, port, status, dataDir }. */
const clusters = () =>
  run('pg_lsclusters', ['-h'])
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [version, name, port, status, , dataDir] = line.split(/\s+/)
      return { version, name, port: Number(port), status, dataDir }
    })

const primary = () => {
  const main = clusters().find((c) => c.name === 'main')
  if (!main || !main.status.startsWith('online')) throw new Error('pgReplica: the primary cluster "main" is not online (pg_lsclusters); start it first (.ci/run does)')
  return main
}

const psql = (port, sql, db = 'postgres') => asPostgres(`psql -p ${port} -d ${db} -v ON_ERROR_STOP=1 -Atqc ${shq(sql)}`).trim()

/** Primary side: the replication role, a pg_hba line for it on loopback, the replay grants. */
const preparePrimary = (main) => {
  psql(
    main.port,
    `DO $$ BEGIN
       IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${REPL_ROLE}') THEN CREATE ROLE ${REPL_ROLE} WITH REPLICATION LOGIN PASSWORD '${REPL_PASSWORD}';
       ELSE ALTER ROLE ${REPL_ROLE} WITH REPLICATION LOGIN PASSWORD '${REPL_PASSWORD}'; END IF;
       IF EXISTS (SELECT FROM pg_roles WHERE rolname = '${TEST_ROLE}') THEN
         GRANT EXECUTE ON FUNCTION pg_wal_replay_pause() TO ${TEST_ROLE};
         GRANT EXECUTE ON FUNCTION pg_wal_replay_resume() TO ${TEST_ROLE};
       END IF;
     END $$`,
  )
  const hbaFile = psql(main.port, 'SHOW hba_file')
  const covered = psql(
    main.port,
    `SELECT count(*) FROM pg_hba_file_rules WHERE type = 'host' AND 'replication' = ANY(database)
       AND ('all' = ANY(user_name) OR '${REPL_ROLE}' = ANY(user_name)) AND address = '127.0.0.1' AND auth_method <> 'reject'`,
  )
  if (covered === '0') {
    fs.appendFileSync(hbaFile, `\n# pregonero read-replica test (scripts/pgReplica.mjs)\nhost replication ${REPL_ROLE} 127.0.0.1/32 scram-sha-256\n`)
    psql(main.port, 'SELECT pg_reload_conf()')
  }
}

/** True when the replica answers on its port and is in recovery with a live WAL receiver. */
const streaming = () => {
  try {
    return psql(PORT, "SELECT pg_is_in_recovery() AND EXISTS (SELECT FROM pg_stat_wal_receiver WHERE status = 'streaming')") === 't'
  } catch {
    return false
  }
}

const down = () => {
  const existing = clusters().find((c) => c.name === CLUSTER)
  if (existing) run('pg_dropcluster', [existing.version, CLUSTER, '--stop'])
}

const waitFor = async (check, what, ms = 30000) => {
  const until = Date.now() + ms
  while (!check()) {
    if (Date.now() > until) throw new Error(`pgReplica: timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 200))
  }
}

const up = async () => {
  const main = primary()
  preparePrimary(main)
  if (streaming()) return 'already streaming'
  // Anything else under the name (stopped, half-built, a plain cluster) is rebuilt from scratch.
  down()
  run('pg_createcluster', [main.version, CLUSTER, '--port', String(PORT)])
  const dataDir = clusters().find((c) => c.name === CLUSTER).dataDir
  asPostgres(`rm -rf ${shq(dataDir)} && mkdir -m 700 ${shq(dataDir)}`)
  asPostgres(`pg_basebackup -h 127.0.0.1 -p ${main.port} -U ${REPL_ROLE} -D ${shq(dataDir)} -R -X stream -c fast`, { PGPASSWORD: REPL_PASSWORD })
  run('pg_ctlcluster', [main.version, CLUSTER, 'start'])
  await waitFor(streaming, 'the replica to stream from the primary')
  return 'created'
}

const status = () => {
  const existing = clusters().find((c) => c.name === CLUSTER)
  if (!existing) return 'absent'
  return `${existing.version}/${CLUSTER} port ${existing.port} ${existing.status}${streaming() ? ', streaming' : ', NOT streaming'}`
}

const command = process.argv[2] ?? 'up'
const started = Date.now()
try {
  if (command === 'up') console.log(`pgReplica: ${await up()} (port ${PORT}, ${((Date.now() - started) / 1000).toFixed(1)} s)`)
  else if (command === 'down') down(), console.log('pgReplica: removed')
  else if (command === 'status') console.log(`pgReplica: ${status()}`)
  else throw new Error(`pgReplica: unknown command "${command}" (up, down, status)`)
} catch (error) {
  console.error(error.stderr ? `${error.message}\n${error.stderr}` : error.message)
  process.exit(1)
}
