import { withPayload } from '@payloadcms/next/withPayload'

import { nextSecurityHeaders } from '../src/platform/securityHeaders.mjs'

/**
 * Security headers (OWASP ASVS 14.4; tests/security/README.md), from src/platform/securityHeaders.mjs.
 * Next.js applies them to every answer: admin pages, the REST/GraphQL API and uploaded files. HSTS
 * is sent by the production build (browsers ignore it over plain HTTP).
 *
 * Content-Security-Policy: the pages (Payload's admin) get a strict, nonce-based policy from
 * dev/proxy.ts (a fresh nonce per request; src/platform/contentSecurityPolicy.ts). The answers the
 * proxy does not see (the API, static chunks) get the base directives; uploaded files a policy
 * that runs nothing. A route with stricter headers of its own (the fact-check pages) is left out of
 * the generic framing/referrer/CSP headers: Next.js would otherwise keep the generic ones over the
 * route's.
 */
/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // No image optimizer for the app's own files: it would fetch a public rendition once and serve
  // it from its own cache for hours (minimumCacheTTL), past the moment the file stops being public
  // (a consent revoked or expired). The app renders no next/image; every file answer comes from the
  // access-checked file route (src/kernel/uploads/fileResponses.ts).
  images: { localPatterns: [], remotePatterns: [] },
  // The plugin's own folders sit beside src/ (collections/, hooks/): let Next compile them.
  experimental: { externalDir: true },
  async headers() {
    return nextSecurityHeaders(process.env.NODE_ENV === 'production')
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
