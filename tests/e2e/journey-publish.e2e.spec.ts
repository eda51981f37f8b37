/**
 * Journey, part 3 (issue 8, item 6; issue 20): the head schedules the approved content in the
 * workflow panel, typing the time day first on the office's clock; the editorial calendar shows it; when its time comes the job
 * queue publishes it (the cron endpoint `/api/payload-jobs/run`, called as the server's cron
 * would, with CRON_SECRET; the in-process cron is off so the test decides when the queue runs);
 * the request is then delivered and its requester rates it, which closes it.
 * Starts from tests/e2e/fixtures/journeyFixtures.ts. Screenshots: journey-3-*.png.
 */
import type { Page } from 'playwright-core'

import type { RunningApp } from '../helpers/appServer.js'

import { zonedInstant, zonedWallClock } from '../../src/kernel/time/zonedTime.js'
import { useAppInBrowser } from '../helpers/appInBrowser.js'
import { currentState, openAdmin, saveForm, screen, signInAs } from './support/journey.js'

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

const OFFICE_ZONE = 'America/Bogota'

it('the head schedules the approved content a few minutes ahead, typing the time day first; the calendar shows it', async () => {
  await signInAs(page, app.url, 'jefe@pregonero.test')
  await openAdmin(page, `${app.url}/admin/collections/contents/${fixtures.approved}`, '.pregonero-transitions strong')
  expect(await currentState(page)).toBe('Aprobado')

  // The workflow panel's scheduler. The time is typed as an office in Pasto writes it, day first on
  // Bogotá's clock (whatever the browser's zone), two to three minutes ahead.
  const local = zonedWallClock(new Date(Date.now() + 150_000), OFFICE_ZONE) // YYYY-MM-DDTHH:mm
  scheduledFor = zonedInstant(local, OFFICE_ZONE)
  const typed = `${local.slice(8, 10)}/${local.slice(5, 7)}/${local.slice(0, 4)} ${local.slice(11, 16)}`
  const scheduler = page.locator('.pregonero-schedule__form')
  await expect(scheduler.locator('legend').innerText()).resolves.toBe('Programar publicación')
  const input = scheduler.locator('#pregonero-schedule-at input')
  await input.click()
  await input.fill(typed)
  await scheduler.locator('legend').click() // closes the picker's pop-up
  await scheduler.getByRole('button', { name: /^Programar$/ }).click()
  await page.waitForSelector(`text=Quedó programado para el ${typed}`, { timeout: 20_000 })
  // The panel lists it with the same wall clock: the typed date was read day first, to the minute.
  await expect(page.locator('.pregonero-schedule__pending').innerText()).resolves.toContain(`Publicación programada para el ${typed}`)
  await screen(page, 'journey-3-scheduled-head-es')

  // The calendar on the month of the scheduled day (a few minutes ahead may already be next month).
  await openAdmin(page, `${app.url}/admin/calendario?day=${local.slice(0, 10)}`, '.pregonero-calendar')
  const item = page.locator('.pregonero-item--scheduled', { hasText: TITLE })
  await item.waitFor({ timeout: 15_000 })
  await expect(item.innerText()).resolves.toMatch(/Publicación programada/)
  await screen(page, 'journey-3-calendar-head-es')
}, 150_000)

it('when its time comes the job queue publishes it; the request is delivered', async () => {
  const wait = scheduledFor.getTime() + 2_000 - Date.now()
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait))
  // Not before its time: the queue runs as the server's cron would.
  const run = await fetch(`${app.url}/api/payload-jobs/run?queue=pregonero`, { headers: { authorization: `Bearer ${CRON_SECRET}` } })
  expect(run.status).toBe(200)

  await openAdmin(page, `${app.url}/admin/collections/contents/${fixtures.approved}`, '.pregonero-transitions strong')
  expect(await currentState(page)).toBe('Publicado')
  await page.waitForSelector('.pregonero-timeline li')
  await expect(page.locator('.pregonero-timeline').innerText()).resolves.toMatch(/Aprobado → Publicado/)
  await screen(page, 'journey-3-published-head-es')

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
  await expect(page.locator('.pregonero-timeline').innerText()).resolves.toMatch(/Entregada → Cerrada/)
  await screen(page, 'journey-3-rated-requester-es')
}, 120_000)
