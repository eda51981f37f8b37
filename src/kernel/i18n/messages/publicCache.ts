/** Messages of the public API's answer cache and CDN purge (issue 17). */
export const publicCacheMessages = {
  es: {
    cdnPurgeRequired: '{{name}}: obligatorio con CDN_PURGE={{kind}}.',
    cdnPurgeUnknown: 'CDN_PURGE: use purge, cloudflare o webhook (recibido "{{kind}}").',
  },
  en: {
    cdnPurgeRequired: '{{name}}: required with CDN_PURGE={{kind}}.',
    cdnPurgeUnknown: 'CDN_PURGE: use purge, cloudflare or webhook (got "{{kind}}").',
  },
} as const
