import type { Payload } from 'payload'

/**
 * The Payload instances started in this process with the plugin (recorded by its `onInit`), so the
 * graceful shutdown finds them without booting one. On globalThis: Next.js loads the instrumentation
 * hook and the route handlers in different bundles of the same process.
 */
const INSTANCES = Symbol.for('pregonero.payloadInstances')

export const startedInstances = (): Set<Payload> =>
  ((globalThis as Record<symbol, unknown>)[INSTANCES] ??= new Set<Payload>()) as Set<Payload>

export const rememberInstance = (payload: Payload): void => {
  startedInstances().add(payload)
}
