/**
 * The plan/monitoring admin additions in the built app, in Spanish: the head generates a
 * follow-up report on demand above the reports list and follows the link to it; an editor opens
 * the CSV import panel above the media mentions, validates a file and reads the row-level report.
 */
import type { Page } from 'playwright-core'

import path from 'node:path'

import { DEMO_PASSWORD } from '../../dev/seed/data/users.js'
import type { RunningApp } from '../helpers/appServer.js'

import { useAppInBrowser } from '../helpers/appInBrowser.js'
import { loginAs, screenshot } from '../helpers/browser.js'

let app: RunningApp
let page: Page
const session = useAppInBrowser()
beforeAll(() => {
  ;({ app, page } = session)
})

it('the head generates a report from the reports list and opens it', async () => {
  await loginAs(page, app.url, 'jefe@pregonero.test', DEMO_PASSWORD)
  await page.goto(`${app.url}/admin/collections/reports`)
  await page.waitForLoadState('networkidle')
  await screenshot(page, 'reports-list-es')
  await page.getByRole('heading', { name: 'Generar un informe ahora' }).waitFor({ timeout: 90_000 })
  await page.fill('#pregonero-report-period', '2026-10')
  await page.getByRole('button', { name: 'Generar informe' }).click()
  // The panel's own result (the refreshed list below shows the same report too).
  const link = page.locator('#pregonero-report-status').getByRole('link', { name: /Informe mensual de seguimiento y medición 2026-10 \(versión \d+\)/ })
  await link.waitFor({ timeout: 60_000 })
  await screenshot(page, 'reports-generate-es')
  await link.click()
  await page.waitForURL(/\/admin\/collections\/reports\/[^/]+$/, { timeout: 30_000 })
  await expect(page.locator('body').innerText()).resolves.toMatch(/Informe mensual de seguimiento y medición 2026-10/)
})

it('an editor validates a CSV of mentions above the list and reads each row with its line and reason', async () => {
  await page.context().clearCookies()
  await loginAs(page, app.url, 'editor@pregonero.test', DEMO_PASSWORD)
  await page.goto(`${app.url}/admin/collections/media-mentions`)
  await page.waitForLoadState('networkidle')
  await page.getByRole('button', { name: 'Importar CSV' }).click({ timeout: 90_000 })
  await page.getByRole('heading', { name: 'Importar menciones en medios desde CSV' }).waitFor({ timeout: 30_000 })
  await page.locator('#pregonero-import-mentions-mapping option[value="generic"]').waitFor({ state: 'attached' })
  await page.setInputFiles('#pregonero-import-mentions-file', path.resolve('tests/fixtures/monitoring/mentions-bad.csv'))
  await page.selectOption('#pregonero-import-mentions-mapping', 'generic')
  await page.getByRole('button', { name: 'Validar' }).click()
  await page.locator('.pregonero-import__report').waitFor({ timeout: 60_000 })
  const text = await page.locator('.pregonero-import').innerText()
  expect(text).toMatch(/Validación \(mapeo «generic»\): \d+ filas/)
  expect(text).toMatch(/Línea/)
  expect(text).toMatch(/Rechazada/)
  const rows = await page.locator('.pregonero-import__report tbody tr').allInnerTexts()
  expect(rows.length).toBeGreaterThan(5)
  for (const row of rows) expect(row).toMatch(/^\d+\s+(Rechazada|Omitida)\s/) // line number and outcome on every row
  expect(rows.some((row) => /^3\s+Rechazada\s+date\s/.test(row))).toBe(true) // 31/02/2026, an impossible date
  await screenshot(page, 'mentions-import-es')
  // a dry run wrote nothing
  const total = await page.evaluate(async () => (await (await fetch('/api/media-mentions?limit=1', { credentials: 'include' })).json()).totalDocs)
  expect(total).toBe(0)
})
