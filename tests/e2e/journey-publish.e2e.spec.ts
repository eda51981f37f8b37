/**
 * Journey, part 3 (issue 8, item 6): the head schedules the approved content through Payload's
 * "Programar publicación" drawer; the editorial calendar shows it; when its time comes the job
 * queue publishes it (the cron endpoint `/api/payload-jobs/run`, called as the server's cron
 * would, with CRON_SECRET; the in-process cron is off so the test decides when the queue runs);
 * the request is then delivered and its requester rates it, which closes it.
 * Starts from tests/e2e/fixtures/journeyFixtures.ts. Screenshots: journey-3-*.png.
 */
import type { Page } from 'playwright-core'

import type { RunningApp } from '../helpers/appServer.js'

import { useAppInBrowser } from '../helpers/appInBrowser.js'
import { currentState, openAdmin, saveForm, screenshot, signInAs } from './support/journey.js'

const CRON_SECRET = 'e2e-cron-secret'
const TITLE = 'La feria de la salud llega al parque Nariño'

let app: RunningApp
let page: Page
let fixtures: { approved: number | string; publishRequest: number | string }
let scheduledFor: Date

const session = useAppInBrowser({ PREGONERO_DISABLE_JOBS: 'true', CRON_SECRET }, { fixtures: 'tests/e2e/fixtures/journeyFixtures.ts' })
beforeAll(() => {
  ;({ app, page } = session)
  fixtures = app.fixtures as typeof fixtures
})

const MONTHS_ES = ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sept', 'oct', 'nov', 'dic']

it('the head schedules the approved content a minute ahead; the calendar shows it', async () => {
  await signInAs(page, app.url, 'jefe@pregonero.test')
  await openAdmin(page, `${app.url}/admin/collections/contents/${fixtures.approved}`, '.pregonero-transitions strong')
  expect(await currentState(page)).toBe('Aprobado')

  // Payload's publish button → its sub-menu → "Programar publicación".
  await page.locator('#action-save-popup .popup-button').click()
  await page.locator('#schedule-publish').click()
  const drawer = page.locator('.schedule-publish')
  await drawer.waitFor()
  // Never published yet, so Payload preselects "Despublicar": choose "Publicar".
  await drawer.locator('label', { hasText: /^Publicar$/ }).first().click()
  await expect(drawer.locator('.radio-input--is-selected').innerText()).resolves.toBe('Publicar')
  // The time is typed in the browser's own time zone, the picker's display format (MMM d, yyy h:mm a).
  const local = await page.evaluate(() => {
    const at = new Date(Date.now() + 100_000)
    at.setSeconds(0, 0)
    return { iso: at.toISOString(), month: at.getMonth(), day: at.getDate(), year: at.getFullYear(), hours: at.getHours(), minutes: at.getMinutes() }
  })
  scheduledFor = new Date(local.iso)
  const h12 = local.hours % 12 === 0 ? 12 : local.hours % 12
  const typed = `${MONTHS_ES[local.month]} ${local.day}, ${local.year} ${h12}:${String(local.minutes).padStart(2, '0')} ${local.hours < 12 ? 'AM' : 'PM'}`
  const input = drawer.locator('.date-time-picker input').first()
  await input.click()
  await input.fill(typed)
  await drawer.locator('h2').first().click()
  await drawer.getByRole('button', { name: /^Guardar$/ }).click()
  await page.waitForSelector('text=Programado con éxito.', { timeout: 20_000 })
  await screenshot(page, 'journey-3-scheduled-head-es')

  await openAdmin(page, `${app.url}/admin/calendario`, '.pregonero-calendar')
  const item = page.locator('.pregonero-item--scheduled', { hasText: TITLE })
  await item.waitFor({ timeout: 15_000 })
  await expect(item.innerText()).resolves.toMatch(/Publicación programada/)
  await screenshot(page, 'journey-3-calendar-head-es')
}, 150_000)

it('when its time comes the job queue publishes it; the request is delivered', async () => {
  const wait = scheduledFor.getTime() + 2_000 - Date.now()
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait))
  // Not before its time: the queue runs as the server's cron would.
  const run = await fetch(`${app.url}/api/payload-jobs/run?queue=default`, { headers: { authorization: `Bearer ${CRON_SECRET}` } })
  expect(run.status).toBe(200)

  await openAdmin(page, `${app.url}/admin/collections/contents/${fixtures.approved}`, '.pregonero-transitions strong')
  expect(await currentState(page)).toBe('Publicado')
  await page.waitForSelector('.pregonero-timeline li')
  await expect(page.locator('.pregonero-timeline').innerText()).resolves.toMatch(/approved → published/)
  await screenshot(page, 'journey-3-published-head-es')

  await openAdmin(page, `${app.url}/admin/calendario`, '.pregonero-calendar')
  expect(await page.locator('.pregonero-item--scheduled', { hasText: TITLE }).count()).toBe(0)

  // The anonymous public API now serves it.
  const pub = (await (await fetch(`${app.url}/api/contents?where[title][equals]=${encodeURIComponent(TITLE)}`)).json()) as { docs: unknown[] }
  expect(pub.docs).toHaveLength(1)
}, 240_000)

it('the requester sees the request delivered and rates it; rating closes it', async () => {
  await signInAs(page, app.url, 'enlace.salud@pregonero.test')
  await openAdmin(page, `${app.url}/admin/collections/communication-requests/${fixtures.publishRequest}`, '.pregonero-transitions strong')
  expect(await currentState(page)).toBe('Entregada')
  await expect(page.locator('body').innerText()).resolves.toContain(TITLE) // its deliverable
  await page.fill('#field-satisfaction__score', '5')
  await page.fill('#field-satisfaction__comment', 'Muy buena nota, salió a tiempo.')
  await saveForm(page, /^Guardar$/)
  await page.reload()
  await page.waitForSelector('.pregonero-transitions strong')
  expect(await currentState(page)).toBe('Cerrada')
  await page.waitForSelector('.pregonero-timeline li')
  await expect(page.locator('.pregonero-timeline').innerText()).resolves.toMatch(/delivered → closed/)
  await screenshot(page, 'journey-3-rated-requester-es')
}, 120_000)
