import { type NextRequest, NextResponse } from 'next/server'

import { adminContentSecurityPolicy, createNonce } from 'pregonero/platform'

/**
 * A strict, nonce-based Content-Security-Policy for the pages (Payload's admin): a new nonce per
 * request, passed to Next.js in the request's CSP header (Next.js puts it on its scripts) and sent
 * to the browser in the answer's. The API and static files keep the headers of next.config.mjs.
 */
export function proxy(request: NextRequest) {
  const development = process.env.NODE_ENV !== 'production'
  const policy = adminContentSecurityPolicy(createNonce(), { development })
  const requestHeaders = new Headers(request.headers)
  requestHeaders.set('Content-Security-Policy', policy)
  const response = NextResponse.next({ request: { headers: requestHeaders } })
  // Enforced by the production build (verified in Chromium: tests/e2e/admin-csp.e2e.spec.ts). Under
  // `next dev` (hot reload, dev overlay: not verified) violations are only reported in the console.
  response.headers.set(development ? 'Content-Security-Policy-Report-Only' : 'Content-Security-Policy', policy)
  return response
}

export const config = {
  matcher: ['/((?!api/|_next/static|_next/image|favicon.ico).*)'],
}
