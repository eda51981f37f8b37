/**
 * Issue 15, items 11–14, in Debian Chromium (es-CO) against the built app seeded with the living
 * demo (SEED_DEMO_OFFICE=true: twelve months of measurements, mentions and social metrics, contents
 * in every stage):
 * - an indicator's edit view shows its 12-month trend against the target, chart and table;
 * - the head's dashboard shows the indicators' trends;
 * - /admin/monitoreo shows the month's numbers and four charts, each with its table;
 * - the editor's live preview of a draft renders the public news page with the draft's title, and
 *   follows an unsaved edit of the title; anonymous visitors never get the draft;
 * - a large CSV import run in the background shows its progress and its result.
 * Screenshots: test-results/screenshots/demo-*.png.
 */
import type { Page } from 'playwright-core'

import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import type { RunningApp } from '../helpers/appServer.js'

import { useAppInBrowser } from '../helpers/appInBrowser.js'
import { axeViolations, openAdmin, screenshot, signInAs } from './support/journey.js'

let app: RunningApp
let page: Page
const session = useAppInBrowser({ SEED_DEMO_OFFICE: 'true' })
beforeAll(() => {
  ;({ app, page } = session)
})

const api = async <T,>(path: string, email = 'jefe@pregonero.test'): Promise<T> => {
  const { token } = await app.login(email)
  const res = await fetch(`${app.url}/api${path}`, { headers: { Authorization: `JWT ${token}` } })
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`)
  return (await res.json()) as T
}

/** Spanish short month and year, as the tables write them ('dic 2026'). */
const monthEs = (label: string) =>
  new Intl.DateTimeFormat('es-CO', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${label}-15T00:00:00Z`)).replace('.', '')

it("an indicator's edit view shows its 12-month trend against the target, as a chart and a table", async () => {
  const found = await api<{ docs: Array<{ id: number; name: string; target: number }> }>('/indicators?where[code][equals]=COM-01&depth=0')
  const indicator = found.docs[0]!
  const measurements = await api<{ docs: Array<{ period: string; value: number }> }>(`/indicator-measurements?where[indicator][equals]=${indicator.id}&sort=periodStart&limit=50&depth=0`)
  expect(measurements.docs).toHaveLength(12)
  await signInAs(page, app.url, 'jefe@pregonero.test')
  await openAdmin(page, `${app.url}/admin/collections/indicators/${indicator.id}`)
  const section = page.locator('section[aria-labelledby="pregonero-indicator-trend"]')
  await section.waitFor({ timeout: 60_000 })
  await expect(section.locator('h3').innerText()).resolves.toBe('Tendencia frente a la meta')
  // The chart (recharts draws an SVG with the value line and the target line) …
  await section.locator('svg.recharts-surface').first().waitFor({ timeout: 30_000 })
  expect(await section.locator('.recharts-line').count()).toBe(2)
  // … and its text alternative: one row per period, oldest first, with value, target and verdict.
  const rows = await section.locator('tbody tr').allInnerTexts()
  expect(rows).toHaveLength(12)
  const first = rows[0]!.split('\t').map((cell) => cell.trim())
  expect(first[0]).toBe(monthEs(measurements.docs[0]!.period))
  expect(first[1]).toBe(`${measurements.docs[0]!.value.toLocaleString('es-CO')} %`)
  expect(first[2]).toBe(String(indicator.target))
  expect(['Sí', 'No']).toContain(first[3])
  await expect(section.locator('figcaption').innerText()).resolves.toMatch(/^COM-01 .*valor medido por periodo/)
  expect(await axeViolations(page, 'section[aria-labelledby="pregonero-indicator-trend"]')).toEqual([])
  await screenshot(page, 'demo-indicator-trend-es')
}, 180_000)

it("the head's dashboard shows every measured indicator's trend, each with its table", async () => {
  await page.goto(`${app.url}/admin`)
  const block = page.locator('section[aria-labelledby="pregonero-indicator-trends"]')
  await block.waitFor({ timeout: 60_000 })
  await expect(block.locator('h2').innerText()).resolves.toBe('Indicadores: tendencia de 12 meses frente a la meta')
  const figures = block.locator('figure.pregonero-trend')
  expect(await figures.count()).toBe(10)
  await block.locator('svg.recharts-surface').first().waitFor({ timeout: 30_000 })
  await figures.first().locator('summary').click()
  expect(await figures.first().locator('tbody tr').count()).toBe(12)
  expect(await axeViolations(page, 'section[aria-labelledby="pregonero-indicator-trends"]')).toEqual([])
  await screenshot(page, 'demo-dashboard-trends-es')
}, 120_000)

