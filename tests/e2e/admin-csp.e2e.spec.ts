/**
 * The admin's strict Content-Security-Policy (OWASP ASVS 14.4.3; dev/proxy.ts,
 * src/platform/contentSecurityPolicy.ts; tests/security/README.md): every admin answer carries a
 * fresh nonce, every script Next.js renders carries it, and Payload's admin keeps working in real
 * Chromium — login, dashboard, lists, the calendar, the edit view with the Lexical editor, the
 * plugin's custom components — with ZERO `securitypolicyviolation` events and no CSP console error.
 */

import { useAppInBrowser } from '../helpers/appInBrowser.js'
import { loginAs, screenshot } from '../helpers/browser.js'
import { DEMO_PASSWORD } from '../../dev/seed/data/users.js'
import { openAdmin, signInAs } from './support/journey.js'

type Violation = { page: string; directive: string; blocked: string; source: string; sample: string }

const session = useAppInBrowser({}, { fixtures: 'tests/e2e/fixtures/cspFixtures.ts' })
const violations: Violation[] = []
const consoleErrors: string[] = []

beforeAll(async () => {
  const { page } = session
  await page.exposeFunction('__pregoneroCspViolation', (violation: Violation) => {
    violations.push(violation)
  })
  // Runs before any script of every page (not subject to the page's CSP: injected by the browser).
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      ;(window as unknown as { __pregoneroCspViolation: (v: unknown) => void }).__pregoneroCspViolation({
        page: location.pathname,
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        source: `${event.sourceFile}:${event.lineNumber}`,
        sample: event.sample,
      })
    })
  })
  page.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) consoleErrors.push(`${page.url()}: ${message.text()}`)
  })
})

const scriptSrc = (policy: string) => policy.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src ')) ?? ''

it('admin pages get a strict script-src with a fresh nonce, and every script in the HTML carries it', async () => {
  const nonces: string[] = []
  for (const path of ['/admin/login', '/admin/login', '/admin/forgot']) {
    const res = await fetch(`${session.app.url}${path}`)
    expect(res.status).toBe(200)
    const policy = res.headers.get('content-security-policy') ?? ''
    expect(policy).not.toContain(',') // one policy (fetch joins repeated headers with commas)
    const scripts = scriptSrc(policy)
    expect(scripts).toMatch(/^script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}' 'strict-dynamic'$/)
    expect(scripts).not.toMatch(/unsafe-inline|unsafe-eval/)
    expect(policy).toMatch(/default-src 'self'/)
    expect(policy).toMatch(/object-src 'none'/)
    expect(policy).toMatch(/base-uri 'self'/)
    expect(policy).toMatch(/frame-ancestors 'self'/)
    expect(policy).toMatch(/form-action 'self'/)
    const nonce = /'nonce-([^']+)'/.exec(scripts)![1]!
    nonces.push(nonce)
    const html = await res.text()
    const tags = html.match(/<script\b[^>]*>/g) ?? []
    expect(tags.length).toBeGreaterThan(0)
    expect(tags.filter((tag) => !tag.includes(`nonce="${nonce}"`))).toEqual([])
  }
  expect(new Set(nonces).size).toBe(nonces.length)
  // The API keeps its own headers (no nonce there: it serves no HTML).
  const api = await fetch(`${session.app.url}/api/contents`)
  expect(api.headers.get('content-security-policy') ?? '').not.toMatch(/nonce-/)
  expect(api.headers.get('content-security-policy') ?? '').toMatch(/frame-ancestors 'self'/)
})

