import type { Page } from 'playwright-core'

import { type RunningApp, startApp } from './appServer.js'
import { openBrowser } from './browser.js'

export type AppInBrowser = { app: RunningApp; page: Page }

/**
 * The frame of a browser spec: for the whole file, the built app (`startApp`, with its fixtures)
 * and a Spanish (es-CO) Chromium page; both closed after the last test. Read `app` and `page`
 * from the returned object inside tests (they exist once beforeAll has run).
 */
export const useAppInBrowser = (env: Record<string, string> = {}, options: Parameters<typeof startApp>[1] = {}): AppInBrowser => {
  const session = {} as AppInBrowser
  let browser: Awaited<ReturnType<typeof openBrowser>> | undefined
  beforeAll(async () => {
    session.app = await startApp(env, options)
    browser = await openBrowser('es-CO')
    session.page = browser.page
  }, 180_000)
  afterAll(async () => {
    await browser?.close()
    await session.app?.stop()
  })
  return session
}