it("the monitoring page shows the month's numbers and four charts with their tables", async () => {
  const bogota = new Date(Date.now() - 5 * 3_600_000)
  const month = `${bogota.getUTCFullYear()}-${String(bogota.getUTCMonth() + 1).padStart(2, '0')}`
  const from = new Date(`${month}-01T05:00:00.000Z`).toISOString()
  const mentions = await api<{ totalDocs: number }>(`/media-mentions?where[date][greater_than_equal]=${from}&limit=1&depth=0`)
  expect(mentions.totalDocs).toBeGreaterThan(0)
  await signInAs(page, app.url, 'jefe@pregonero.test')
  await page.goto(`${app.url}/admin`)
  // The sidebar links the page (the nav may be collapsed at this width: the link is there, then followed).
  const link = page.locator('a.pregonero-nav-link[href$="/admin/monitoreo"]')
  await expect(link.textContent()).resolves.toBe('Monitoreo')
  await page.goto(`${app.url}${await link.getAttribute('href')}`)
  await page.getByRole('heading', { level: 1, name: 'Monitoreo de medios y redes' }).waitFor({ timeout: 60_000 })
  await expect(page.locator('#pregonero-monitoring-month').innerText()).resolves.toBe(`Cifras del mes: ${monthEs(month)}`)
  await expect(page.locator('dd[data-figure="mentions"]').innerText()).resolves.toBe(mentions.totalDocs.toLocaleString('es-CO'))
  await expect(page.locator('dd[data-figure="pickup"]').innerText()).resolves.toMatch(/^\d+ de \d+ \(/)
  await expect(page.locator('dd[data-figure="reach"]').innerText()).resolves.toMatch(/^[\d.]+$/)
  for (const id of ['sentiment', 'share', 'pickup', 'accounts']) {
    const figure = page.locator(`#pregonero-monitoring-${id}`)
    await figure.locator('.recharts-wrapper > svg.recharts-surface').waitFor({ timeout: 30_000 })
    expect(await figure.locator('tbody tr').count()).toBeGreaterThan(0)
  }
  // Twelve months of sentiment, this month last with its mentions.
  const sentiment = await page.locator('#pregonero-monitoring-sentiment tbody tr').allInnerTexts()
  expect(sentiment).toHaveLength(12)
  const cells = sentiment[11]!.split('\t').map((c) => Number(c.trim()))
  expect(cells[1]! + cells[2]! + cells[3]!).toBe(mentions.totalDocs)
  // Three institutional accounts with their reach.
  expect(await page.locator('#pregonero-monitoring-accounts tbody tr').count()).toBe(3)
  expect(await axeViolations(page, '.pregonero-monitoring')).toEqual([])
  await screenshot(page, 'demo-monitoring-es')
}, 120_000)

it("the editor's live preview shows the draft on the public news page and follows unsaved edits", async () => {
  const slug = 'balance-plan-de-desarrollo-rendicion-de-cuentas'
  // Citizens never get the draft.
  expect((await fetch(`${app.url}/noticias/${slug}`)).status).toBe(404)
  const found = await api<{ docs: Array<{ id: number; title: string; stage: string }> }>(`/contents?where[slug][equals]=${slug}&draft=true&depth=0`, 'editor@pregonero.test')
  const draft = found.docs[0]!
  expect(draft.stage).toBe('draft')
  await signInAs(page, app.url, 'editor@pregonero.test')
  await openAdmin(page, `${app.url}/admin/collections/contents/${draft.id}`)
  await page.locator('#live-preview-toggler').click()
  const frame = page.frameLocator('iframe')
  await expect(frame.locator('h1.news__title').innerText({ timeout: 60_000 })).resolves.toBe(draft.title)
  await expect(frame.locator('.news__draft').innerText()).resolves.toMatch(/Vista previa del borrador/)
  // An unsaved edit reaches the preview (postMessage from the form, merged by the API).
  const edited = `${draft.title} (versión corregida)`
  await page.locator('#field-title').fill(edited)
  await frame.locator('h1.news__title', { hasText: 'versión corregida' }).waitFor({ timeout: 30_000 })
  await screenshot(page, 'demo-live-preview-es')
  // A published story is public on the same page, for anyone.
  const published = await fetch(`${app.url}/noticias/inscripciones-escuela-de-musica`)
  expect(published.status).toBe(200)
  const html = await published.text()
  expect(html).toContain('Abiertas las inscripciones a la Escuela de Música')
  expect(html).toContain('La Secretaría de Cultura abrió las inscripciones gratuitas')
}, 180_000)

it('an editor imports a large CSV in the background and follows its progress to the result, listed with their work', async () => {
  const rows = 5000
  const lines = ['Medio,Fecha,Titular,URL,Sentimiento,Tema']
  for (let i = 0; i < rows; i++) lines.push(`Diario del Sur,${String((i % 28) + 1).padStart(2, '0')}/07/2026,Nota masiva ${i},https://diariodelsur.com.co/e2e/${i},neutro,Carga masiva`)
  const file = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'pregonero-csv-')), 'menciones-grandes.csv')
  await fs.writeFile(file, lines.join('\n'))
  await signInAs(page, app.url, 'editor@pregonero.test')
  await page.goto(`${app.url}/admin/collections/media-mentions`)
  await page.waitForLoadState('networkidle')
  await page.getByRole('button', { name: 'Importar CSV' }).click({ timeout: 90_000 })
  await page.locator('#pregonero-import-mentions-mapping option[value="generic"]').waitFor({ state: 'attached' })
  await page.setInputFiles('#pregonero-import-mentions-file', file)
  await page.getByLabel('Solo validar (no guarda nada)').uncheck()
  await page.getByLabel('Procesar en segundo plano (archivos grandes)').check()
  await page.getByRole('button', { name: 'Importar', exact: true }).click()
  const progress = page.locator('.pregonero-progress')
  await progress.waitFor({ timeout: 30_000 })
  await page.locator('.pregonero-progress[data-status="done"]').waitFor({ timeout: 120_000 })
  await expect(progress.getByRole('status').innerText()).resolves.toBe(`Terminado. ${rows} filas: ${rows} creadas, 0 omitidas, 0 rechazadas.`)
  await screenshot(page, 'demo-import-background-es')
  // The result is listed with the person's background work.
  await progress.getByRole('link', { name: 'Trabajos en segundo plano' }).click()
  await page.waitForURL(/\/admin\/collections\/background-work/)
  await expect(page.locator('.table tbody tr').first().innerText({ timeout: 30_000 })).resolves.toMatch(new RegExp(`Importación de menciones en medios.*Terminado.*${rows}`, 's'))
  await screenshot(page, 'demo-background-work-list-es')
}, 240_000)
