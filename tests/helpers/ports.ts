import http from 'node:http'
import net from 'node:net'

/** A TCP port free on loopback right now (the OS picks it). */
export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = net.createServer()
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
    server.on('error', reject)
  })

/**
 * A readiness probe's status code (null when nothing answers), on its own connection (no
 * keep-alive): a pooled socket left idle by the probe could be closed by the server just as a
 * test's first fetch reuses it ("other side closed").
 */
export const probe = (url: string) =>
  new Promise<null | number>((resolve) => {
    const req = http.get(url, { agent: false }, (res) => {
      res.resume()
      resolve(res.statusCode ?? null)
    })
    req.on('error', () => resolve(null))
  })
