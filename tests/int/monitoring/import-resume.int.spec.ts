/**
 * Issue 16, item 4 — a background CSV import whose runner dies resumes from its checkpoint.
 * A child process (an ordinary `payload run` job runner on the same database) runs the import and
 * is killed with SIGKILL inside its second batch, the first one committed. Once the leases ran out
 * (the job's and the work's: 3 s here, real time), the queue run of this process takes the job
 * back, the import resumes from its checkpoint, and every row exists exactly once.
 */
import { jest } from '@jest/globals'

import { type ChildProcessByStdio, spawn } from 'node:child_process'
import path from 'node:path'
import type { Readable } from 'node:stream'

import { withPreload } from '../../../scripts/esm/nodeOptions.mjs'
import { resolveOptions } from '../../../src/defaults.js'
import { queueImport } from '../../../src/features/monitoring/background.js'
import { bootPayload, type Booted } from '../../helpers/bootPayload.js'
import { makeUser } from '../../helpers/fixtures.js'
import { reqAs, seedBase } from './helpers.js'

jest.setTimeout(240_000)

const root = path.resolve(import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname), '..', '..', '..')
const LEASE_SECONDS = 3
const ROWS = 3_000
const options = resolveOptions({ jobsQueue: 'pregonero' })
const BATCH = options.monitoring.importBatchRows

let app: Booted
beforeAll(async () => {
  app = await bootPayload({ PREGONERO_JOB_LEASE_SECONDS: String(LEASE_SECONDS) })
  await seedBase(app.payload)
})
afterAll(() => app.close())

const csv = () =>
  [
    'Medio,Fecha,Titular,URL,Sentimiento,Tema',
    ...Array.from({ length: ROWS }, (_, i) => `Diario del Sur,${String((i % 28) + 1).padStart(2, '0')}/08/2026,Reanudada ${i},https://diariodelsur.com.co/reanudada/${i},neutro,Reanudada`),
  ].join('\n')

type Work = { status: string; done: number; total: number; result?: Record<string, any> }

it('a runner killed mid-import leaves the work running; after the lease, the queue resumes it from the checkpoint and every row lands exactly once', async () => {
  const editor = await makeUser(app.payload, ['editor'])
  const { work, job } = await queueImport(await reqAs(app.payload, editor), options, 'mentions', { csv: csv() })
  const read = async () => (await app.payload.findByID({ collection: 'background-work' as never, id: work.id, depth: 0, overrideAccess: true })) as unknown as Work
  const count = async () => (await app.payload.count({ collection: 'media-mentions' as never, where: { topic: { equals: 'Reanudada' } } })).totalDocs

  // The dying runner: a separate process on the same database, with a clean environment.
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '/tmp',
    NODE_ENV: 'development',
    DATABASE_URI: process.env.DATABASE_URI,
    PREGONERO_MEDIA_DIR: process.env.PREGONERO_MEDIA_DIR,
    PAYLOAD_SECRET: 'test-secret',
    PAYLOAD_DB_PUSH: 'true',
    PREGONERO_DISABLE_JOBS: 'true',
    PREGONERO_JOB_LEASE_SECONDS: String(LEASE_SECONDS),
    NODE_OPTIONS: withPreload('--no-deprecation'),
    JOB_ID: String(job.id),
    BATCH_ROWS: String(BATCH),
  }
  const child = spawn(path.join(root, 'node_modules', '.bin', 'payload'), ['run', 'tests/int/monitoring/importWorker.ts'], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'] as const,
  }) as ChildProcessByStdio<null, Readable, Readable>
  let output = ''
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      output += chunk
      if (/^CHECKPOINT /m.test(output) && child.exitCode === null && !child.killed) {
        child.kill('SIGKILL')
        resolve()
      }
    })
    child.stderr.on('data', (chunk) => (output += chunk))
    child.once('error', reject)
    child.once('close', (code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`worker exited (${code}, ${signal}) before it was killed: ${output.slice(-3000)}`))
    })
  })
  await new Promise((resolve) => (child.exitCode !== null || child.signalCode ? resolve(null) : child.once('exit', resolve)))
  expect(child.signalCode).toBe('SIGKILL')
  expect(output).not.toMatch(/FINISHED/)

  // What the dead runner left: the first batch and its checkpoint (committed together), the work
  // still running; the second batch, killed before its commit, left nothing.
  const left = await read()
  expect(left).toMatchObject({ status: 'running', done: BATCH, total: ROWS })
  expect(left.result).toMatchObject({ phase: 'writing', created: BATCH })
  expect(await count()).toBe(BATCH)

  // The leases run out (real time), then the queue runs in this process: it takes the job back
  // and the import resumes from its checkpoint.
  await new Promise((resolve) => setTimeout(resolve, (LEASE_SECONDS + 1) * 1000))
  const seen: number[] = []
  const hooks = (app.payload.collections as any)['background-work'].config.hooks
  hooks.afterChange = [...(hooks.afterChange ?? []), ({ doc }: { doc: Work & { id: unknown } }) => void (doc.id === work.id && seen.push(doc.done))]
  await app.payload.jobs.run({ queue: 'pregonero', sequential: true })

  const done = await read()
  expect(done).toMatchObject({ status: 'done', done: ROWS, total: ROWS })
  expect(done.result).toMatchObject({ totalRows: ROWS, created: ROWS, rejected: 0, skipped: 0, committed: true, resumedFrom: [BATCH] })
  // Progress went on from the checkpoint, forward only.
  expect(seen[0]).toBeGreaterThan(BATCH)
  expect([...seen].sort((a, b) => a - b)).toEqual(seen)
  // Every row exactly once.
  expect(await count()).toBe(ROWS)
  const { docs } = await app.payload.find({ collection: 'media-mentions' as never, where: { topic: { equals: 'Reanudada' } }, pagination: false, depth: 0, select: { headline: true } as never })
  expect(new Set(docs.map((d: any) => d.headline)).size).toBe(ROWS)
})
