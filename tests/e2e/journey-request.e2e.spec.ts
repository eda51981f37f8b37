/**
 * Journey, part 1 (issue 8, item 6), in Debian Chromium against the built app: a department's
 * liaison files a coverage request in the admin; the head assigns it to an editor and accepts it;
 * the editor starts production, writes the content answering it and sends it to review.
 * Every step asserts what the user sees. Screenshots: test-results/screenshots/journey-1-*.png.
 */
import type { Page } from 'playwright-core'

import type { RunningApp } from '../helpers/appServer.js'

import { useAppInBrowser } from '../helpers/appInBrowser.js'
import { axeViolations, chooseOption, currentState, openAdmin, saveForm, screen, signInAs, transition } from './support/journey.js'

let app: RunningApp
let page: Page
let requestUrl = ''
const TITLE = 'Cubrimiento jornada de vacunación en la Comuna 10'

const session = useAppInBrowser()
beforeAll(() => {
  ;({ app, page } = session)
})

it('the liaison of the health department files a coverage request in the admin', async () => {
  await signInAs(page, app.url, 'enlace.salud@pregonero.test')
  await openAdmin(page, `${app.url}/admin/collections/communication-requests/create`, '#field-title')
  await page.fill('#field-title', TITLE)
  // Issue 15, item 5: a liaison's department is theirs, pre-filled and read-only.
  await expect(page.locator('#field-department').innerText()).resolves.toContain('Secretaría de Salud')
  expect(await page.locator('#field-department').getAttribute('class')).toContain('relationship--read-only')
  await page.getByRole('button', { name: /Añadir Producto/ }).click()
  await chooseOption(page, '#field-products__0__type', 'Cubrimiento de evento')
  await chooseOption(page, '#field-products__0__channels', 'Sitio web')
  await page.fill('#field-description', 'Jornada de vacunación contra la influenza en el Centro de Salud de la Comuna 10, con la Secretaria de Salud.')
  await page.fill('#field-event__place', 'Centro de Salud Comuna 10')
  await saveForm(page, /^Guardar$/)
  await page.waitForURL(/\/communication-requests\/\d+$/)
  requestUrl = page.url()
  await page.waitForSelector('.pregonero-transitions strong')
  expect(await currentState(page)).toBe('Radicada')
  expect(await page.inputValue('#field-code')).toMatch(/^SOL-\d{4}-\d{4}$/)
  // A liaison triages nothing: no accept/assign buttons, only what a requester may do.
  const buttons = await page.locator('.pregonero-transitions button').allInnerTexts()
  expect(buttons.join(' ')).not.toMatch(/Aceptar y asignar/)
  await screen(page, 'journey-1-request-filed-requester-es')
}, 120_000)

it('the head assigns the request to an editor and accepts it; the due date appears', async () => {
  await signInAs(page, app.url, 'jefe@pregonero.test')
  await openAdmin(page, requestUrl, '#field-title')
  expect(await currentState(page)).toBe('Radicada')
  expect(await page.locator('#field-dueDate input').inputValue()).toBe('')
  await chooseOption(page, '#field-assignees', 'Elena Editora')
  await saveForm(page, /^Guardar$/)
  await transition(page, /Aceptar y asignar/, /^Aceptada$/)
  await expect(page.locator('#field-assignees').innerText()).resolves.toContain('Elena Editora')
  // Accepting computes the due date from the SLA (event coverage: 1 working day).
  expect(await page.locator('#field-dueDate input').inputValue()).not.toBe('')
  // The audit trail shows both steps.
  await page.waitForSelector('.pregonero-timeline li')
  const timeline = await page.locator('.pregonero-timeline').innerText()
  expect(timeline).toMatch(/Radicada → Aceptada/) // issue 15: states by their labels
  await screen(page, 'journey-1-request-accepted-head-es')
}, 120_000)

it('the editor sees it in "Mi trabajo", starts production, writes the content and sends it to review', async () => {
  await signInAs(page, app.url, 'editor@pregonero.test')
  await page.waitForSelector('.pregonero-dashboard')
  await expect(page.locator('.pregonero-dashboard').innerText()).resolves.toContain(TITLE)
  await screen(page, 'journey-1-dashboard-editor-es')

  await openAdmin(page, requestUrl, '#field-title')
  await transition(page, /Iniciar producción/, /^En producción$/)

  await openAdmin(page, `${app.url}/admin/collections/contents/create`, '#field-title')
  await page.fill('#field-title', 'Más de 500 personas se vacunaron en la Comuna 10')
  await page.fill('#field-summary', 'La Secretaría de Salud vacunó contra la influenza a más de 500 personas en una jornada.')
  const body = page.locator('[data-lexical-editor="true"]').first()
  await body.click()
  await page.keyboard.type('La jornada se hizo en el Centro de Salud de la Comuna 10. Las vacunas son gratis.')
  await chooseOption(page, '#field-channels', 'Sitio web')
  await chooseOption(page, '#field-request', TITLE)
  await saveForm(page, /^Guardar borrador$/)
  await page.waitForURL(/\/contents\/\d+$/)
  await page.waitForSelector('.pregonero-transitions strong')
  expect(await currentState(page)).toBe('Borrador')
  // The checks panel is there, in Spanish, with the readability score.
  await page.waitForSelector('.pregonero-checks')
  await expect(page.locator('.pregonero-checks').innerText()).resolves.toMatch(/Lenguaje claro/)
  expect(await axeViolations(page, '.pregonero-checks')).toEqual([])

  await transition(page, /^Enviar a revisión$/, /^En revisión$/)
  await expect(page.locator('.pregonero-claim').innerText()).resolves.toMatch(/Revisión sin tomar/)
  await screen(page, 'journey-1-content-in-review-editor-es')

  // The request lists it as its deliverable.
  await openAdmin(page, requestUrl, '#field-title')
  const deliverable = page.locator('#field-deliverables tbody tr', { hasText: 'Más de 500 personas se vacunaron en la Comuna 10' })
  await deliverable.waitFor({ timeout: 20_000 })
  await expect(deliverable.innerText()).resolves.toContain('En revisión')
  await screen(page, 'journey-1-request-deliverables-editor-es')
}, 150_000)
