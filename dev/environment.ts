/** Reads a comma-separated list of origins from the environment (CORS, CSRF allow-lists). */
export const originsFrom = (value: string | undefined, fallback: string[]): string[] =>
  value
    ? value
        .split(',')
        .map((origin) => origin.trim())
        .filter(Boolean)
    : fallback

/**
 * The secret that signs sessions. Required in production; in development and tests a fixed
 * value is used so a fresh clone runs with no setup.
 */
export const payloadSecret = (env: Record<string, string | undefined> = process.env): string => {
  if (env.PAYLOAD_SECRET) return env.PAYLOAD_SECRET
  if (env.NODE_ENV === 'production' && env.NEXT_PHASE !== 'phase-production-build') {
    throw new Error('PAYLOAD_SECRET: required in production / obligatorio en producción (see .env.example)')
  }
  return 'pregonero-development-secret-not-for-production'
}
