/**
 * The client's IP as seen through the proxy chain, or null when the request carries no address.
 *
 * Next.js sets `X-Forwarded-For` to the socket address only when the header is ABSENT (`??=`), so a
 * client talking to Next.js directly can write it. Hence:
 * - `trustProxy: false` (default): the LAST hop, i.e. the address the nearest proxy saw (nginx's
 *   `$proxy_add_x_forwarded_for` appends it; a forged first hop is ignored);
 * - `trustProxy: true`: the FIRST hop, for a CDN / proxy that replaces the header with a clean one.
 * Requests with no address at all happen only in-process (tests, scripts): never under Next.js.
 */
export const clientIP = (headers: Headers, trustProxy: boolean): null | string => {
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
  return real || null
}
