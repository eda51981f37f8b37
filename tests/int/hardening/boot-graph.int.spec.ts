/**
 * Every process that boots Payload finishes booting (issue 19; README, "Troubleshooting → A Payload
 * process ends silently or hangs while booting"). On Node 20, a module graph in which several
 * modules with top-level `await` are evaluated by overlapping imports can lose a module for good: the
 * import never settles and Node ends the process with exit code 0 and no output (or, with a timer
 * alive, it sleeps forever). lexical's `*.node.mjs` entries were such modules; the payload CLI is
 * started with scripts/esm/preload.mjs, which loads lexical without them. These tests run the CLI
 * exactly as the scripts do (runPayloadScript) and check what it loaded and how it ends.
 */
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'

import { runPayloadScript } from '../../../scripts/runPayloadScript.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..')
const recorder = path.join(root, 'tests', 'helpers', 'recordModules.mjs')

/** Whether a module's source has an `await` outside every function (a top-level await). */
const hasTopLevelAwait = (file: string, text: string): boolean => {
  if (!/\bawait\b/.test(text)) return false
  const kind = /\.[cm]?tsx?$/.test(file) ? (file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS) : ts.ScriptKind.JS
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, kind)
  let found = false
  const visit = (node: ts.Node): void => {
    if (found || ts.isFunctionLike(node) || ts.isClassStaticBlockDeclaration(node)) return
    if (ts.isAwaitExpression(node) || (ts.isForOfStatement(node) && node.awaitModifier)) found = true
    else ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

let dir: string
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'pregonero-boot-graph-'))
})
afterAll(() => fs.rm(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 }))

const cleanEnv = (extra: Record<string, string>): NodeJS.ProcessEnv => ({
  PATH: process.env.PATH ?? '',
  HOME: process.env.HOME ?? '/tmp',
  NODE_ENV: 'development',
  PAYLOAD_SECRET: 'test-secret',
  PREGONERO_MEDIA_DIR: path.join(dir, 'media'),
  ...extra,
})

it('payload migrate, started as the scripts start it, loads the config with no top-level await anywhere in its module graph', async () => {
  const record = path.join(dir, 'modules.tsv')
  const run = runPayloadScript(['migrate'], {
    env: cleanEnv({
      DATABASE_URI: `file:${path.join(dir, 'migrate.db')}`,
      PAYLOAD_DB_PUSH: 'false',
      NODE_OPTIONS: `--no-deprecation --import ${recorder}`,
      RECORD_MODULES: record,
    }),
    timeout: 170_000,
  })
  expect({ status: run.status, done: /Done\./.test(run.stdout) }).toEqual({ status: 0, done: true })

  const modules = new Map<string, string>() // file → format
  for (const line of (await fs.readFile(record, 'utf8')).trim().split('\n')) {
    const [url, format] = line.split('\t') as [string, string]
    if (url.startsWith('file:')) modules.set(fileURLToPath(url.replace(/\?.*$/, '')), format)
  }
  expect(modules.has(path.join(root, 'dev', 'payload.config.ts'))).toBe(true)
  const withTopLevelAwait: string[] = []
  for (const [file, format] of modules) {
    // The CLI's own entry has one, in its `--use-swc` branch only, before anything else is loaded.
    if (format !== 'module' || file.endsWith(path.join('node_modules', 'payload', 'bin.js'))) continue
    if (hasTopLevelAwait(file, await fs.readFile(file, 'utf8'))) withTopLevelAwait.push(path.relative(root, file))
  }
  expect(withTopLevelAwait).toEqual([])
}, 180_000)

it('a payload CLI run that waits for a promise nothing can settle any more exits 1 and says so, once (not 0, not retried)', async () => {
  const script = path.join(dir, 'stall.mts') // .mts: an ES module wherever it lies
  const starts = path.join(dir, 'starts.txt')
  await fs.writeFile(
    script,
    `import fs from 'node:fs'\nfs.appendFileSync(${JSON.stringify(starts)}, 'started\\n')\nawait new Promise(() => {})\n`,
  )
  const run = runPayloadScript(['run', script], { env: cleanEnv({ NODE_OPTIONS: '--no-deprecation' }), timeout: 120_000 })
  expect(run.status).toBe(1)
  expect(run.stderr).toMatch(/stopped before finishing/)
  expect((await fs.readFile(starts, 'utf8')).trim().split('\n')).toEqual(['started'])
}, 130_000)
