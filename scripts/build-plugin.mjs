// `npm run build:plugin` (run by `npm pack` through prepack): compiles the plugin — src/ and the
// shared collections/ and hooks/ building blocks — to dist/ with type declarations. The reference
// app (dev/) and the tests are not part of the package.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
fs.rmSync(path.join(root, 'dist'), { recursive: true, force: true })
const tsc = spawnSync(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', path.join(root, 'tsconfig.build.json')], { cwd: root, stdio: 'inherit' })
if (tsc.status !== 0) process.exit(tsc.status ?? 1)
// Files tsc does not emit that the components import (stylesheets).
const copy = (dir) => {
  for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = path.join(dir, entry.name)
    if (entry.isDirectory()) copy(rel)
    else if (/\.(css|scss|ttf|txt)$/.test(entry.name)) {
      fs.mkdirSync(path.dirname(path.join(root, 'dist', rel)), { recursive: true })
      fs.copyFileSync(path.join(root, rel), path.join(root, 'dist', rel))
    }
  }
}
for (const dir of ['src', 'collections', 'hooks']) if (fs.existsSync(path.join(root, dir))) copy(dir)
console.log('[build:plugin] dist/ ready')
