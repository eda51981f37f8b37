/**
 * Issue 15 (items 7 and 8) in Debian Chromium (es-CO) on the BUILT app: error toasts stay until
 * the person dismisses them (Payload's own and the plugin's), success toasts still go away by
 * themselves; the time picker's caption is Spanish ("Hora", not "Time"). Screenshots:
 * test-results/screenshots/feedback-*.png.
 */
import type { Page } from 'playwright-core'

import type { RunningApp } from '../helpers/appServer.js'

import { useAppInBrowser } from '../helpers/appInBrowser.js'
import { chooseOption, openAdmin, screen, signInAs } from './support/journey.js'

let app: RunningApp
let page: Page

const session = useAppInBrowser()
beforeAll(() => {
  ;({ app, page } = session)
})

const ERROR_TOAST = '[data-sonner-toast][data-type="error"]'
const SUCCESS_TOAST = '[data-sonner-toast][data-type="success"]'
// Payload's toaster hides a toast after 4 s (`admin.toast.duration`): wait well past it.
const PAST_THE_DURATION = 9_000

it('an error toast of Payload\'s own (a form with a missing required field) stays until it is closed', async () => {
  await signInAs(page, app.url, 'enlace.salud@pregonero.test')
  await openAdmin(page, `${app.url}/admin/collections/communication-requests/create`, '#field-title')
  // Saved without a title or a description: Payload refuses with an error toast.
  await page.getByRole('button', { name: /^Guardar$/ }).first().click()
  await page.waitForSelector(ERROR_TOAST, { timeout: 30_000 })
  await page.waitForTimeout(PAST_THE_DURATION)
  expect(await page.locator(ERROR_TOAST).count()).toBe(1)
  await screen(page, 'feedback-error-toast-stays-requester-es')
  // Closed by the person: it goes.
  await page.locator(`${ERROR_TOAST} button[aria-label]`).first().click()
  await page.waitForSelector(ERROR_TOAST, { state: 'detached', timeout: 10_000 })
})

it('a success toast still goes away by itself', async () => {
  await page.fill('#field-title', 'Rueda de prensa del Plan de Desarrollo')
  await page.getByRole('button', { name: /Añadir Producto/ }).click()
  await chooseOption(page, '#field-products__0__type', 'Cubrimiento de evento')
  await chooseOption(page, '#field-products__0__channels', 'Sitio web')
  await page.fill('#field-description', 'Rueda de prensa con el alcalde para presentar el avance del Plan de Desarrollo.')
  await page.getByRole('button', { name: /^Guardar$/ }).first().click()
  await page.waitForSelector(SUCCESS_TOAST, { timeout: 30_000 })
  await page.waitForSelector(SUCCESS_TOAST, { state: 'detached', timeout: PAST_THE_DURATION + 6_000 })
})

it('the time picker\'s caption is Spanish ("Hora"), and so is its list\'s accessible name', async () => {
  await openAdmin(page, `${app.url}/admin/collections/communication-requests/create`, '#field-title')
  const input = page.locator('#field-event__date input').first()
  await input.click()
  await page.waitForSelector('.react-datepicker-time__header', { timeout: 15_000 })
  expect((await page.locator('.react-datepicker-time__header').first().innerText()).trim()).toBe('Hora')
  expect(await page.locator('.react-datepicker__time-list').first().getAttribute('aria-label')).toBe('Hora')
  expect(await page.locator('.react-datepicker').first().innerText()).not.toMatch(/\bTime\b/)
  await screen(page, 'feedback-time-picker-requester-es')
})
