import type { SanitizedConfig } from 'payload'

import { REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'

type Handler = (request: Request, args: { params: Promise<{ slug: string[] }> }) => Promise<Response>

/**
 * Calls the app's real REST route handlers in-process (the same functions Next.js serves under
 * /api), so tests exercise the HTTP layer — parsing, auth cookies/headers, status codes —
 * without a server. `token` is sent as `Authorization: JWT <token>`.
 */
export const restClient = (config: Promise<SanitizedConfig> | SanitizedConfig, base = 'http://localhost:3000') => {
  const handlers: Record<string, Handler> = {
    GET: REST_GET(config) as unknown as Handler,
    POST: REST_POST(config) as unknown as Handler,
    PATCH: REST_PATCH(config) as unknown as Handler,
    DELETE: REST_DELETE(config) as unknown as Handler,
  }
  const call = async (method: string, path: string, options: { body?: unknown; token?: string; headers?: Record<string, string> } = {}) => {
    const url = new URL(`/api${path}`, base)
    const headers = new Headers(options.headers)
    if (options.token) headers.set('Authorization', `JWT ${options.token}`)
    let body: BodyInit | undefined
    if (options.body instanceof FormData) body = options.body
    else if (options.body !== undefined) {
      headers.set('Content-Type', 'application/json')
      body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body)
    }
    const request = new Request(url, { method, headers, body })
    const slug = url.pathname.replace(/^\/api\//, '').split('/').filter(Boolean)
    const response = await handlers[method]!(request, { params: Promise.resolve({ slug }) })
    const text = await response.text()
    let json: any = undefined
    try {
      json = text ? JSON.parse(text) : undefined
    } catch {
      json = undefined
    }
    return { status: response.status, headers: response.headers, json, text }
  }
  return {
    get: (path: string, options?: { token?: string; headers?: Record<string, string> }) => call('GET', path, options),
    post: (path: string, body?: unknown, options?: { token?: string; headers?: Record<string, string> }) =>
      call('POST', path, { ...options, body }),
    patch: (path: string, body?: unknown, options?: { token?: string; headers?: Record<string, string> }) =>
      call('PATCH', path, { ...options, body }),
    delete: (path: string, options?: { token?: string; headers?: Record<string, string> }) => call('DELETE', path, options),
    /** Logs in through POST /api/users/login and returns the JWT. */
    login: async (email: string, password: string) => {
      const res = await call('POST', '/users/login', { body: { email, password } })
      if (res.status !== 200) throw new Error(`login failed for ${email}: ${res.status} ${res.text}`)
      return res.json.token as string
    },
  }
}
