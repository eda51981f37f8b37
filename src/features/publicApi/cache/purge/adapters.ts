/**
 * A CDN purge: receives the absolute public URLs whose cached copies must go, and throws when the
 * CDN did not take them (the job that calls it is then retried by Payload's jobs queue).
 */
export type PurgeAdapter = (urls: string[]) => Promise<void>

const refused = async (what: string, response: Response) => {
  const text = await response.text().catch(() => '')
  return new Error(`${what}: HTTP ${response.status} ${text.slice(0, 200)}`)
}

/**
 * Generic "PURGE <url>" (Varnish, Fastly, nginx proxy_cache_purge, Souin…): one request per URL,
 * with method `method` (default PURGE), sent to the URL itself or, with `via`, to that origin
 * (the cache server) keeping the URL's path and query and its host in `Host`-like `X-Purge-Host`.
 */
export const purgeByMethod =
  ({ method = 'PURGE', via, headers = {} }: { method?: string; via?: string; headers?: Record<string, string> } = {}): PurgeAdapter =>
  async (urls) => {
    for (const url of urls) {
      const target = via ? new URL(new URL(url).pathname + new URL(url).search, via).toString() : url
      const response = await fetch(target, { method, headers: { ...headers, ...(via ? { 'X-Purge-Host': new URL(url).host } : {}) } })
      // 404: the cache had no copy of that URL — nothing to purge.
      if (!response.ok && response.status !== 404) throw await refused(`${method} ${target}`, response)
    }
  }

/** Cloudflare's "purge files by URL": at most 30 URLs per call (the limit of every plan). */
export const cloudflarePurge =
  ({ zoneId, apiToken, apiBase = 'https://api.cloudflare.com/client/v4' }: { zoneId: string; apiToken: string; apiBase?: string }): PurgeAdapter =>
  async (urls) => {
    for (let at = 0; at < urls.length; at += 30) {
      const response = await fetch(`${apiBase.replace(/\/+$/, '')}/zones/${encodeURIComponent(zoneId)}/purge_cache`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${apiToken}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ files: urls.slice(at, at + 30) }),
      })
      const body = (await response.clone().json().catch(() => null)) as null | { success?: boolean }
      if (!response.ok || body?.success !== true) throw await refused('Cloudflare purge_cache', response)
    }
  }

/** A webhook of your own: `POST <url>` with `{ "urls": [...] }` (JSON), any 2xx accepted. */
export const webhookPurge =
  ({ url, headers = {} }: { url: string; headers?: Record<string, string> }): PurgeAdapter =>
  async (urls) => {
    const response = await fetch(url, { method: 'POST', headers: { ...headers, 'Content-Type': 'application/json' }, body: JSON.stringify({ urls }) })
    if (!response.ok) throw await refused(`purge webhook ${url}`, response)
  }
