import fs from 'node:fs'
import path from 'node:path'

import { adminContentSecurityPolicy, createNonce, MONACO_CDN } from './contentSecurityPolicy.js'

const directive = (policy: string, name: string) =>
  policy
    .split(';')
    .map((d) => d.trim())
    .find((d) => d.startsWith(`${name} `)) ?? ''

it('script-src allows only the nonce (and what nonced scripts load): no unsafe-inline, no unsafe-eval in production', () => {
  const policy = adminContentSecurityPolicy('abc123')
  expect(directive(policy, 'script-src')).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'")
  expect(directive(adminContentSecurityPolicy('abc123', { development: true }), 'script-src')).toMatch(/'unsafe-eval'$/)
  for (const base of ["frame-ancestors 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "default-src 'self'"]) {
    expect(policy).toContain(base)
  }
})

it('nonces are fresh, 16 random bytes in base64', () => {
  const nonces = new Set(Array.from({ length: 50 }, createNonce))
  expect(nonces.size).toBe(50)
  for (const nonce of nonces) expect(Buffer.from(nonce, 'base64')).toHaveLength(16)
})

it('the Monaco CDN path allowed for styles and fonts is the one the installed @payloadcms/ui loads', () => {
  const dist = path.resolve('node_modules/@payloadcms/ui/dist/exports/client')
  const used = new Set<string>()
  for (const file of fs.readdirSync(dist).filter((f) => f.endsWith('.js'))) {
    for (const match of fs.readFileSync(path.join(dist, file), 'utf8').matchAll(/https:\/\/cdn\.jsdelivr\.net\/npm\/monaco-editor@[^/"']+\//g)) used.add(match[0])
  }
  expect([...used]).toEqual([MONACO_CDN])
  const policy = adminContentSecurityPolicy('n')
  expect(directive(policy, 'style-src')).toContain(MONACO_CDN)
  expect(directive(policy, 'font-src')).toContain(MONACO_CDN)
})
