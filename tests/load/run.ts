/**
 * `npm run load` — anonymous readers and editors at the same time, against the BUILT app
 * (`npm start`'s server, production mode) on a fresh database, on loopback only. Method and figures:
 * tests/load/README.md.
 *
 * Environment: LOAD_DURATION (s, default 60), LOAD_CONNECTIONS (default 200),
 * LOAD_MAX_TRANSITION_MS (the "never starved" bound on an editor's slowest transition, default 10000).
 * Exit code 0 when the goal holds: 0 reader errors, 0 editor errors, and every editor keeps making
 * transitions (none waits longer than the bound, each completes several).
 */
import { spawn } from 'node:child_process'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'

import { startApp } from '../helpers/appServer.js'

const DURATION = Number(process.env.LOAD_DURATION ?? 60)
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 200)
const MAX_TRANSITION_MS = Number(process.env.LOAD_MAX_TRANSITION_MS ?? 10_000)

type Fixtures = {
  published: Array<number | string>
  submitted: Array<number | string>
  inProduction: Record<'editor' | 'editor2', Array<number | string>>
  drafts: Array<number | string>
  head: number | string
}

const percentile = (sorted: number[], p: number) =>
  sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
const summary = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b)
  return { n: sorted.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), max: sorted.at(-1) ?? NaN }
}
const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(0)} ms` : '—')

console.log(`load: building a fresh database and starting the built app (readers ${CONNECTIONS}, ${DURATION} s)…`)
const app = await startApp(
  {
    // Capacity, not the limiter, is measured: one loopback IP stands for 200 readers here.
    // The limiter still runs (its hook and counters are on the path); its budget is set out of reach.
    RATE_LIMIT_ANON_MAX: '1000000000',
    PREGONERO_DISABLE_JOBS: 'true',
  },
  { fixtures: 'tests/load/fixtures.ts' },
)
if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(app.url)) throw new Error(`load runs on loopback only, not ${app.url}`)
const fx = app.fixtures as unknown as Fixtures

const login = async (email: string) => (await app.login(email)).token

type Editor = { name: string; samples: number[]; errors: string[]; done: number }
const patch = async (token: string, path: string, body: unknown) => {
  const res = await fetch(`${app.url}/api${path}`, {
    method: 'PATCH',
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
    body: JSON.stringify(body),
  })
  const text = await res.text()
  return { status: res.status, text }
}

let running = true
/** One editor: the next transition as soon as the previous one answered, until the readers stop. */
const editorLoop = async (editor: Editor, next: () => null | { path: string; body: unknown }, token: string) => {
  while (running) {
    const step = next()
    if (!step) break
    const started = performance.now()
    try {
      const res = await patch(token, step.path, step.body)
      editor.samples.push(performance.now() - started)
      if (res.status !== 200) editor.errors.push(`${step.path} → ${res.status} ${res.text.slice(0, 200)}`)
      else editor.done++
    } catch (error) {
      editor.errors.push(`${step.path} → ${(error as Error).message}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 100)) // a person clicks, not a loop at full speed
  }
}

