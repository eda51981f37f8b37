/**
 * Issue 15, item 7 — the outside expert's fact-check pages, in Chromium on the BUILT app, in the
 * language the office chose for the expert (not the browser's, es-CO here): the preview with its
 * form, an incomplete answer, the thanks page and the used link; `<html lang>`, no sentence of the
 * other language, no serious axe violation. Screenshots in the e2e artifacts.
 */
import type { Page } from 'playwright-core'

import { englishMessages, spanishMessages } from '../../src/kernel/i18n/index.js'
import { useAppInBrowser } from '../helpers/appInBrowser.js'
import { screenshot } from '../helpers/browser.js'
import { axeViolations } from './support/journey.js'

const session = useAppInBrowser({}, { fixtures: 'tests/e2e/fixtures/factCheckPageFixtures.ts' })
// The pages forbid every script (their CSP, checked in api-edges "10."): axe runs in a context that
// bypasses it, with the browser's language Spanish (es-CO) as the session's page.
let page: Page
beforeAll(async () => {
  const context = await session.page.context().browser()!.newContext({ bypassCSP: true, locale: 'es-CO' })
  page = await context.newPage()
})
afterAll(async () => {
  await page?.context().close()
})

/** The pages' own sentences (their fixed part) in one language. */
const pageTexts = (messages: Record<string, string>) =>
  Object.entries(messages)
    .filter(([key]) => key.startsWith('factPage') || key.startsWith('factLink'))
    .map(([, text]) => text.split('{{')[0].trim())
    .filter((text) => text.length > 3)

describe('the expert\'s fact-check pages in the office\'s chosen language', () => {
  it.each([
    ['en', 'Content fact check', 'I have comments', 'Write your comments', 'Thank you', 'This link was already used'],
    ['es', 'Verificación de contenido', 'Tengo observaciones', 'Escriba sus observaciones', 'Gracias', 'Este enlace ya fue usado'],
  ] as const)('%s: preview, incomplete answer, thanks, used link', async (lang, title, comments, noComment, thanks, used) => {
    const { app } = session
    const token = (app.fixtures as Record<'en' | 'es', string>)[lang]
    const other = pageTexts(lang === 'en' ? spanishMessages : englishMessages)
    const check = async (shot: string, expected: string) => {
      expect(await page.getAttribute('html', 'lang')).toBe(lang)
      const text = await page.locator('body').innerText()
      expect(text).toContain(expected)
      for (const sentence of other) expect(text).not.toContain(sentence)
      expect(await axeViolations(page, 'body')).toEqual([])
      await screenshot(page, `fact-check-${lang}-${shot}`)
    }

    await page.goto(`${app.url}/api/pregonero/fact-check/${token}`)
    await check('preview', title)
    expect(await page.locator('body').innerText()).toMatch(lang === 'en' ? /expires on \d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2}/ : /vence el \d{1,2} [a-z]{3,4} \d{4}, \d{2}:\d{2}/)

    // "I have comments" without a text: the server's page says what to do, in the same language.
    await page.getByLabel(comments).check()
    await Promise.all([page.waitForURL(`**/fact-check/${token}`), page.click('button[type="submit"]')])
    await check('incomplete', noComment)

    await page.goBack()
    await page.fill('#comment', lang === 'en' ? 'The figure is 95.1 %.' : 'La cifra es 95,1 %.')
    await page.getByLabel(comments).check()
    await Promise.all([page.waitForLoadState('load'), page.click('button[type="submit"]')])
    await check('thanks', thanks)

    await page.goto(`${app.url}/api/pregonero/fact-check/${token}`)
    await check('used', used)
  })
})
