/**
 * Expedientes (issue 18, item 7) on the BUILT app: the head opens "Rendición de cuentas 2026" in
 * the admin (es-CO), sees its electronic index, downloads the ZIP with the export button, and the
 * offline verifier accepts it (and refuses it once a file is altered). Over HTTP the auditor gets
 * the same package; an editor, who cannot read the restricted act, gets 403 on REST and nothing on
 * GraphQL; an anonymous caller 401. Screenshot: test-results/screenshots/expediente-head-es.png.
 */
import type { Page } from 'playwright-core'

import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { unzipSync, zipSync } from 'fflate'

import type { RunningApp } from '../helpers/appServer.js'

import { verifyPackage } from '../../src/features/compliance/expedientes/verifyPackage.js'
import { useAppInBrowser } from '../helpers/appInBrowser.js'
import { axeViolations, openAdmin, screenshot, signInAs } from './support/journey.js'

let app: RunningApp
let page: Page
let fixtures: Record<string, any>

const session = useAppInBrowser({}, { fixtures: 'tests/e2e/fixtures/expedienteFixtures.ts' })
beforeAll(() => {
  ;({ app, page } = session)
  fixtures = app.fixtures as Record<string, any>
})

it('the head opens the expediente, sees its electronic index, downloads the ZIP and the verifier accepts it; altered, it fails', async () => {
  await signInAs(page, app.url, 'jefe@pregonero.test')
  await openAdmin(page, `${app.url}/admin/collections/expedientes/${fixtures.expediente}`, '#field-title')
  expect(await page.inputValue('#field-title')).toBe('Rendición de cuentas 2026')
  const form = await page.locator('form').innerText()
  expect(form).toMatch(/Índice electrónico/)
  expect(form).toMatch(/Exportar expediente \(ZIP\)/)
  // The index as one table: the fingerprints as the system wrote them, dates day first.
  const index = page.locator('.pregonero-electronic-index')
  await index.locator('tbody tr').nth(2).waitFor()
  const rows = await index.locator('tbody tr').allInnerTexts()
  expect(rows.map((row) => row.split('\t')[0])).toEqual(['1', '2', '3'])
  expect(rows[1]).toContain(fixtures.photoSha256)
  expect(rows[2]).toContain('Acta firmada de la audiencia')
  expect(rows[2]).toMatch(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/)
  expect(await axeViolations(page, '.pregonero-export-expediente')).toEqual([])
  expect(await axeViolations(page, '.pregonero-electronic-index')).toEqual([])
  await screenshot(page, 'expediente-head-es')

  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.pregonero-export-expediente').click()])
  expect(download.suggestedFilename()).toBe(`expediente-${fixtures.expediente}.zip`)
  const saved = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'expediente-e2e-')), 'expediente.zip')
  await download.saveAs(saved)
  const zip = new Uint8Array(await fs.readFile(saved))
  const verdict = verifyPackage(zip)
  expect(verdict.valid).toBe(true)
  expect(verdict.index!.documents.map((d) => [d.order, d.title])).toEqual([
    [1, 'Informe de rendición de cuentas 2026'],
    [2, 'Audiencia pública de rendición de cuentas'],
    [3, 'Acta firmada de la audiencia'],
  ])
  expect(verdict.index!.documents[2]!.sha256).toBe(fixtures.actSha256)

  const files = unzipSync(zip)
  const photo = `documentos/002-${fixtures.photoFile}`
  files[photo] = Uint8Array.from(files[photo]!, (byte, i) => (i === 100 ? byte ^ 0x01 : byte))
  const tampered = verifyPackage(zipSync(files))
  expect(tampered.valid).toBe(false)
  expect(tampered.findings.filter((f) => !f.ok).map((f) => [f.file, f.problem])).toEqual([[photo, 'altered']])
}, 180_000)

it('over HTTP: the auditor gets the same package; an editor 403 (REST) and nothing (GraphQL); anonymous 401', async () => {
  const auditor = await app.login('auditor@pregonero.test')
  const ok = await fetch(`${app.url}/api/expedientes/${fixtures.expediente}/export`, { headers: { Authorization: `JWT ${auditor.token}` } })
  expect(ok.status).toBe(200)
  expect(ok.headers.get('content-type')).toBe('application/zip')
  expect(verifyPackage(new Uint8Array(await ok.arrayBuffer())).valid).toBe(true)

  const editor = await app.login('editor@pregonero.test')
  const refused = await fetch(`${app.url}/api/expedientes/${fixtures.expediente}/export`, { headers: { Authorization: `JWT ${editor.token}` } })
  expect(refused.status).toBe(403)
  expect((await fetch(`${app.url}/api/expedientes/${fixtures.expediente}`, { headers: { Authorization: `JWT ${editor.token}` } })).status).toBe(403)
  const gql = await fetch(`${app.url}/api/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${editor.token}` },
    body: JSON.stringify({ query: '{ Expedientes { docs { title electronicIndex { title sha256 } } } }' }),
  })
  const body = await gql.json()
  expect(body.data?.Expedientes ?? null).toBeNull()
  expect(JSON.stringify(body)).not.toMatch(/Acta firmada/)
  expect((await fetch(`${app.url}/api/expedientes/${fixtures.expediente}/export`)).status).toBe(401)
}, 120_000)
