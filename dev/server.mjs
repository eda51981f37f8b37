/**
 * The reference app's production server (`npm start`): `next start`, plus the cache's front door.
 * Each request is first offered to the front door the app opens (src/features/publicApi/cache/
 * frontDoor.ts): a stored anonymous answer is served without Next.js' routing; everything else goes
 * to Next.js' own request handler, as under `next start`. Same flags and variables as `next start`
 * (`-p`/`--port` or PORT, `-H`/`--hostname`, `--keepAliveTimeout`), same signals: on SIGTERM/SIGINT the server stops
 * taking connections, lets the requests in flight finish, closes the app and exits 143/130 (the
 * app's graceful shutdown holds that exit until its job leases are handed back).
 */
import http from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

process.env.NODE_ENV = 'production'
const { default: next } = await import('next')

const flag = (names, fallback) => {
  const at = process.argv.findIndex((argument) => names.includes(argument))
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1] : fallback
}
const port = Number(flag(['-p', '--port'], process.env.PORT ?? '3000'))
// As `next start`: every interface unless -H says one (HOSTNAME is not read: Docker sets it to the container's name).
const hostname = flag(['-H', '--hostname'], undefined)
const keepAliveTimeout = Number(flag(['--keepAliveTimeout'], '0'))
const dir = path.dirname(fileURLToPath(import.meta.url))

const app = next({ dev: false, dir, hostname, port })
await app.prepare()
const handle = app.getRequestHandler()
const FRONT_DOOR = Symbol.for('pregonero.frontDoor')

const server = http.createServer((request, response) => {
  const door = globalThis[FRONT_DOOR]
  if (!door) return void handle(request, response)
  door(request, response).then(
    (answered) => answered || handle(request, response),
    (error) => {
      console.error('front door:', error)
      if (!response.headersSent) handle(request, response)
      else response.destroy()
    },
  )
})
if (keepAliveTimeout > 0) server.keepAliveTimeout = keepAliveTimeout
server.listen(port, hostname, () => console.log(`▲ Pregonero ready on http://${hostname ?? 'localhost'}:${port}`))

let stopping = false
for (const [signal, code] of [['SIGTERM', 143], ['SIGINT', 130]]) {
  process.on(signal, () => {
    if (stopping) return
    stopping = true
    server.close(() => void app.close().catch(console.error).finally(() => process.exit(code)))
  })
}