try {
  const tokens = {
    head: await login('jefe@pregonero.test'),
    editor: await login('editor@pregonero.test'),
    editor2: await login('editor2@pregonero.test'),
    designer: await login('disenador@pregonero.test'),
  }
  const editors: Record<keyof typeof tokens, Editor> = {
    head: { name: 'jefe: solicitud submitted → accepted', samples: [], errors: [], done: 0 },
    editor: { name: 'editor: solicitud in-production ⇄ in-review', samples: [], errors: [], done: 0 },
    editor2: { name: 'editor2: solicitud in-production ⇄ in-review', samples: [], errors: [], done: 0 },
    designer: { name: 'diseñador: contenido draft → in-review', samples: [], errors: [], done: 0 },
  }
  const queue = {
    submitted: [...fx.submitted],
    drafts: [...fx.drafts],
    toggles: {
      editor: fx.inProduction.editor.map((id) => ({ id, status: 'in-production' })),
      editor2: fx.inProduction.editor2.map((id) => ({ id, status: 'in-production' })),
    },
  }
  const toggler = (who: 'editor' | 'editor2') => {
    let i = 0
    return () => {
      const item = queue.toggles[who][i++ % queue.toggles[who].length]!
      item.status = item.status === 'in-production' ? 'in-review' : 'in-production'
      return { path: `/communication-requests/${item.id}`, body: { status: item.status } }
    }
  }
  /** Each editor's next transition (null: nothing left to do); the warm-up and the run take from the same queues. */
  type Step = () => null | { path: string; body: unknown }
  const steps: Record<keyof typeof tokens, Step> = {
    head: () => {
      const id = queue.submitted.shift()
      return id === undefined ? null : { path: `/communication-requests/${id}`, body: { status: 'accepted', assignees: [fx.head] } }
    },
    editor: toggler('editor'),
    editor2: toggler('editor2'),
    designer: () => {
      const id = queue.drafts.shift()
      return id === undefined ? null : { path: `/contents/${id}`, body: { stage: 'in-review' } }
    },
  }
  const who = Object.keys(tokens) as Array<keyof typeof tokens>

  // Readers: what the public website asks for, in rotation.
  const slug = (i: number) => `carga-${i % fx.published.length}`
  const requests = [
    { method: 'GET' as const, path: '/api/contents?limit=10&depth=1&sort=-publishedAt&where[kind][equals]=news' },
    { method: 'GET' as const, path: `/api/contents/${fx.published[0]}` },
    { method: 'GET' as const, path: `/api/pregonero/contents/by-slug/${slug(7)}` },
    { method: 'GET' as const, path: '/api/pregonero/feeds/news.rss' },
    { method: 'GET' as const, path: `/api/contents?where[slug][equals]=${slug(23)}&limit=1` },
    { method: 'GET' as const, path: '/api/pregonero/contents?kind=news&limit=12' },
  ]
  // A running office's server has served each kind of request before the crowd comes: one read of
  // each address and one transition per editor warm it (modules loaded, code compiled), not counted.
  if (process.env.LOAD_WARMUP !== 'false') {
    for (const request of requests) await fetch(`${app.url}${request.path}`).then((res) => res.arrayBuffer())
    for (const name of who) {
      const step = steps[name]()
      if (!step) continue
      const res = await patch(tokens[name], step.path, step.body)
      if (res.status !== 200) throw new Error(`warm-up ${step.path} → ${res.status} ${res.text.slice(0, 200)}`)
    }
  }
  // The readers run in a process of their own (readers.ts): one event loop for 200 readers and the
  // editors' client made the editors' new connections wait for the readers (measured: 21 s).
  type ReadersResult = {
    duration: number
    total: number
    perSecond: number
    mibPerSecond: number
    errors: number
    timeouts: number
    statuses: Record<string, number>
    latency: { n: number; p50: number; p95: number; p99: number; max: number }
  }
  const here = path.dirname(fileURLToPath(import.meta.url))
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(here, 'readers.ts')], {
    env: { ...process.env, LOAD_READERS: JSON.stringify({ url: app.url, connections: CONNECTIONS, duration: DURATION, requests }) },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  let out = ''
  child.stdout.on('data', (chunk) => (out += chunk))
  const readers = new Promise<ReadersResult>((resolve, reject) => {
    child.once('error', reject)
    child.once('exit', (code) => {
      const line = out.split('\n').find((l) => l.startsWith('READERS='))
      if (code !== 0 || !line) reject(new Error(`the readers' process ended with ${code}: ${out.slice(-2000)}`))
      else resolve(JSON.parse(line.slice('READERS='.length)) as ReadersResult)
    })
  })
  // The editors start once the crowd is on (LOAD_EDITORS_AFTER_MS after the readers' process
  // started autocannon), as on a site already under a crowd. The crowd's arrival itself (200
  // connections and every first miss in one second) is another case: tests/load/README.md.
  await new Promise<void>((resolve) => {
    const look = () => (out.includes('READERS-STARTED') || child.exitCode !== null ? resolve() : setTimeout(look, 50))
    look()
  })
  await new Promise((resolve) => setTimeout(resolve, Number(process.env.LOAD_EDITORS_AFTER_MS ?? 2000)))

  const loops = Promise.all(who.map((name) => editorLoop(editors[name], steps[name], tokens[name])))
  const result = await readers
  running = false
  await loops

  const health = await fetch(`${app.url}/api/users/me`)
  // The server's own count of the cache's hits and misses (admins see it in the health check).
  const admin = await login('admin@pregonero.test')
  const details = ((await (await fetch(`${app.url}/api/pregonero/health`, { headers: { Authorization: `JWT ${admin}` } })).json()) as { details?: Record<string, Record<string, number>> }).details
  const cacheFigures = details?.['publicCache.default']
  const reads = result.latency
  const non2xx = Object.entries(result.statuses).filter(([status]) => Number(status) < 200 || Number(status) >= 300)
  // autocannon counts a timeout among `errors` too: errors + non-2xx, no double count
  const readerErrors = result.errors + non2xx.reduce((sum, [, n]) => sum + n, 0)

  console.log('\n── readers (anonymous, autocannon, in a process of their own) ────────────')
  console.log(`connections ${CONNECTIONS}, duration ${result.duration} s, requests ${result.total}`)
  console.log(`throughput  ${result.perSecond.toFixed(1)} req/s (mean), ${result.mibPerSecond.toFixed(2)} MiB/s`)
  console.log(`latency     p50 ${ms(reads.p50)}  p95 ${ms(reads.p95)}  p99 ${ms(reads.p99)}  max ${ms(reads.max)}`)
  if (cacheFigures) console.log(`cache       hit rate ${(100 * cacheFigures.hitRate!).toFixed(1)} % (hits ${cacheFigures.hits}, 304 ${cacheFigures.notModified}, misses ${cacheFigures.misses}, invalidations ${cacheFigures.invalidations}, answers dropped ${cacheFigures.dropped}; served by the front door ${cacheFigures.frontDoor ?? 0})`)
  else console.log('cache       off')
  console.log(`errors      ${readerErrors} (errors ${result.errors}, of which timeouts ${result.timeouts}; non-2xx ${non2xx.map(([s, n]) => `${s}×${n}`).join(' ') || '0'})`)
  console.log('\n── editors (REST with login, in parallel) ───────────────────────────────')
  let editorsOk = true
  for (const editor of Object.values(editors)) {
    const s = summary(editor.samples)
    const ok = editor.errors.length === 0 && editor.done >= 3 && s.max <= MAX_TRANSITION_MS
    editorsOk &&= ok
    console.log(
      `${ok ? 'ok  ' : 'FAIL'} ${editor.name.padEnd(44)} transitions ${String(editor.done).padStart(4)}  p50 ${ms(s.p50)}  p95 ${ms(s.p95)}  p99 ${ms(s.p99)}  max ${ms(s.max)}  errors ${editor.errors.length}`,
    )
    for (const error of editor.errors.slice(0, 3)) console.log(`       ${error}`)
  }
  const pass = readerErrors === 0 && editorsOk && health.status < 500
  console.log(`\nserver after the run: /api/users/me → ${health.status}`)
  console.log(`goal (0 errors, transitions never starved: each editor ≥ 3 transitions, none slower than ${MAX_TRANSITION_MS} ms): ${pass ? 'PASS' : 'FAIL'}`)
  process.exitCode = pass ? 0 : 1
} finally {
  await app.stop()
}
