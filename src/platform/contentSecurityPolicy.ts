import { BASE_CONTENT_SECURITY_POLICY } from './securityHeaders.mjs'

/**
 * Content-Security-Policy of the admin pages (OWASP ASVS 14.4.3; tests/security/README.md).
 *
 * Scripts: only those carrying this request's nonce, and what they load ('strict-dynamic'). Next.js
 * reads the nonce from the request's `Content-Security-Policy` header (set by dev/proxy.ts) and puts
 * it on every script it renders (framework chunks, the inline flight-data scripts); Payload's admin
 * pages are dynamically rendered, so every answer gets a fresh nonce. No 'unsafe-inline' and no
 * 'unsafe-eval' for scripts in production ('unsafe-eval' only in `next dev`, which React's
 * development build needs).
 *
 * Styles: 'unsafe-inline' is kept: Payload's admin renders `style="…"` attributes server-side and
 * react-select (emotion) and the toaster insert `<style>` elements at run time without a nonce.
 * A nonce in style-src would make browsers ignore 'unsafe-inline' and block those.
 *
 * Payload's code/JSON fields use the Monaco editor, which @payloadcms/ui loads from jsDelivr
 * (`@monaco-editor/loader`'s default, MONACO_CDN below): its scripts are trusted through
 * 'strict-dynamic' (inserted by the nonced bundle); its stylesheet and font need that path in
 * style-src and font-src. src/platform/contentSecurityPolicy.spec.ts checks the path still matches
 * the one in the installed @payloadcms/ui.
 */
export const MONACO_CDN = 'https://cdn.jsdelivr.net/npm/monaco-editor@0.55.1/'

/** The base directives every policy carries (the API's whole policy: src/platform/securityHeaders.mjs). */
export const BASE_CSP_DIRECTIVES = BASE_CONTENT_SECURITY_POLICY.split('; ')

export const adminContentSecurityPolicy = (nonce: string, { development = false }: { development?: boolean } = {}): string =>
  [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ''}`,
    `style-src 'self' 'unsafe-inline' ${MONACO_CDN}`,
    "img-src 'self' data: blob:",
    `font-src 'self' data: ${MONACO_CDN}`,
    "connect-src 'self'",
    "media-src 'self' blob:",
    "worker-src 'self' blob:",
    ...BASE_CSP_DIRECTIVES,
  ].join('; ')

/** A fresh nonce: 16 random bytes, base64 (Web Crypto: runs in the proxy's runtime). */
export const createNonce = (): string => {
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary)
}
