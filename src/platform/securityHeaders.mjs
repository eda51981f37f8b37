/**
 * Security headers (OWASP ASVS 14.4; tests/security/README.md), one source for next.config.mjs
 * and the routes that answer with pages of their own. Plain ESM: next.config.mjs loads it as is.
 *
 * Next.js applies next.config's headers BEFORE a route handler's, and a header already present is
 * not replaced by the handler's (next/dist/server/send-response.js). So a route with stricter
 * headers of its own must be left out of the generic ones, or its policy is silently weakened.
 */

/** Every answer: no sniffing, no powerful features, no cross-origin window sharing, HTTPS (production). */
export const commonSecurityHeaders = (production) => [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  ...(production ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }] : []),
]

/** Ordinary answers: referrer trimmed to the origin cross-site, framing by the same origin only. */
export const framingAndReferrerHeaders = [
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
]

/** Where dev/proxy.ts does not run (the API, static chunks): framing, plugins, base URL and form targets restricted. */
export const BASE_CONTENT_SECURITY_POLICY = "frame-ancestors 'self'; object-src 'none'; base-uri 'self'; form-action 'self'"

/** Uploaded files are user content: a policy that runs nothing (an SVG or HTML file cannot script the app's origin). */
export const UPLOADED_FILE_CONTENT_SECURITY_POLICY = "default-src 'none'; img-src 'self' data:; media-src 'self'; style-src 'unsafe-inline'; sandbox"

/** The fact-check pages' path under the API (`/api/pregonero/fact-check/<token>`, src/features/workflow/factCheck/endpoints.ts). */
export const FACT_CHECK_PATH = '/api/pregonero/fact-check/'

/**
 * The fact-check pages (an outside expert opens a signed, single-use link; the token is in the
 * URL): nothing cached, no referrer (the token never leaks to another site), never framed, no
 * scripts, no indexing. Sent by the endpoint itself and, for every answer of that path (errors
 * included), by next.config.mjs in place of the generic framing/referrer/CSP headers.
 */
export const FACT_CHECK_PAGE_HEADERS = {
  'Cache-Control': 'no-store',
  'Referrer-Policy': 'no-referrer',
  'X-Robots-Tag': 'noindex, nofollow',
  'X-Frame-Options': 'DENY',
  'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
}

/** next.config.mjs's `headers()`: generic headers everywhere except where a route keeps its own. */
export const nextSecurityHeaders = (production) => {
  const exceptFactCheck = `((?!${FACT_CHECK_PATH.slice(1).replace(/\//g, '\\/')}).*)`
  return [
    { source: '/:path*', headers: commonSecurityHeaders(production) },
    { source: `/:path${exceptFactCheck}`, headers: framingAndReferrerHeaders },
    { source: '/', headers: framingAndReferrerHeaders },
    // Where dev/proxy.ts does not run (its matcher): the base policy.
    { source: `/api/:path${exceptFactCheck.replace('(?!api\\/', '(?!')}`, headers: [{ key: 'Content-Security-Policy', value: BASE_CONTENT_SECURITY_POLICY }] },
    { source: '/_next/:path*', headers: [{ key: 'Content-Security-Policy', value: BASE_CONTENT_SECURITY_POLICY }] },
    { source: '/favicon.ico', headers: [{ key: 'Content-Security-Policy', value: BASE_CONTENT_SECURITY_POLICY }] },
    { source: '/api/:collection/file/:file*', headers: [{ key: 'Content-Security-Policy', value: UPLOADED_FILE_CONTENT_SECURITY_POLICY }] },
    { source: `${FACT_CHECK_PATH}:token*`, headers: Object.entries(FACT_CHECK_PAGE_HEADERS).map(([key, value]) => ({ key, value })) },
  ]
}

/**
 * What `nextSecurityHeaders` gives an API read that is neither a file nor a fact-check page: the
 * headers of the answers the cache's front door serves without Next.js
 * (src/features/publicApi/cache/frontDoor.ts). securityHeaders.spec.ts holds it equal to Next.js'
 * own matching of the rules above for every path the cache answers.
 */
export const apiReadHeaders = (production) => [
  ...commonSecurityHeaders(production),
  ...framingAndReferrerHeaders,
  { key: 'Content-Security-Policy', value: BASE_CONTENT_SECURITY_POLICY },
]
