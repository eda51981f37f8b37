/** The part of autocannon 9's API the load script and the API bench use (the package ships no types). */
declare module 'autocannon' {
  type Stats = { average: number; mean: number; p50: number; p99: number; total: number }
  export type AutocannonResult = {
    duration: number
    errors: number
    timeouts: number
    non2xx: number
    requests: Stats
    latency: Stats
    throughput: Stats
  }
  type Options = {
    url: string
    connections?: number
    duration?: number
    /** A fixed number of requests in all (instead of a duration). */
    amount?: number
    timeout?: number
    headers?: Record<string, string>
    requests?: Array<{ method?: string; path: string; headers?: Record<string, string>; body?: string }>
  }
  type Instance = {
    on(event: 'response', listener: (client: unknown, statusCode: number, resBytes: number, responseTime: number) => void): Instance
    on(event: 'done', listener: (result: AutocannonResult) => void): Instance
    on(event: 'error', listener: (error: Error) => void): Instance
    stop(): void
  }
  function autocannon(options: Options, done?: (error: unknown, result: AutocannonResult) => void): Instance
  export default autocannon
}
