/**
 * Issue 8, items 1 and 6, in Debian Chromium against the built app:
 * - the head's dashboard shows this month's REAL indicator measurements (written by the plugin's
 *   measurement task from follow-ups, tests/e2e/fixtures/indicatorFixtures.ts) against their targets;
 * - the designer uploads a photo (a real JPEG made with sharp) to the audiovisual archive with its
 *   consent declared; the stored checksum is the file's;
 * - the auditor reads everything but every edit control is absent, and a write is refused.
 * Screenshots: test-results/screenshots/archive-*.png, auditor-*.png, indicators-*.png.
 */
import type { Page } from 'playwright-core'

import crypto from 'node:crypto'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import sharp from 'sharp'

import type { RunningApp } from '../helpers/appServer.js'

import { useAppInBrowser } from '../helpers/appInBrowser.js'
import { axeViolations, chooseOption, openAdmin, saveForm, screenshot, signInAs } from './support/journey.js'

type Measurement = { code: string; name: string; value: null | number; target: null | number; unit: string; meets: boolean | null }

let app: RunningApp
let page: Page
let fixtures: { period: string; measurements: Measurement[]; total: number }
let assetUrl = ''

const session = useAppInBrowser({}, { fixtures: 'tests/e2e/fixtures/indicatorFixtures.ts' })
beforeAll(() => {
  ;({ app, page } = session)
  fixtures = app.fixtures as typeof fixtures
})

it("the head's dashboard shows this month's measured indicators against their targets", async () => {
  expect(fixtures.measurements.map((m) => m.code).sort()).toEqual(['COM-01', 'COM-02'])
  // The measurement task really computed them from the follow-ups (3 of 4 on time; lead times 1, 2, 3, 6).
  const lead = fixtures.measurements.find((m) => m.code === 'COM-02')!
  expect(lead.value).toBe(3)
  await signInAs(page, app.url, 'jefe@pregonero.test')
  const block = page.locator('section[aria-labelledby="pregonero-indicators"]')
  await block.waitFor({ timeout: 30_000 })
  await expect(block.locator('h2').innerText()).resolves.toBe('Indicadores del mes frente a la meta')
  const rows = await block.locator('tbody tr').allInnerTexts()
  for (const m of fixtures.measurements) {
    const row = rows.find((text) => text.startsWith(`${m.code} ${m.name}`))
    expect(row).toBeDefined()
    const cells = row!.split('\t').map((cell) => cell.trim())
    expect(cells[1]).toBe(`${m.value ?? 0} ${m.unit}`)
    expect(cells[2]).toBe(String(m.target ?? '—'))
    expect(cells[3]).toBe(m.meets === true ? 'Sí' : m.meets === false ? 'No' : '—')
  }
  // One bar per measurement in the chart, and the chart is labelled.
  expect(await block.locator('svg[role="img"] rect').count()).toBe(rows.length)
  await expect(block.locator('svg title').textContent()).resolves.toMatch(/Valor medido/)
  expect(await axeViolations(page, 'section[aria-labelledby="pregonero-indicators"]')).toEqual([])
  await screenshot(page, 'indicators-dashboard-head-es')
}, 120_000)

it('the designer uploads a photo to the archive with its consent declared', async () => {
  const jpeg = await sharp({ create: { width: 1600, height: 1067, channels: 3, background: { r: 200, g: 160, b: 40 }, noise: { type: 'gaussian', mean: 128, sigma: 20 } } })
    .jpeg({ quality: 88 })
    .toBuffer()
  const file = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'pregonero-upload-')), 'carnaval-desfile.jpg')
  await fs.writeFile(file, jpeg)
  const sha256 = crypto.createHash('sha256').update(jpeg).digest('hex')

  await signInAs(page, app.url, 'disenador@pregonero.test')
  await openAdmin(page, `${app.url}/admin/collections/archive-assets/create`, '#field-title')
  await page.setInputFiles('input[type="file"]', file)
  await page.fill('#field-title', 'Desfile del Carnaval de Negros y Blancos')
  await chooseOption(page, '#field-kind', 'Fotografía')
  await page.fill('#field-alt', 'Carroza del desfile del Carnaval avanzando por la Avenida de los Estudiantes')
  await chooseOption(page, '#field-consent', 'Autorización archivada')
  await chooseOption(page, '#field-accessLevel', 'Público')
  await screenshot(page, 'archive-upload-form-designer-es')
  await saveForm(page, /^Guardar$/)
  await page.waitForURL(/\/archive-assets\/\d+$/)
  assetUrl = page.url()
  await page.waitForSelector('#field-sha256')
  expect(await page.inputValue('#field-sha256')).toBe(sha256)
  await expect(page.locator('#field-consent').innerText()).resolves.toContain('Autorización archivada')
  await screenshot(page, 'archive-uploaded-designer-es')
}, 120_000)

it('the auditor reads requests, contents and the archive, with no edit control; a write is refused', async () => {
  await signInAs(page, app.url, 'auditor@pregonero.test')
  for (const collection of ['communication-requests', 'contents', 'archive-assets']) {
    await openAdmin(page, `${app.url}/admin/collections/${collection}`, '.collection-list')
    // No "create" control in the list
    expect(await page.locator('a[href$="/create"]').count()).toBe(0)
    const rows = page.locator('.collection-list table tbody tr')
    expect(await rows.count()).toBeGreaterThan(0)
  }
  await screenshot(page, 'auditor-archive-list-es')

  // The designer's upload: readable, not editable.
  await openAdmin(page, assetUrl, '#field-title')
  expect(await page.inputValue('#field-title')).toBe('Desfile del Carnaval de Negros y Blancos')
  expect(await page.locator('#field-title').isDisabled()).toBe(true)
  expect(await page.locator('#action-save').count()).toBe(0)
  await screenshot(page, 'auditor-archive-asset-es')

  // A content: fields read-only, no save/publish, no workflow transition.
  await openAdmin(page, `${app.url}/admin/collections/contents`, '.collection-list')
  await page.locator('.collection-list table tbody tr a').first().click()
  await page.waitForSelector('#field-title')
  await page.waitForLoadState('networkidle')
  expect(await page.locator('#field-title').isDisabled()).toBe(true)
  expect(await page.locator('#action-save, #action-save-draft').count()).toBe(0)
  await page.waitForSelector('.pregonero-transitions')
  await expect(page.locator('.pregonero-transitions').innerText()).resolves.toMatch(/No tiene transiciones disponibles/)
  expect(await page.locator('.pregonero-transitions button').count()).toBe(0)
  await screenshot(page, 'auditor-content-es')

  // The create view is refused…
  await page.goto(`${app.url}/admin/collections/communication-requests/create`)
  await page.waitForLoadState('networkidle')
  expect(await page.locator('#field-title:not([disabled])').count()).toBe(0)
  await expect(page.locator('body').innerText()).resolves.toMatch(/No tienes permiso para acceder a esta página/)
  await screenshot(page, 'auditor-create-refused-es')

  // …and so is a write through the API with the auditor's own session.
  const status = await page.evaluate(async (url) => {
    const res = await fetch(url, { method: 'PATCH', credentials: 'include', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ title: 'cambiado' }) })
    return res.status
  }, `${app.url}/api${new URL(assetUrl).pathname.replace('/admin/collections', '')}`)
  expect(status).toBe(403)
}, 150_000)
