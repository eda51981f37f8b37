/** Figures a feature adds to what admins see of the health check (e.g. the public cache's hit rate). */
export type HealthDetailSource = () => Promise<Record<string, unknown>> | Record<string, unknown>

// On globalThis: Next.js may load the route and the feature in different module copies.
const sources = ((globalThis as { __pregoneroHealthDetails?: Map<string, HealthDetailSource> }).__pregoneroHealthDetails ??= new Map())

/** Registers (or replaces) the figures reported under `name`. */
export const addHealthDetail = (name: string, source: HealthDetailSource): void => {
  sources.set(name, source)
}

/** Only the numbers of a source's answer, flattened (`log.checks`): never a text, a key or a setting. */
const numbers = (value: Record<string, unknown>, prefix = '', into: Record<string, number> = {}): Record<string, number> => {
  for (const [key, item] of Object.entries(value)) {
    if (typeof item === 'number' && Number.isFinite(item)) into[`${prefix}${key}`] = item
    else if (item && typeof item === 'object' && !Array.isArray(item)) numbers(item as Record<string, unknown>, `${prefix}${key}.`, into)
  }
  return into
}

/** Every registered source's figures; a source that fails reports nothing rather than failing the check. */
export const healthDetails = async (): Promise<Record<string, Record<string, number>>> =>
  Object.fromEntries(
    await Promise.all(
      [...sources].map(async ([name, source]) => [name, numbers(await Promise.resolve(source()).catch(() => ({})))] as const),
    ),
  )
