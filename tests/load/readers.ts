/**
 * The anonymous readers of `npm run load`, in a process of their own (run.ts starts it): the
 * editors' client then never waits behind 200 readers' responses in one event loop, as a city's
 * website visitors and its office do not share one. Reads its settings from LOAD_READERS (JSON),
 * prints one line `READERS=<json>` with the result and every status counted, and the latencies'
 * percentiles computed from every response.
 */
import autocannon, { type AutocannonResult } from 'autocannon'

type Settings = { url: string; connections: number; duration: number; requests: Array<{ method: 'GET'; path: string }> }
const settings = JSON.parse(process.env.LOAD_READERS ?? '{}') as Settings

// run.ts starts the editors once the crowd is on.
console.log('READERS-STARTED')
const latencies: number[] = []
const statuses: Record<string, number> = {}
const instance = autocannon({ url: settings.url, connections: settings.connections, duration: settings.duration, requests: settings.requests, timeout: 30 })
instance.on('response', (_client, statusCode, _bytes, responseTime) => {
  latencies.push(responseTime)
  statuses[statusCode] = (statuses[statusCode] ?? 0) + 1
})
const result = await new Promise<AutocannonResult>((resolve, reject) => {
  instance.on('done', resolve)
  instance.on('error', reject)
})
latencies.sort((a, b) => a - b)
const at = (p: number) => (latencies.length ? latencies[Math.min(latencies.length - 1, Math.ceil((p / 100) * latencies.length) - 1)]! : NaN)
console.log(
  `READERS=${JSON.stringify({
    duration: result.duration,
    total: result.requests.total,
    perSecond: result.requests.average,
    mibPerSecond: result.throughput.average / 1024 / 1024,
    errors: result.errors,
    timeouts: result.timeouts,
    statuses,
    latency: { n: latencies.length, p50: at(50), p95: at(95), p99: at(99), max: latencies.at(-1) ?? NaN },
  })}`,
)
