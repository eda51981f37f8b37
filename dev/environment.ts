import { tr } from '../src/kernel/i18n/index.js'

/** Reads a comma-separated list of origins from the environment (CORS, CSRF allow-lists). */
export const originsFrom = (value: string | undefined, fallback: string[]): string[] =>
  value
    ? value
        .split(',')
        .map((origin) => origin.trim())
        .filter(Boolean)
    : fallback

type Env = Record<string, string | undefined>

/** Production, but not `next build` (which evaluates the config without the server's secrets). */
const servingProduction = (env: Env) => env.NODE_ENV === 'production' && env.NEXT_PHASE !== 'phase-production-build'

/**
 * The secret that signs sessions. Required in production; in development and tests a fixed
 * value is used so a fresh clone runs with no setup.
 */
export const payloadSecret = (env: Env = process.env): string => {
  if (env.PAYLOAD_SECRET) return env.PAYLOAD_SECRET
  if (servingProduction(env)) throw new Error(tr(null, 'envSecretRequired'))
  return 'pregonero-development-secret-not-for-production'
}

/**
 * The app's public address (`PAYLOAD_PUBLIC_SERVER_URL`): Payload's `serverURL`, so links in
 * e-mails (password reset, notifications) are absolute. Required in production, and must be an
 * absolute http(s) URL; without it a reset mail would carry a relative link nobody can open.
 * Outside production it may be unset (Payload then answers relative URLs).
 */
export const publicServerURL = (env: Env = process.env): string | undefined => {
  const value = env.PAYLOAD_PUBLIC_SERVER_URL?.trim()
  if (!value) {
    if (servingProduction(env)) throw new Error(tr(null, 'envServerURLRequired'))
    return undefined
  }
  let url: URL | null = null
  try {
    url = new URL(value)
  } catch {
    url = null
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) throw new Error(tr(null, 'envServerURLInvalid', { value }))
  return value.replace(/\/+$/, '')
}

/**
 * Everything production needs before serving, checked at boot (dev/instrumentation.ts, and the
 * config for the CLI): throws one clear message naming the missing variable.
 */
export const assertProductionEnvironment = (env: Env = process.env): void => {
  const problems: string[] = []
  for (const check of [payloadSecret, publicServerURL]) {
    try {
      check(env)
    } catch (error) {
      problems.push((error as Error).message)
    }
  }
  if (problems.length > 0) throw new Error(problems.join('\n'))
}
