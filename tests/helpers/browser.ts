import type { BrowserContext, Page } from 'playwright-core'

import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { chromium } from 'playwright-core'

import { clockInitScript, clockOffset } from './clock.mjs'

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
export const ARTIFACTS = path.resolve('test-results', 'screenshots')

/** Debian's Chromium, headless, in a fresh profile, Spanish (Colombia) like our users. */
export const openBrowser = async (locale = 'es-CO'): Promise<{ context: BrowserContext; page: Page; close: () => Promise<void> }> => {
  const profile = await fs.mkdtemp(path.join(os.tmpdir(), 'pregonero-chromium-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    locale,
    // The fixed-clock runs may set the process's zone: the browser takes the same one.
    ...(process.env.TZ ? { timezoneId: process.env.TZ } : {}),
    viewport: { width: 1366, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--lang=${locale}`,
    ],
  })
  // The fixed-clock runs: the page reads the same shifted clock as the tests and the server.
  const offset = clockOffset()
  if (offset) await context.addInitScript({ content: clockInitScript(offset) })
  const page = context.pages()[0] ?? (await context.newPage())
  return {
    context,
    page,
    close: async () => {
      await context.close()
      await fs.rm(profile, { recursive: true, force: true })
    },
  }
}

/** Saves a screenshot as a test artefact (test-results/screenshots/<name>.png). */
export const screenshot = async (page: Page, name: string) => {
  await fs.mkdir(ARTIFACTS, { recursive: true })
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true })
}

/** Logs in through the admin's login form and waits for the dashboard. */
export const loginAs = async (page: Page, baseURL: string, email: string, password: string) => {
  await page.goto(`${baseURL}/admin/login`)
  await page.waitForSelector('input[name="email"]')
  await page.fill('input[name="email"]', email)
  await page.fill('input[name="password"]', password)
  await page.click('button[type="submit"]')
  await page.waitForURL((url) => !url.pathname.includes('/login'), { timeout: 30_000 })
  await page.waitForLoadState('networkidle')
}
