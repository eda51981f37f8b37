import type { Page } from 'playwright-core'

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

it('the built app serves /admin with a Spanish login page on a brand-new database', async () => {
  const res = await fetch(`${app.url}/admin/login`, { headers: { 'Accept-Language': 'es-CO,es;q=0.9' } })
  expect(res.status).toBe(200)
  await page.goto(`${app.url}/admin/login`)
  await page.waitForSelector('input[name="email"]')
  await expect(page.locator('button[type="submit"]').innerText()).resolves.toMatch(/Iniciar sesión|Acceder|Entrar/i)
  await screenshot(page, 'login-es')
})

it('the REST API answers on the migrated database (no 500 for missing tables)', async () => {
  for (const path of ['/api/departments', '/api/users', '/api/contents', '/api/communication-requests', '/api/alerts']) {
    const res = await fetch(`${app.url}${path}`)
    expect([200, 401, 403]).toContain(res.status)
  }
  expect((await fetch(`${app.url}/api/users`)).status).toBe(403)
})

it('a seeded editor logs in and sees the dashboard in Spanish, grouped by PHVA area', async () => {
  await loginAs(page, app.url, 'editor@pregonero.test', DEMO_PASSWORD)
  await page.goto(`${app.url}/admin`)
  await page.waitForLoadState('networkidle')
  const text = await page.locator('body').innerText()
  expect(text).toMatch(/Hacer/)
  expect(text).toMatch(/Contenidos/)
  expect(text).toMatch(/Solicitudes de comunicación/)
  expect(text).not.toMatch(/\bCollections\b/)
  await screenshot(page, 'dashboard-editor-es')
})
