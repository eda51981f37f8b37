import type { Page } from 'playwright-core'


import { DEMO_PASSWORD } from '../../dev/seed/data/users.js'
import type { RunningApp } from '../helpers/appServer.js'

import { useAppInBrowser } from '../helpers/appInBrowser.js'
import { loginAs, screenshot } from '../helpers/browser.js'
import { axeViolations } from './support/journey.js'


let app: RunningApp
let page: Page
let fixtures: { request: number; inReview: number; approved: number; job: number }

const session = useAppInBrowser({}, { fixtures: 'tests/e2e/fixtures/calendarFixtures.ts' })
beforeAll(() => {
  ;({ app, page } = session)
  fixtures = app.fixtures as typeof fixtures
})

it('the head sees the dashboard block "Mi trabajo" and the calendar with this month\'s items; no serious axe violations in our components', async () => {
  await loginAs(page, app.url, 'jefe@pregonero.test', DEMO_PASSWORD)
  await page.goto(`${app.url}/admin`)
  await page.waitForSelector('.pregonero-dashboard')
  const dashboard = await page.locator('.pregonero-dashboard').innerText()
  expect(dashboard).toMatch(/Mi trabajo/)
  expect(dashboard).toMatch(/Solicitudes asignadas a mí/)
  expect(dashboard).toContain('Cubrimiento Feria del Libro')
  expect(dashboard).toMatch(/Por vencer/) // due in 24 h: the traffic light says so in words
  expect(dashboard).toMatch(/Próximas publicaciones programadas \(1\)/)
  expect(dashboard).toContain('Nota programada')
  // The fixture's content in review waits for the head (the seed's demo content adds another one).
  expect(dashboard).toMatch(/Revisiones que me esperan \(\d+\)\n(.*\n)*Nota en revisión · sin tomar/)
  // the sidebar link is there (the sidebar starts collapsed at this width)
  const navLink = page.locator('a.pregonero-nav-link[href$="/calendario"]')
  await expect(navLink.textContent()).resolves.toMatch(/Calendario editorial/)
  expect(await navLink.getAttribute('href')).toBe('/admin/calendario')
  await screenshot(page, 'dashboard-head-es')
  expect(await axeViolations(page, '.pregonero-dashboard')).toEqual([])

  // keyboard: the dashboard's calendar button takes focus and opens the calendar with Enter
  const open = page.locator('.pregonero-dashboard a.pregonero-button')
  await open.focus()
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Abrir el calendario editorial')
  await page.keyboard.press('Enter')
  await page.waitForURL(/\/admin\/calendario/)
  await page.waitForSelector('.pregonero-calendar')
  const calendar = await page.locator('.pregonero-calendar').innerText()
  expect(calendar).toMatch(/Calendario editorial/)
  expect(calendar).toMatch(/Sin programar/)
  expect(await page.locator('.pregonero-item--event').allInnerTexts()).toEqual(
    expect.arrayContaining([expect.stringContaining('Cubrimiento Feria del Libro')]),
  )
  expect(calendar).toContain('Solicitudes aceptadas sin contenido')
  // every filter is labelled and reachable by keyboard
  for (const id of ['cal-department', 'cal-channel', 'cal-person']) {
    const label = await page.locator(`label[for="${id}"]`).innerText()
    expect(label.trim().length).toBeGreaterThan(0)
  }
  await screenshot(page, 'calendar-month-head-es')
  expect(await axeViolations(page, '.pregonero-calendar')).toEqual([])

  // week view and a filter by channel through query parameters
  await page.goto(`${app.url}/admin/calendario?view=week&channel=tv`)
  await page.waitForSelector('.pregonero-grid-table--week')
  expect(await page.locator('.pregonero-item').count()).toBe(0) // the coverage goes out on the web, not TV
  await screenshot(page, 'calendar-week-tv-head-es')

  // clicking an item opens it
  await page.goto(`${app.url}/admin/calendario`)
  await page.locator('.pregonero-item--event a').first().click()
  await page.waitForURL(/\/admin\/collections\/communication-requests\/\d+/)
}, 180_000)

it('the head cancels a scheduled publication from the calendar', async () => {
  await page.goto(`${app.url}/admin/calendario`)
  await page.waitForSelector('.pregonero-item--scheduled')
  const item = page.locator('.pregonero-item--scheduled', { hasText: 'Nota programada' })
  await expect(item.innerText()).resolves.toMatch(/Publicación programada/)
  page.once('dialog', (dialog) => void dialog.accept())
  await item.getByRole('button', { name: /Cancelar la publicación programada de Nota programada/ }).click()
  await page.waitForLoadState('networkidle')
  await page.waitForFunction(() => !document.querySelector('.pregonero-item--scheduled'), undefined, { timeout: 15_000 })
  // it is back in the backlog: approved, not scheduled
  await expect(page.locator('.pregonero-backlog').innerText()).resolves.toContain('Nota programada')
  await screenshot(page, 'calendar-after-cancel-head-es')
}, 60_000)

it('the head claims the review of a content; the badge and the list column show it', async () => {
  await page.goto(`${app.url}/admin/collections/contents/${fixtures.inReview}`)
  await page.waitForSelector('.pregonero-claim')
  await expect(page.locator('.pregonero-claim').innerText()).resolves.toMatch(/Revisión sin tomar/)
  await page.getByRole('button', { name: 'Tomar revisión' }).click()
  await page.waitForFunction(() => /Revisión tomada por usted/.test(document.querySelector('.pregonero-claim')?.textContent ?? ''), undefined, { timeout: 20_000 })
  await screenshot(page, 'content-claimed-head-es')
  expect(await axeViolations(page, '.pregonero-claim')).toEqual([])

  await page.goto(`${app.url}/admin/collections/contents?columns=${encodeURIComponent(JSON.stringify(['title', 'stage', 'reviewClaimBadge']))}`)
  await page.waitForLoadState('networkidle')
  await expect(page.locator('body').innerText()).resolves.toMatch(/Tomada por Julián Jefe de Comunicaciones/)
  await screenshot(page, 'contents-list-claim-head-es')
}, 90_000)
