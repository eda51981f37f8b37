/**
 * Journey, part 2 (issue 8, items 3 and 6): a second editor reviews the editor's content. The
 * checks panel shows the failing accessibility check (the archive photo has no alternative text)
 * and that approval is blocked; approving is refused; the reviewer asks for changes; the editor
 * adds the alternative text and sends it back; the reviewer sees every check pass and approves.
 * Starts from tests/e2e/fixtures/journeyFixtures.ts. Screenshots: journey-2-*.png.
 */
import type { Page } from 'playwright-core'

import type { RunningApp } from '../helpers/appServer.js'

import { useAppInBrowser } from '../helpers/appInBrowser.js'
import { axeViolations, currentState, openAdmin, saveForm, screen, signInAs, transition } from './support/journey.js'

let app: RunningApp
let page: Page
let contentUrl = ''

const session = useAppInBrowser({}, { fixtures: 'tests/e2e/fixtures/journeyFixtures.ts' })
beforeAll(() => {
  ;({ app, page } = session)
  contentUrl = `${app.url}/admin/collections/contents/${(app.fixtures as { inReview: number | string }).inReview}`
})

const check = (name: string) => page.locator(`.pregonero-check[data-check="${name}"]`)

it('the reviewer sees the failing check and the blocked gate; approving is refused; she asks for changes', async () => {
  await signInAs(page, app.url, 'editor2@pregonero.test')
  await openAdmin(page, contentUrl, '.pregonero-checks')
  expect(await currentState(page)).toBe('En revisión')
  const panel = page.locator('.pregonero-checks')
  await expect(panel.locator('.pregonero-checks__gate').innerText()).resolves.toBe('La aprobación está bloqueada: falla 1 verificación.')
  await expect(check('accessibility').innerText()).resolves.toMatch(
    /Accesibilidad\s+No cumple[\s\S]*la imagen "Foto jornada de salud oral" no tiene texto alternativo ni está marcada como decorativa/,
  )
  // Spanish only: the English half of the bilingual message is not shown.
  expect(await panel.innerText()).not.toMatch(/has no alternative text/)
  await expect(check('consent').innerText()).resolves.toMatch(/Autorizaciones y licencias\s+Cumple/)
  expect(await axeViolations(page, '.pregonero-checks')).toEqual([])
  await screen(page, 'journey-2-checks-failing-reviewer-es')

  // The gate refuses the approval, names the reason, and nothing changes.
  await page.locator('.pregonero-transitions button', { hasText: /^Aprobar$/ }).first().click()
  const error = page.locator('.pregonero-transitions [role="alert"]')
  await error.waitFor({ timeout: 20_000 })
  expect(await error.innerText()).toMatch(/texto alternativo/)
  // A readable list: one item per failed check, in Spanish only, no field key or state code.
  expect(await error.locator('li').allInnerTexts()).toEqual([expect.stringMatching(/^Accesibilidad: la imagen "Foto jornada de salud oral" no tiene texto alternativo/)])
  expect(await error.innerText()).not.toMatch(/alternative text|stage:|in-review|approved/)
  // The error toast stays until dismissed (Payload's default would close it after 4 s).
  const toast = page.locator('[data-sonner-toast][data-type="error"]')
  await toast.waitFor({ timeout: 10_000 })
  await page.waitForTimeout(6_000)
  expect(await toast.isVisible()).toBe(true)
  expect(await currentState(page)).toBe('En revisión')
  await screen(page, 'journey-2-approval-refused-reviewer-es')

  await transition(page, /Pedir cambios/, /^Con cambios solicitados$/, 'Falta el texto alternativo de la foto.')
}, 150_000)

it('the editor adds the alternative text: the check passes; she sends it back to review', async () => {
  await signInAs(page, app.url, 'editor@pregonero.test')
  await openAdmin(page, contentUrl, '.pregonero-checks')
  expect(await currentState(page)).toBe('Con cambios solicitados')
  // The panel tells her what to fix (editors do not read the audit trail).
  await expect(check('accessibility').innerText()).resolves.toMatch(/no tiene texto alternativo/)
  await page.fill('#field-heroImageAlt', 'Una odontóloga enseña a un grupo de niños a cepillarse los dientes')
  await saveForm(page, /^Guardar borrador$/)
  // The panel follows the saved document (the server recomputes the checks on every save).
  await page.reload()
  await page.waitForSelector('.pregonero-checks')
  await expect(check('accessibility').innerText()).resolves.toMatch(/Accesibilidad\s+Cumple/)
  await expect(page.locator('.pregonero-checks__gate').innerText()).resolves.toBe('Las verificaciones permiten aprobar este contenido.')
  await transition(page, /Reenviar a revisión/, /^En revisión$/)
  await screen(page, 'journey-2-fixed-editor-es')
}, 120_000)

it('the reviewer sees every check pass and approves', async () => {
  await signInAs(page, app.url, 'editor2@pregonero.test')
  await openAdmin(page, contentUrl, '.pregonero-checks')
  await expect(page.locator('.pregonero-checks__gate').innerText()).resolves.toBe('Las verificaciones permiten aprobar este contenido.')
  await transition(page, /^Aprobar$/, /^Aprobado$/)
  // Approved: no review to claim any more, and no further approval offered to the reviewer.
  expect(await page.locator('.pregonero-claim').count()).toBe(0)
  expect(await page.locator('.pregonero-transitions button', { hasText: /^Aprobar$/ }).count()).toBe(0)
  await screen(page, 'journey-2-approved-reviewer-es')
}, 120_000)