it('the admin works under the policy with zero violations: login, dashboard, lists, calendar, reports, CSV import', async () => {
  const { app, page } = session
  await page.goto(`${app.url}/admin/login`)
  await page.waitForSelector('input[name="email"]')
  await loginAs(page, app.url, 'jefe@pregonero.test', DEMO_PASSWORD)
  await page.goto(`${app.url}/admin`)
  await page.waitForSelector('.pregonero-dashboard', { timeout: 60_000 })
  await page.waitForLoadState('networkidle')

  await openAdmin(page, `${app.url}/admin/collections/contents`, '.collection-list, table')
  await openAdmin(page, `${app.url}/admin/calendario`, '.pregonero-calendar')

  // GenerateReportButton: a hydrated React form (its input takes typing).
  await openAdmin(page, `${app.url}/admin/collections/reports`, '#pregonero-report-period')
  await page.getByRole('heading', { name: 'Generar un informe ahora' }).waitFor({ timeout: 60_000 })
  await page.fill('#pregonero-report-period', '2026-10')
  expect(await page.inputValue('#pregonero-report-period')).toBe('2026-10')

  // CsvImportPanel: opening it fetches the import options (client code running, fetch allowed).
  await openAdmin(page, `${app.url}/admin/collections/media-mentions`, '.pregonero-import')
  await page.getByRole('button', { name: 'Importar CSV' }).click({ timeout: 60_000 })
  await page.locator('#pregonero-import-mentions-mapping option[value="generic"]').waitFor({ state: 'attached', timeout: 30_000 })
  await screenshot(page, 'csp-mentions-import-es')

  expect(violations).toEqual([])
  expect(consoleErrors).toEqual([])
})

it('the edit view with the Lexical editor works under the policy with zero violations', async () => {
  const { app, page } = session
  await signInAs(page, app.url, 'editor@pregonero.test')
  await openAdmin(page, `${app.url}/admin/collections/contents/create`, '#field-title')
  await page.fill('#field-title', 'Prueba de la política de seguridad de contenido')
  const body = page.locator('[data-lexical-editor="true"]').first()
  await body.click()
  await page.keyboard.type('Texto escrito en el editor Lexical.')
  await expect(body.innerText()).resolves.toContain('Texto escrito en el editor Lexical.')
  await screenshot(page, 'csp-lexical-es')

  expect(violations).toEqual([])
  expect(consoleErrors).toEqual([])
})


it('a JSON field the system writes reads as a table under the policy, with zero violations and nothing from a CDN', async () => {
  const { app, page } = session
  // Payload's JSON field loads Monaco from jsDelivr; the plugin shows system-written JSON as a
  // read-only table instead (issue 15, item 8), so no request may leave for the CDN.
  const cdnRequests: string[] = []
  await page.route(/cdn\.jsdelivr\.net/, async (route) => {
    cdnRequests.push(route.request().url())
    return route.fulfill({ status: 404, body: 'not found' })
  })
  await signInAs(page, app.url, 'jefe@pregonero.test')
  await openAdmin(page, `${app.url}/admin/collections/follow-ups/${String(app.fixtures.followUp)}`, 'form')
  await page.locator('.pregonero-json-field').first().waitFor({ timeout: 30_000 })
  await expect(page.locator('.pregonero-json-field').first().innerText()).resolves.toMatch(/1\.?200/)
  expect(await page.locator('.monaco-editor').count()).toBe(0)
  await screenshot(page, 'csp-json-field-es')

  expect(cdnRequests).toEqual([])
  expect(violations).toEqual([])
  expect(consoleErrors).toEqual([])
  await page.unroute(/cdn\.jsdelivr\.net/)
})

it('the policy is enforced: an injected inline event handler (the classic XSS) does not run, and the spec sees the violation', async () => {
  const { app, page } = session
  await openAdmin(page, `${app.url}/admin`, '.pregonero-dashboard')
  await page.evaluate(() => {
    document.body.insertAdjacentHTML('beforeend', '<img alt="" src="data:," onerror="window.__pregoneroInjected = true">')
  })
  await page.waitForTimeout(500)
  expect(await page.evaluate(() => (window as unknown as { __pregoneroInjected?: boolean }).__pregoneroInjected)).toBeUndefined()
  expect(violations.map((v) => v.directive)).toContain('script-src-attr')
})
