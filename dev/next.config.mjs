import { withPayload } from '@payloadcms/next/withPayload'

/**
 * Security headers (OWASP ASVS 14.4; tests/security/README.md). Next.js applies them to every
 * answer: admin pages, the REST/GraphQL API and uploaded files. HSTS is sent by the production
 * build (browsers ignore it over plain HTTP).
 *
 * Content-Security-Policy: the pages (Payload's admin) get a strict, nonce-based policy from
 * src/proxy.ts (a fresh nonce per request; src/config/contentSecurityPolicy.ts). The answers the
 * proxy does not see (the API, static chunks) get the base directives below: framing, plugins,
 * base URL and form targets restricted; uploaded files get a policy that runs nothing.
 */
const baseContentSecurityPolicy = { key: 'Content-Security-Policy', value: "frame-ancestors 'self'; object-src 'none'; base-uri 'self'; form-action 'self'" }

const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  ...(process.env.NODE_ENV === 'production'
    ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }]
    : []),
]

/**
 * Uploaded files (archive, brand assets) are user content: served with a CSP that runs nothing,
 * so an SVG or HTML file carrying a script cannot execute in the app's origin (stored XSS).
 */
const uploadedFileHeaders = [
  { key: 'Content-Security-Policy', value: "default-src 'none'; img-src 'self' data:; media-src 'self'; style-src 'unsafe-inline'; sandbox" },
]

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // No image optimizer for the app's own files: it would fetch a public rendition once and serve
  // it from its own cache for hours (minimumCacheTTL), past the moment the file stops being public
  // (a consent revoked or expired). The app renders no next/image; every file answer comes from the
  // access-checked file route (src/uploads/fileResponses.ts).
  images: { localPatterns: [], remotePatterns: [] },
  // The plugin's own folders sit beside src/ (collections/, hooks/): let Next compile them.
  experimental: { externalDir: true },
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      // Where src/proxy.ts does not run (its matcher): the base policy.
      { source: '/api/:path*', headers: [baseContentSecurityPolicy] },
      { source: '/_next/:path*', headers: [baseContentSecurityPolicy] },
      { source: '/favicon.ico', headers: [baseContentSecurityPolicy] },
      { source: '/api/:collection/file/:file*', headers: uploadedFileHeaders },
    ]
  },
  webpack: (webpackConfig) => {
    webpackConfig.resolve.extensionAlias = {
      '.cjs': ['.cts', '.cjs'],
      '.js': ['.ts', '.tsx', '.js', '.jsx'],
      '.mjs': ['.mts', '.mjs'],
    }
    return webpackConfig
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
