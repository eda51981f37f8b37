import type { Page } from 'playwright-core'

import { createRequire } from 'node:module'
import fs from 'node:fs/promises'

import { DEMO_PASSWORD } from '../../../dev/seed/data/users.js'
import { loginAs, screenshot } from '../../helpers/browser.js'
import { isPayloadOwn } from './axeKnown.js'

const require = createRequire(import.meta.url)
let axeSource: null | string = null

type Violation = { id: string; impact: null | string; help: string; nodes: Array<{ target: string[] }> }

/**
 * axe-core in the page, on one of our components (or the whole page: `body`); serious and critical
 * violations, as readable lines, except Payload's own known findings (./axeKnown.ts).
 */
export const axeViolations = async (page: Page, selector: string): Promise<string[]> => {
  axeSource ??= await fs.readFile(require.resolve('axe-core/axe.min.js'), 'utf8')
  await page.addScriptTag({ content: axeSource })
  const result = (await page.evaluate(
    async (include) =>
      (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<unknown> } }).axe.run({ include: [include] }, { resultTypes: ['violations'] }),
    selector,
  )) as { violations: Violation[] }
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .filter((v) => !isPayloadOwn(v.id, v.nodes.map((n) => n.target)))
    .map((v) => `${v.id}: ${v.help} ${JSON.stringify(v.nodes.map((n) => n.target))}`)
}

/** Signs out whoever is signed in (cookies of the browser profile) and signs in as a demo user. */
export const signInAs = async (page: Page, baseURL: string, email: string) => {
  await page.context().clearCookies()
  await loginAs(page, baseURL, email, DEMO_PASSWORD)
}

/** Opens an admin page and waits until the edit form (or the list) is interactive. */
export const openAdmin = async (page: Page, url: string, selector = 'form') => {
  await page.goto(url)
  await page.waitForSelector(selector, { timeout: 30_000 })
  await page.waitForLoadState('networkidle')
}

/** Chooses an option of one of Payload's select/relationship inputs (react-select) by its visible text. */
export const chooseOption = async (page: Page, fieldSelector: string, text: RegExp | string) => {
  const control = page.locator(fieldSelector).locator('.rs__control')
  await control.waitFor({ state: 'visible', timeout: 30_000 })
  const option = page.locator('.rs__option', { hasText: text }).first()
  // A click that lands before react-select has hydrated (a field just added to the form, a busy
  // machine) opens nothing: open the menu again until the option shows, for up to 4 tries.
  for (let attempt = 1; ; attempt++) {
    await control.click()
    try {
      await option.waitFor({ timeout: attempt < 4 ? 7_500 : 15_000 })
      break
    } catch (error) {
      if (attempt >= 4) throw error
      await page.keyboard.press('Escape')
    }
  }
  await option.click()
}

/** The text of the workflow panel's current state ("Estado actual: …"). */
export const currentState = async (page: Page): Promise<string> =>
  (await page.locator('.pregonero-transitions strong').first().innerText()).trim()

/** Clicks a workflow transition button ("→ Aceptada") and waits for the page to reload with the new state. */
export const transition = async (page: Page, label: RegExp, expectState: RegExp, comment?: string) => {
  await page.waitForSelector('.pregonero-transitions button')
  if (comment) await page.fill('.pregonero-transitions textarea', comment)
  await Promise.all([
    page.waitForEvent('load', { timeout: 30_000 }),
    page.locator('.pregonero-transitions button', { hasText: label }).first().click(),
  ])
  await page.waitForSelector('.pregonero-transitions strong', { timeout: 30_000 })
  await page.waitForFunction(
    (source) => new RegExp(source).test(document.querySelector('.pregonero-transitions strong')?.textContent ?? ''),
    expectState.source,
    { timeout: 30_000 },
  )
}

/** Saves the edit form with its primary button and waits for Payload's success toast. */
export const saveForm = async (page: Page, button: RegExp = /^(Guardar|Guardar borrador)$/) => {
  await page.getByRole('button', { name: button }).first().click()
  await page.waitForSelector('.toast-success, .payload-toast-item[data-type="success"], [data-sonner-toast][data-type="success"]', { timeout: 30_000 })
  await page.waitForLoadState('networkidle')
}

/**
 * Every screen a journey visits is saved (tests/artifacts) and checked with axe on the whole page
 * (issue 15: no serious or critical violation on any screen of the journeys): a violation fails the
 * journey at that screen, named with it.
 */
export const screen = async (page: Page, name: string) => {
  await screenshot(page, name)
  const violations = await axeViolations(page, 'body')
  if (violations.length) throw new Error(`axe, screen ${name}:\n${violations.join('\n')}`)
}

export { screenshot }
