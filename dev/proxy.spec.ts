import { NextRequest } from 'next/server'

import { proxy } from './proxy.js'

const nonceOf = (policy: null | string) => /'nonce-([^']+)'/.exec(policy ?? '')?.[1]

const withNodeEnv = <T,>(value: string, run: () => T): T => {
  const env = process.env as Record<string, string | undefined>
  const previous = env.NODE_ENV
  env.NODE_ENV = value
  try {
    return run()
  } finally {
    env.NODE_ENV = previous
  }
}

it('production: the policy is enforced, and Next.js gets the same nonce in the request header', () => {
  const response = withNodeEnv('production', () => proxy(new NextRequest('http://localhost:3000/admin/login')))
  const sent = response.headers.get('content-security-policy')
  expect(sent).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'(;|$)/)
  expect(response.headers.get('content-security-policy-report-only')).toBeNull()
  // NextResponse.next({ request: { headers } }) forwards request headers to the page as x-middleware-request-*.
  const forwarded = response.headers.get('x-middleware-request-content-security-policy')
  expect(forwarded).toBe(sent)
  expect(nonceOf(forwarded)).toBeDefined()
})

it('each request gets its own nonce', () => {
  const nonces = withNodeEnv('production', () =>
    Array.from({ length: 5 }, () => nonceOf(proxy(new NextRequest('http://localhost:3000/admin')).headers.get('content-security-policy'))),
  )
  expect(new Set(nonces).size).toBe(5)
})

it('next dev: report-only (with unsafe-eval for React development builds), never blocking', () => {
  const response = withNodeEnv('development', () => proxy(new NextRequest('http://localhost:3000/admin')))
  expect(response.headers.get('content-security-policy')).toBeNull()
  expect(response.headers.get('content-security-policy-report-only')).toMatch(/'unsafe-eval'/)
})
