// `node --import ./scripts/esm/preload.mjs …`: how every Node process of this repository that loads
// the Payload config with Node's own module loader starts: the payload CLI (npm scripts,
// runPayloadScript) and the bench (`npm run bench`, its children). nodeOptions.mjs adds it to a
// child's NODE_OPTIONS. Why: README, "Troubleshooting → A Payload process ends silently or hangs
// while booting".
// 1. In every such process, the lexical packages load without top-level `await` (lexicalResolve.mjs).
// 2. In the payload CLI: it always ends with process.exit() (payload/dist/bin/index.js), so an event
//    loop that empties before is a run that can no longer finish (a promise nothing can settle any
//    more). Node would exit with code 0 and print nothing; this says so and exits with code 1.
//    (Only there: NODE_OPTIONS reaches every descendant, and most of them end by emptying their loop.)
import fs from 'node:fs'
import { register } from 'node:module'

register('./lexicalResolve.mjs', import.meta.url)

const main = (() => {
  try {
    return fs.realpathSync(process.argv[1] ?? '')
  } catch {
    return ''
  }
})()

if (/[\\/]node_modules[\\/]payload[\\/]bin\.js$/.test(main)) {
  const command = process.argv.slice(2).join(' ') // before `payload run` rewrites process.argv
  process.once('beforeExit', (code) => {
    if (code !== 0) return
    process.stderr.write(
      `[pregonero] payload ${command}: stopped before finishing: its event loop emptied while it still ` +
        'waited for a promise that nothing can settle any more. Exit code 1 (Node would have exited with 0, silently). See README, Troubleshooting.\n',
    )
    process.exitCode = 1
  })
}
