import type { ApiOptions, PregoneroOptions, ResolvedApiOptions, ResolvedOptions } from './types.js'

/** Sidebar groups by PHVA area (Planear, Hacer, Verificar, Actuar), plus archive and settings. */
export const GROUPS = {
  plan: { es: 'Planear', en: 'Plan' },
  do: { es: 'Hacer', en: 'Do' },
  check: { es: 'Verificar', en: 'Check' },
  act: { es: 'Actuar', en: 'Act' },
  archive: { es: 'Archivo', en: 'Archive' },
  settings: { es: 'Configuración', en: 'Settings' },
} as const

/** Applies the defaults once; everything downstream reads the resolved options. */
export const resolveOptions = (options: PregoneroOptions = {}): ResolvedOptions => {
  const institutionName = options.institutionName ?? 'Alcaldía de Pasto'
  return {
    enabled: options.enabled ?? true,
    serverURL: options.serverURL ?? process.env.PAYLOAD_PUBLIC_SERVER_URL ?? 'http://localhost:3000',
    institutionName,
    jobsQueue: options.jobsQueue ?? 'pregonero',
    api: resolveApiOptions(options.api, institutionName),
  }
}

// ---------------------------------------------------------------------------------------
// api group (issue 7): the public content API
// ---------------------------------------------------------------------------------------
const envNumber = (name: string, fallback: number, env: Record<string, string | undefined>): number => {
  const raw = env[name]
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name}: debe ser un número >= 0 / must be a number >= 0 (got "${raw}")`)
  return value
}

/** Defaults of the `api` options group; environment variables fill what the options leave out. */
export const resolveApiOptions = (
  api: ApiOptions = {},
  institutionName = 'Alcaldía de Pasto',
  env: Record<string, string | undefined> = process.env,
): ResolvedApiOptions => ({
  publicSiteURL: (api.publicSiteURL ?? env.PUBLIC_SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, ''),
  contentPathPrefix: api.contentPathPrefix ?? env.PUBLIC_CONTENT_PATH ?? '/noticias/',
  cache: {
    maxAge: api.cache?.maxAge ?? envNumber('CACHE_MAX_AGE', 60, env),
    sMaxAge: api.cache?.sMaxAge ?? envNumber('CACHE_S_MAXAGE', 300, env),
    staleWhileRevalidate: api.cache?.staleWhileRevalidate ?? envNumber('CACHE_SWR', 600, env),
  },
  feedSize: api.feedSize ?? 30,
  openData: {
    publisher: api.openData?.publisher ?? institutionName,
    license: api.openData?.license ?? 'Creative Commons Atribución-CompartirIgual 4.0 (CC BY-SA 4.0)',
    licenseURL: api.openData?.licenseURL ?? 'https://creativecommons.org/licenses/by-sa/4.0/',
  },
  rateLimit: {
    enabled: api.rateLimit?.enabled ?? env.RATE_LIMIT_ENABLED !== 'false',
    anonymousReads: {
      max: api.rateLimit?.anonymousReads?.max ?? envNumber('RATE_LIMIT_ANON_MAX', 300, env),
      windowMs: api.rateLimit?.anonymousReads?.windowMs ?? envNumber('RATE_LIMIT_ANON_WINDOW_MS', 60_000, env),
    },
    login: {
      perIP: api.rateLimit?.login?.perIP ?? envNumber('RATE_LIMIT_LOGIN_PER_IP', 20, env),
      perEmail: api.rateLimit?.login?.perEmail ?? envNumber('RATE_LIMIT_LOGIN_PER_EMAIL', 10, env),
      windowMs: api.rateLimit?.login?.windowMs ?? envNumber('RATE_LIMIT_LOGIN_WINDOW_MS', 15 * 60_000, env),
    },
    trustProxy: api.rateLimit?.trustProxy ?? env.RATE_LIMIT_TRUST_PROXY === 'true',
  },
})
