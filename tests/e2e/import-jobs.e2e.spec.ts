/**
 * Issue 16, item 4 — in the admin, a CSV above `monitoring.backgroundAboveRows` (2 000) runs as a
 * job although the editor did not ask for the background: the import panel gets the 202, follows
 * the job's progress to the end and then shows the row report. Built app (`next start`), Chromium.
 */
import type { Page } from 'playwright-core'

import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import type { RunningApp } from '../helpers/appServer.js'

import { useAppInBrowser } from '../helpers/appInBrowser.js'
import { signInAs } from './support/journey.js'

let app: RunningApp
let page: Page
const session = useAppInBrowser({ SEED_DEMO_OFFICE: 'true' })
beforeAll(() => {
  ;({ app, page } = session)
})

it('an editor imports a 3 000-row CSV without ticking the background: the panel follows the job to its row report', async () => {
  const rows = 3000
  const lines = ['Medio,Fecha,Titular,URL,Sentimiento,Tema']
  for (let i = 0; i < rows; i++) lines.push(`Diario del Sur,${String((i % 28) + 1).padStart(2, '0')}/06/2026,Umbral ${i},https://diariodelsur.com.co/umbral/${i},neutro,Umbral`)
  lines.push('Diario del Sur,32/06/2026,Fecha imposible,https://diariodelsur.com.co/umbral/x,neutro,Umbral')
  const file = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'pregonero-csv-')), 'menciones-umbral.csv')
  await fs.writeFile(file, lines.join('\n'))
  await signInAs(page, app.url, 'editor@pregonero.test')
  await page.goto(`${app.url}/admin/collections/media-mentions`)
  await page.waitForLoadState('networkidle')
  await page.getByRole('button', { name: 'Importar CSV' }).click({ timeout: 90_000 })
  await page.locator('#pregonero-import-mentions-mapping option[value="generic"]').waitFor({ state: 'attached' })
  // The panel says when a file goes to the background by itself.
  await page.getByText('Los archivos de más de 2.000 filas se procesan siempre en segundo plano').waitFor()
  await page.setInputFiles('#pregonero-import-mentions-file', file)
  await page.getByLabel('Solo validar (no guarda nada)').uncheck()
  await expect(page.getByLabel('Procesar en segundo plano (archivos grandes)').isChecked()).resolves.toBe(false)
  const answer = page.waitForResponse((res) => res.url().endsWith('/api/monitoring/import/mentions') && res.request().method() === 'POST')
  await page.getByRole('button', { name: 'Importar', exact: true }).click()
  expect((await answer).status()).toBe(202)
  const progress = page.locator('.pregonero-progress')
  await progress.waitFor({ timeout: 30_000 })
  await page.locator('.pregonero-progress[data-status="done"]').waitFor({ timeout: 120_000 })
  await expect(progress.getByRole('status').innerText()).resolves.toBe(`Terminado. ${rows + 1} filas: ${rows} creadas, 0 omitidas, 1 rechazadas.`)
  // Then the row report, as for a file imported inside the request.
  const report = page.locator('.pregonero-import__report')
  await report.waitFor({ timeout: 30_000 })
  const cells = (await report.locator('tbody tr').first().allInnerTexts())[0]!.split('\t').map((cell) => cell.trim())
  expect(cells[0]).toBe(String(rows + 2))
  expect(cells[2]).toBe('date')
  const { token } = await app.login('jefe@pregonero.test')
  const count = await fetch(`${app.url}/api/media-mentions?where[topic][equals]=Umbral&limit=1&depth=0`, { headers: { Authorization: `JWT ${token}` } })
  expect(((await count.json()) as { totalDocs: number }).totalDocs).toBe(rows)
}, 240_000)
