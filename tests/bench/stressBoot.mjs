// `npm run stress:boot`: proves that every process that boots Payload finishes booting, by
// counting, not by timing (README, "Troubleshooting → A Payload process ends silently or hangs
// while booting"). Runs, one after another (never in parallel):
//   1. `npm run payload -- migrate` on a fresh SQLite file, N times (default 30);
//   2. the bench's boot path (`npm run bench -- --boot-only`: tsx, bootPayload on a fresh file), N times (30);
//   3. `npm run bench`, N times (3; needs `npm run build` first).
// Each run is: finished (exit code 0 and the line the command prints last), dropped (exit 0
// without it: the silent drop), stalled (exit 1 with the preload's "stopped before finishing", or
// Node's exit 13 for an unsettled top-level await), failed (any other exit) or hung (its process
// tree used less than 1 % of a core for --stall-seconds, default 300: killed). A bench run that
// prints its table and exits 1 for a missed goal has finished: goals are the bench's business.
// Prints the counts; exits 1 unless every run finished.
// Options: --migrate N --boot N --bench N (0 skips a phase), --stall-seconds S, --verbose.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const option = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`)
  return index === -1 ? fallback : Number(process.argv[index + 1])
}
const counts = { migrate: option('migrate', 30), boot: option('boot', 30), bench: option('bench', 3) }
const stallSeconds = option('stall-seconds', 300)
const verbose = process.argv.includes('--verbose')
const STALL_MESSAGE = 'stopped before finishing'
const TICKS_PER_SECOND = 100 // the kernel's USER_HZ, the unit of utime and stime in /proc/<pid>/stat

/** CPU ticks (user + system) of every live process of the process group `pgid`, by pid. */
const groupTicks = (pgid) => {
  const ticks = new Map()
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    let stat
    try {
      stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8')
    } catch {
      continue // ended meanwhile
    }
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ') // after "pid (comm) "
    if (Number(fields[2]) === pgid) ticks.set(entry, Number(fields[11]) + Number(fields[12])) // pgrp, utime, stime
  }
  return ticks
}

/**
 * CPU ticks used so far by a process group, its ended processes included: each sample adds what
 * every process still alive used since the previous sample (a process that ends takes its own
 * count with it, so the plain sum of the live ones can go down).
 */
const cpuMeter = (pgid) => {
  let last = new Map()
  let total = 0
  return () => {
    const now = groupTicks(pgid)
    for (const [pid, ticks] of now) total += ticks - (last.get(pid) ?? 0)
    last = now
    return total
  }
}

/**
 * Runs `command args` in a process group of its own; resolves with its exit code, signal, output
 * and whether it was killed as hung: its whole process tree used less than 1 % of one core over the
 * last `stallSeconds` (asleep, waiting for nothing that will come; a timer or a helper's ping may
 * still wake it now and then).
 */
