/**
 * Next.js calls `register()` once when the server process starts, before it serves a request.
 * - Production refuses to boot without PAYLOAD_SECRET and PAYLOAD_PUBLIC_SERVER_URL: `next start`
 *   exits with the message (dev/bootCheck.ts) instead of serving relative reset links.
 * - The per-IP rate limits learn each request's socket address (src/platform/rateLimit/peerAddress.ts),
 *   which Next.js does not pass to route handlers.
 * - On SIGTERM/SIGINT the job runners stop and this process's job leases are released before Next.js
 *   exits (it first stops accepting connections and finishes the requests in flight): docs/deploy.md.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { refuseToBootWithoutEnvironment } = await import('./bootCheck.js')
  refuseToBootWithoutEnvironment()
  const { installGracefulShutdown, installPeerAddress } = await import('pregonero/platform')
  installPeerAddress()
  installGracefulShutdown()
}
