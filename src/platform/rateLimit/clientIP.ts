import net from 'node:net'

import { tr } from '../../kernel/i18n/index.js'
import { peerAddressOf } from './peerAddress.js'

/**
 * Which proxies in front of the app may say who the client is (`api.rateLimit.trustProxy`,
 * env `RATE_LIMIT_TRUST_PROXY`):
 * - `false` (default): nobody. The client is the socket address; `X-Forwarded-For` moves nothing.
 * - a number N: N proxies in front append to `X-Forwarded-For` (nginx: `$proxy_add_x_forwarded_for`);
 *   the client is the address the outermost of them saw (N hops from the socket).
 * - a list of addresses/CIDRs: hops from these proxies are skipped, from the socket outwards;
 *   the client is the first address that is not one of them.
 */
export type TrustProxy = false | number | readonly string[]

/** `::ffff:1.2.3.4` → `1.2.3.4`, `[::1]:80` → `::1`, `1.2.3.4:5678` → `1.2.3.4`; null when it is no IP. */
export const normalizeIP = (value: string | undefined): null | string => {
  let ip = value?.trim() ?? ''
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(ip)
  if (bracketed) ip = bracketed[1]!
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(ip)) ip = ip.slice(0, ip.lastIndexOf(':'))
  if (/^::ffff:\d{1,3}(\.\d{1,3}){3}$/i.test(ip)) ip = ip.slice(7)
  return net.isIP(ip) ? ip.toLowerCase() : null
}

const blockLists = new WeakMap<readonly string[], net.BlockList>()

/** The trusted proxies as a BlockList; an entry that is no address or CIDR is a configuration error. */
export const trustedProxyList = (entries: readonly string[]): net.BlockList => {
  let list = blockLists.get(entries)
  if (list) return list
  list = new net.BlockList()
  for (const raw of entries) {
    const [address, prefix] = raw.trim().split('/')
    const ip = normalizeIP(address)
    const family = ip && net.isIPv6(ip) ? 'ipv6' : 'ipv4'
    const bits = prefix === undefined ? null : Number(prefix)
    if (!ip || (bits !== null && !(Number.isInteger(bits) && bits >= 0 && bits <= (family === 'ipv6' ? 128 : 32)))) {
      throw new Error(tr(null, 'trustProxyBadEntry', { entry: raw }))
    }
    if (bits === null) list.addAddress(ip, family)
    else list.addSubnet(ip, bits, family)
  }
  blockLists.set(entries, list)
  return list
}

const isTrusted = (list: net.BlockList, ip: string) => list.check(ip, net.isIPv6(ip) ? 'ipv6' : 'ipv4')

/**
 * The client's IP for the per-IP limits, or null when the request has no socket (an in-process
 * call: tests, scripts, never a request served by Next.js; src/platform/rateLimit/peerAddress.ts).
 * The chain is `X-Forwarded-For`'s hops then the socket address; only trusted proxies are believed.
 */
export const clientIP = (headers: Headers, trust: TrustProxy): null | string => {
  const peer = normalizeIP(peerAddressOf(headers) ?? undefined)
  if (peer === null) return null
  if (trust === false || trust === 0 || (Array.isArray(trust) && trust.length === 0)) return peer
  const forwarded = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean)
  const chain = [...forwarded, peer]
  // Walk from the socket outwards; an entry that is no IP ends the walk at the last good hop.
  let client = peer
  for (let i = chain.length - 2, skipped = 1; i >= 0; i--, skipped++) {
    const previous = chain[i + 1]!
    const stillTrusted = typeof trust === 'number' ? skipped <= trust : isTrusted(trustedProxyList(trust as readonly string[]), previous)
    if (!stillTrusted) break
    const hop = normalizeIP(chain[i])
    if (hop === null) break
    client = hop
  }
  return client
}

/**
 * The rate-limit key of an IP: IPv4 as is; IPv6 by its /64 prefix (one subscriber's network),
 * so rotating through the addresses of one's own /64 gains nothing.
 */
export const ipKey = (ip: string): string => {
  if (!net.isIPv6(ip)) return ip
  const [head = '', tail = ''] = ip.split('::')
  const left = head ? head.split(':') : []
  const right = tail ? tail.split(':') : []
  const groups = ip.includes('::') ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right] : left
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`
}

/**
 * Reads `api.rateLimit.trustProxy` or `RATE_LIMIT_TRUST_PROXY`: empty/`false` → false; a whole
 * number → that many hops; otherwise a comma-separated list of addresses/CIDRs. `true` (which
 * once meant "believe the first hop", i.e. believe anyone) is refused with a clear message.
 */
export const trustProxyFrom = (value: unknown): TrustProxy => {
  if (value === undefined || value === null || value === false || value === '' || value === 'false') return false
  if (value === true || value === 'true') throw new Error(tr(null, 'trustProxyTrue'))
  if (typeof value === 'number' || (typeof value === 'string' && /^\s*\d+\s*$/.test(value))) {
    const hops = Number(value)
    if (!Number.isInteger(hops) || hops < 0) throw new Error(tr(null, 'trustProxyBadEntry', { entry: String(value) }))
    return hops === 0 ? false : hops
  }
  const entries = (Array.isArray(value) ? value.map(String) : String(value).split(','))
    .map((entry) => entry.trim())
    .filter(Boolean)
  trustedProxyList(entries) // refuses a bad entry now, at boot
  return entries.length > 0 ? entries : false
}
