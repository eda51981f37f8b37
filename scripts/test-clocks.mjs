// `npm run test:clocks` (issue 20): the date-dependent tests under fixed clocks. Each run shifts
// every clock (the tests, the app server, the CLI scripts and Chromium: tests/helpers/clock.mjs)
// to one instant chosen to break date code: the last and first day of a month, 23:58 in Bogotá
// (the day, the month and even the year change during the run), midnight in UTC while Bogotá is
// still on the day before, December, and months whose abbreviation differs between locales
// ("ene", "abr", "ago", "dic"; "sept"). One run in Bogotá's own zone (TZ), the others in UTC.
// Usage: npm run test:clocks [-- --only <clock-name>] [-- --int-only]. Needs `npm run build`.
import { spawnSync } from 'node:child_process'
import path from 'node:path'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
const args = process.argv.slice(2)
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null

// Each clock is the NEXT such instant after today (Bogotá's offset, UTC−5): tests hold fixed
// sample dates from the past, and a browser keeps cookies by the machine's real clock, so the
// shifted clock never goes back in time.
const NEXT = (monthDay, time, zone = '-05:00') => {
  const now = Date.now()
  for (let year = new Date().getUTCFullYear(); ; year++) {
    const at = `${year}-${monthDay}T${time}:00${zone}`
    if (Date.parse(at) > now + 86_400_000) return at
  }
}
const CLOCKS = [
  { name: 'fin-de-enero-23h58-bogota', at: NEXT('01-31', '23:58') },
  { name: 'primero-de-septiembre-00h15', at: NEXT('09-01', '00:15') },
  { name: 'medianoche-utc-31-de-agosto', at: NEXT('08-31', '19:30') },
  { name: 'fin-de-ano-23h58-bogota', at: NEXT('12-31', '23:58') },
  { name: 'abril-en-zona-bogota', at: NEXT('04-30', '23:30'), tz: 'America/Bogota' },
]

/** The tests that type, compute or compare dates (periods, SLAs, schedules, calendars, expiries). */
const INT = [
  'tests/int/workflow/scheduling.int.spec.ts',
  'tests/int/workflow/rules.int.spec.ts',
  'tests/int/workflow/api.int.spec.ts',
  'tests/int/admin',
  'tests/int/plan',
  'tests/int/monitoring',
  'tests/int/archive/jobs.int.spec.ts',
  'tests/int/comms',
  'tests/int/api/open-data.int.spec.ts',
  'src',
]
const E2E = ['tests/e2e/journey-publish.e2e.spec.ts', 'tests/e2e/journey-request.e2e.spec.ts', 'tests/e2e/calendar.e2e.spec.ts']

const results = []
for (const clock of CLOCKS.filter((c) => !only || c.name === only)) {
  // One anchor for every process of this run: they all read the same shifted clock.
  const env = { ...process.env, PREGONERO_TEST_CLOCK: `${clock.at}@${Date.now()}`, ...(clock.tz ? { TZ: clock.tz } : {}) }
  const files = args.includes('--int-only') ? INT : [...INT, ...E2E]
  console.log(`\n[test:clocks] ${clock.name}: ${clock.at}${clock.tz ? ` (TZ=${clock.tz})` : ' (TZ=UTC)'}`)
  const run = spawnSync(process.execPath, [path.join(root, 'scripts', 'test.mjs'), '--no-build', ...files], { cwd: root, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] })
  const last = `${run.stdout ?? ''}`.trim().split('\n').at(-1) ?? ''
  process.stdout.write(`${run.stdout ?? ''}`.split('\n').filter((line) => /✕|●|Tests:|passed, /.test(line)).join('\n') + '\n')
  results.push({ clock: clock.name, summary: last, ok: run.status === 0 })
}
console.log('\n[test:clocks] summary')
for (const result of results) console.log(`${result.ok ? 'PASS' : 'FAIL'}  ${result.clock}: ${result.summary}`)
const passed = results.filter((r) => r.ok).length
console.log(`${passed} clocks passed, ${results.length - passed} failed`)
process.exit(passed === results.length ? 0 : 1)
