// `npm test`: builds the app when its sources changed (the e2e tests drive the built admin),
// runs every jest project (integration + end-to-end), and ends with one plain line
// "N passed, N failed" read from jest's JSON results. Exits with jest's code.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { assertPostgresReachable } from './pgDatabase.mjs'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
const args = process.argv.slice(2)
const e2eOnly = args.includes('--e2e-only')
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }

const newest = (dir) => {
  let latest = 0
  const walk = (current) => {
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue
      const full = path.join(current, entry.name)
      if (entry.isDirectory()) walk(full)
      else latest = Math.max(latest, fs.statSync(full).mtimeMs)
    }
  }
  if (fs.existsSync(dir)) walk(dir)
  return latest
}

const buildId = path.join(root, 'dev', '.next', 'BUILD_ID')
const sourcesChanged = () => {
  if (!fs.existsSync(buildId)) return true
  const built = fs.statSync(buildId).mtimeMs
  return ['src', 'collections', 'hooks', 'dev'].some((dir) => newest(path.join(root, dir)) > built) ||
    ['package-lock.json'].some((file) => fs.statSync(path.join(root, file)).mtimeMs > built)
}

if (!args.includes('--no-build') && sourcesChanged()) {
  console.log('[test] building the app for the end-to-end tests (npm run build)…')
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', env })
  if (build.status !== 0) {
    console.log('0 passed, 1 failed')
    process.exit(build.status ?? 1)
  }
}

// The PostgreSQL lane (jest project int-pg) is part of every full run: without a reachable
// PostgreSQL the run FAILS here, saying how to get one (never a silent skip).
const selected = (name) => {
  const at = args.indexOf('--selectProjects')
  return at === -1 ? !e2eOnly : args.slice(at + 1).some((arg) => arg === name)
}
if (selected('int-pg')) {
  try {
    await assertPostgresReachable()
  } catch (error) {
    console.error(`[test] ${error.message}`)
    console.log('0 passed, 1 failed')
    process.exit(1)
  }
}

fs.mkdirSync(path.join(root, 'test-results'), { recursive: true })
const results = path.join(root, 'test-results', 'jest.json')
fs.rmSync(results, { force: true })
const jestArgs = [
  path.join(root, 'node_modules', 'jest', 'bin', 'jest.js'),
  ...(e2eOnly ? ['--selectProjects', 'e2e'] : []),
  '--json',
  `--outputFile=${results}`,
  ...args.filter((arg) => !arg.startsWith('--e2e-only') && arg !== '--no-build'),
]
const jest = spawnSync(process.execPath, jestArgs, {
  cwd: root,
  stdio: 'inherit',
  env: { ...env, NODE_OPTIONS: '--experimental-vm-modules --no-deprecation --max-old-space-size=6144' },
})

let passed = 0
let failed = 0
try {
  const report = JSON.parse(fs.readFileSync(results, 'utf8'))
  passed = report.numPassedTests
  failed = report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0)
} catch {
  failed = 1
}
console.log(`${passed} passed, ${failed} failed`)
process.exit(jest.status === 0 && failed === 0 ? 0 : jest.status || 1)
