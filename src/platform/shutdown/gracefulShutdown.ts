import type { Payload } from 'payload'

import { releaseHeldLeases } from '../../kernel/jobs/lease.js'
import { releaseHeldJobs, stopClaiming } from '../jobs/install.js'
import { startedInstances } from './instances.js'

type Cron = { stop: () => void; isBusy?: () => boolean }

export type GracefulShutdownOptions = {
  /** The instance(s) to shut down. Default: every Payload started in this process with the plugin. */
  payload?: (() => Payload | Payload[] | Promise<Payload | Payload[] | undefined> | undefined) | Payload
  /** @default ['SIGTERM', 'SIGINT'] */
  signals?: NodeJS.Signals[]
  /** How long running job batches may take to finish before the leases are given back. @default 20000 */
  graceMs?: number
  /**
   * Called with 128 + the signal's number once done, when no other handler of the signal will end
   * the process (Next.js's server does: it closes, lets the requests in flight finish, then exits —
   * and that exit waits for this shutdown). Injectable for tests. @default process.exit
   */
  exit?: (code: number) => void
}

export type GracefulShutdown = {
  /** Runs the shutdown once (later calls get the same promise), then `exit` unless `leaveExit`. */
  shutdown: (signal?: NodeJS.Signals, leaveExit?: boolean) => Promise<void>
  /** Removes the signal handlers (tests). */
  uninstall: () => void
}

const CODES: Partial<Record<NodeJS.Signals, number>> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 }
const INSTALLED = Symbol.for('pregonero.gracefulShutdown')
/** Time beyond `graceMs` for giving the leases back before the process ends anyway. */
const CLEANUP_MARGIN_MS = 5_000
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms).unref())

const instancesOf = async (option: GracefulShutdownOptions['payload']): Promise<Payload[]> => {
  const found = typeof option === 'function' ? await option() : option
  if (!found) return [...startedInstances()]
  return Array.isArray(found) ? found : [found]
}

/** Stops the job crons (no new batch starts) and waits up to `graceMs` for the running ones. */
const stopJobRunners = async (payload: Payload, graceMs: number): Promise<void> => {
  const crons = (payload.crons ?? []).splice(0) as unknown as Cron[]
  for (const cron of crons) cron.stop()
  const deadline = Date.now() + graceMs
  while (crons.some((cron) => cron.isBusy?.()) && Date.now() < deadline) await sleep(100)
}

/**
 * `installGracefulShutdown(options)`, from `pregonero/platform`: on SIGTERM/SIGINT this process stops
 * taking jobs (Payload's job crons stop; a running batch gets `graceMs` to finish), gives back the
 * job leases it holds (claimable at once by another instance instead of when they expire) and ends.
 * The HTTP side is the server's: Next.js's `next start` stops accepting connections and lets the
 * requests in flight finish, then exits; that exit is held until this shutdown is done. Idempotent:
 * a second call returns the first installation, a second signal joins the running shutdown.
 */
export const installGracefulShutdown = (options: GracefulShutdownOptions = {}): GracefulShutdown => {
  const registry = globalThis as Record<symbol, GracefulShutdown | undefined>
  const existing = registry[INSTALLED]
  if (existing) return existing
  const { signals = ['SIGTERM', 'SIGINT'], graceMs = 20_000, exit = (code: number) => process.exit(code) } = options
  let running: Promise<void> | undefined

  const cleanUp = async (): Promise<void> => {
    const payloads = await instancesOf(options.payload)
    // No new claims from here on (the crons, /api/payload-jobs/run), then the running batches' grace.
    for (const payload of payloads) stopClaiming(payload)
    await Promise.all(payloads.map((payload) => stopJobRunners(payload, graceMs)))
    for (const payload of payloads) {
      try {
        // Jobs still held after the grace go back to the queue at once (another instance runs them).
        const jobs = await releaseHeldJobs(payload)
        const released = await releaseHeldLeases(payload)
        payload.logger.info({ msg: `Graceful shutdown: job runners stopped, ${jobs} unfinished job(s) handed back, ${released} job lease(s) released` })
      } catch (error) {
        payload.logger.error({ err: error, msg: 'Graceful shutdown: releasing the job leases failed (they expire by themselves)' })
      }
    }
  }

  const shutdown = (signal: NodeJS.Signals = 'SIGTERM', leaveExit = false): Promise<void> => {
    running ??= (async () => {
      // Another handler (Next.js's server) exits when its requests are done: hold that exit until ours is.
      const realExit = process.exit
      let heldCode: number | undefined
      let held = false
      if (leaveExit) {
        process.exit = ((code?: number) => {
          held = true
          heldCode = code
        }) as typeof process.exit
      }
      // Bounded: an unreachable database must not hold the exit for ever (leases then expire by themselves).
      let timer: NodeJS.Timeout | undefined
      try {
        await Promise.race([cleanUp(), new Promise<void>((resolve) => (timer = setTimeout(resolve, graceMs + CLEANUP_MARGIN_MS)))])
      } finally {
        clearTimeout(timer)
        if (leaveExit) {
          process.exit = realExit
          if (held) realExit.call(process, heldCode)
        } else exit(CODES[signal] ?? 128)
      }
    })()
    return running
  }

  const listeners = signals.map((signal) => {
    const listener = () => void shutdown(signal, process.listenerCount(signal) > 1)
    process.on(signal, listener)
    return [signal, listener] as const
  })
  const handle: GracefulShutdown = {
    shutdown,
    uninstall: () => {
      for (const [signal, listener] of listeners) process.off(signal, listener)
      if (registry[INSTALLED] === handle) registry[INSTALLED] = undefined
    },
  }
  registry[INSTALLED] = handle
  return handle
}