const run = (command, args, env) =>
  new Promise((resolve) => {
    const started = Date.now()
    const child = spawn(command, args, { cwd: root, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    const collect = (chunk) => {
      output += chunk
      if (verbose) process.stdout.write(chunk)
    }
    child.stdout.on('data', collect)
    child.stderr.on('data', collect)
    let hung = false
    const used = cpuMeter(child.pid)
    const samples = [] // { at, ticks }, the last stallSeconds of them
    const watch = setInterval(() => {
      const now = Date.now()
      samples.push({ at: now, ticks: used() })
      while (samples.length > 1 && now - samples[1].at >= stallSeconds * 1000) samples.shift()
      const window = (now - samples[0].at) / 1000
      if (window >= stallSeconds && samples.at(-1).ticks - samples[0].ticks < window * TICKS_PER_SECOND * 0.01) {
        hung = true
        clearInterval(watch)
        try {
          process.kill(-child.pid, 'SIGKILL') // the group this script started, and only it
        } catch {
          // already gone
        }
      }
    }, 5000)
    child.once('close', (code, signal) => {
      clearInterval(watch)
      resolve({ code, signal, output, hung, seconds: (Date.now() - started) / 1000 })
    })
  })

const classify = (result, finishedLine) => {
  if (result.hung) return 'hung'
  if (!result.childEnded && finishedLine.test(result.output.replace(/\x1b\[[0-9;]*m/g, '')) && (result.code === 0 || result.finishedWithFailure)) return 'finished'
  if (result.code === 0) return 'dropped'
  // 13: Node's own "unsettled top-level await" (a script whose top-level await never settles)
  if (result.code === 13 || result.output.includes(STALL_MESSAGE)) return 'stalled'
  return 'failed'
}

const phases = [
  {
    name: 'payload migrate on a fresh database',
    key: 'migrate',
    finishedLine: /INFO: Done\.$/m,
    start: async (dir, i) =>
      run('npm', ['run', '--silent', 'payload', '--', 'migrate'], {
        ...process.env,
        DATABASE_URI: `file:${path.join(dir, `migrate-${i}.db`)}`,
        PAYLOAD_DB_PUSH: 'false',
        NODE_ENV: 'development',
      }),
  },
  {
    name: "the bench's boot path (tsx, bootPayload)",
    key: 'boot',
    finishedLine: /^\[bench\] Payload booted/m,
    start: async () => run('npm', ['run', '--silent', 'bench', '--', '--boot-only'], process.env),
  },
  {
    name: 'npm run bench',
    key: 'bench',
    finishedLine: /^\d+ goals met, \d+ missed$/m,
    // exit 1 after the table = a goal missed: the run finished
    start: async () => {
      const result = await run('npm', ['run', '--silent', 'bench'], process.env)
      // run.ts prints its table even when a bench's own process ended without figures: that bench
      // did not finish (13: its top-level await never settled).
      const child = /ended without its figures \((.*?)\)/.exec(result.output)
      if (child) return { ...result, code: child[1] === 'exit code 13' ? 13 : 1, childEnded: child[0] }
      return { ...result, finishedWithFailure: result.code === 1 }
    },
    before: () => {
      if (!fs.existsSync(path.join(root, 'dev', '.next', 'BUILD_ID'))) {
        console.error('npm run bench needs the built app: run `npm run build` first (or pass --bench 0).')
        process.exit(1)
      }
    },
  },
]

for (const phase of phases) if (counts[phase.key]) phase.before?.() // before anything runs

const summary = []
for (const phase of phases) {
  const n = counts[phase.key]
  if (!n) continue
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pregonero-stress-'))
  const tally = { finished: 0, dropped: 0, stalled: 0, failed: 0, hung: 0 }
  console.log(`\n== ${phase.name}: ${n} runs, one after another (a run is hung after ${stallSeconds} s below 1 % CPU)`)
  try {
    for (let i = 1; i <= n; i++) {
      const result = await phase.start(dir, i)
      const outcome = classify(result, phase.finishedLine)
      tally[outcome]++
      const extra = phase.key === 'bench' ? ` (${result.output.match(/^\d+ goals met, \d+ missed$/m)?.[0] ?? 'no table'})` : ''
      console.log(`${phase.key} ${String(i).padStart(2)}/${n}: ${outcome} in ${result.seconds.toFixed(1)} s (exit ${result.code ?? result.signal})${extra}`)
      if (outcome !== 'finished') console.log(`   last output: ${result.output.trim().split('\n').slice(-8).join('\n   ') || '(none)'}`)
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
  summary.push({ phase: phase.name, runs: n, ...tally })
}

console.log('')
console.table(summary)
const bad = summary.reduce((sum, row) => sum + row.runs - row.finished, 0)
console.log(bad === 0 ? 'every run finished: no drop, no stall, no hang' : `${bad} run(s) did not finish`)
process.exit(bad === 0 ? 0 : 1)
