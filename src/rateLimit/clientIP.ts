/**
 * The client's IP as seen through the proxy chain. Next.js itself appends the socket address to
 * `X-Forwarded-For`, so the LAST entry is always the peer that reached Next.js; with
 * `trustProxy` (a reverse proxy / CDN in front that sets the header) the FIRST entry is the client.
 */
export const clientIP = (headers: Headers, trustProxy: boolean): string => {
  const forwarded = headers.get('x-forwarded-for')
  if (forwarded) {
    const hops = forwarded
      .split(',')
      .map((hop) => hop.trim())
      .filter(Boolean)
    const ip = trustProxy ? hops[0] : hops[hops.length - 1]
    if (ip) return ip
  }
  const real = headers.get('x-real-ip')?.trim()
  if (trustProxy && real) return real
  return 'unknown'
}
