/**
 * Issue 15, items 1–3 in Chromium on the built app (es-CO): one action per step, nothing lost; one
 * status and no Publish button for those who cannot publish; queues that keep the four-eyes promise.
 * - an editor edits a field and clicks "Enviar a revisión": the edit and the transition both
 *   persist, the browser asks nothing, and no "another user changed it" modal follows;
 * - the head picks an assignee and clicks "Aceptar y asignar": the assignee is kept;
 * - an editor sees no Publicar button (neither Payload's nor the workflow's); the header's status
 *   is the stage; the head sees "Publicar";
 * - an author opening their own review cannot claim it (no button, and the server refuses);
 * - the homes: the editor's reviews never list her own work; the head's leads with her jobs.
 * Starts from tests/e2e/fixtures/actionsFixtures.ts. Screenshots: actions-*.png.
 */
import type { Dialog, Page } from 'playwright-core'

import type { RunningApp } from '../helpers/appServer.js'

import { useAppInBrowser } from '../helpers/appInBrowser.js'
import { axeViolations, chooseOption, currentState, openAdmin, screen, signInAs } from './support/journey.js'

type Fixtures = { draft: number; approved: number; ownReview: number; othersReview: number; submitted: number }

let app: RunningApp
let page: Page
let fixtures: Fixtures
const dialogs: string[] = []

const session = useAppInBrowser({}, { fixtures: 'tests/e2e/fixtures/actionsFixtures.ts' })
beforeAll(() => {
  ;({ app, page } = session)
  fixtures = app.fixtures as Fixtures
  // Any dialog ("Leave site?" is a beforeunload dialog) is recorded, and accepted so the test goes on.
  page.on('dialog', (dialog: Dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`)
    void dialog.accept()
  })
})

const url = (collection: string, id: number | string) => `${app.url}/admin/collections/${collection}/${id}`
const STALE = /actualizado recientemente por otro usuario|modified by another user/

/** Clicks a workflow action and waits for the page to come back with the new state. */
const act = async (action: RegExp, expectState: string) => {
  await Promise.all([page.waitForEvent('load', { timeout: 30_000 }), page.locator('.pregonero-transitions button', { hasText: action }).first().click()])
  await page.waitForFunction(
    (state) => document.querySelector('.pregonero-transitions strong')?.textContent?.trim() === state,
    expectState,
    { timeout: 30_000 },
  )
  await page.waitForLoadState('networkidle')
}

it('an editor edits the summary and clicks "Enviar a revisión": both persist, no dialog, no stale-data modal', async () => {
  await signInAs(page, app.url, 'editor@pregonero.test')
  await openAdmin(page, url('contents', fixtures.draft), '.pregonero-transitions button')
  expect(await currentState(page)).toBe('Borrador')
  const buttons = await page.locator('.pregonero-transitions button').allInnerTexts()
  expect(buttons.map((text) => text.trim())).toEqual(['Enviar a revisión'])
  await page.fill('#field-summary', 'Resumen corregido justo antes de enviarlo a revisión.')
  await page.locator('.pregonero-transitions').getByText('Sus cambios sin guardar se guardan junto con la acción.').waitFor({ timeout: 10_000 })
  await screen(page, 'actions-editor-edit-before-submit-es')
  dialogs.length = 0
  await act(/^Enviar a revisión$/, 'En revisión')
  expect(dialogs).toEqual([])
  expect(await page.inputValue('#field-summary')).toBe('Resumen corregido justo antes de enviarlo a revisión.')
  // The server holds both.
  const stored = await page.evaluate(async (id) => (await fetch(`/api/contents/${id}?draft=true&depth=0`, { credentials: 'include' })).json(), fixtures.draft)
  expect(stored).toMatchObject({ stage: 'in-review', summary: 'Resumen corregido justo antes de enviarlo a revisión.' })
  // Editing again after one's own transition shows no "another user changed it" modal.
  await page.fill('#field-summary', 'Otro cambio después de enviar.')
  await page.waitForTimeout(2_500)
  expect(await page.locator('body').innerText()).not.toMatch(STALE)
  await screen(page, 'actions-editor-submitted-es')
  expect(await axeViolations(page, '.pregonero-transitions')).toEqual([])
}, 150_000)

it('the head picks an assignee and clicks "Aceptar y asignar": the assignee is kept, no dialog', async () => {
  await signInAs(page, app.url, 'jefe@pregonero.test')
  await openAdmin(page, url('communication-requests', fixtures.submitted), '.pregonero-transitions button')
  expect(await currentState(page)).toBe('Radicada')
  const buttons = (await page.locator('.pregonero-transitions button').allInnerTexts()).map((text) => text.trim())
  expect(buttons).toEqual(expect.arrayContaining(['Aceptar y asignar', 'Pedir información *', 'Rechazar *']))
  expect(buttons.join(' ')).not.toMatch(/→/)
  await chooseOption(page, '#field-assignees', 'Elena Editora')
  await screen(page, 'actions-head-assignee-picked-es')
  dialogs.length = 0
  await act(/^Aceptar y asignar$/, 'Aceptada')
  expect(dialogs).toEqual([])
  await expect(page.locator('#field-assignees').innerText()).resolves.toContain('Elena Editora')
  const stored = await page.evaluate(async (id) => (await fetch(`/api/communication-requests/${id}?depth=0`, { credentials: 'include' })).json(), fixtures.submitted)
  expect(stored.status).toBe('accepted')
  expect(stored.assignees).toHaveLength(1)
  expect(await page.locator('body').innerText()).not.toMatch(STALE)
  await screen(page, 'actions-head-accepted-es')
}, 150_000)

it('an editor sees no Publicar button and one status (the stage); the head sees Publicar', async () => {
  await signInAs(page, app.url, 'editor2@pregonero.test')
  await openAdmin(page, url('contents', fixtures.approved), '.pregonero-transitions strong')
  await page.waitForSelector('.pregonero-stage-status')
  await expect(page.locator('.doc-controls').innerText()).resolves.toMatch(/Etapa:\s*Aprobado/)
  expect(await page.locator('.doc-controls').innerText()).not.toMatch(/Estado:/)
  expect(await page.getByRole('button', { name: /Publicar/ }).count()).toBe(0)
  await expect(page.getByRole('button', { name: /^Guardar borrador$/ }).count()).resolves.toBeGreaterThan(0)
  await screen(page, 'actions-editor-approved-no-publish-es')
  expect(await axeViolations(page, '.pregonero-stage-status')).toEqual([])

  // The list's bulk Publish/Unpublish are not offered to her either.
  await openAdmin(page, `${app.url}/admin/collections/contents`, '.table')
  await page.locator('.table input[type="checkbox"]').nth(1).check()
  await page.waitForSelector('.list-selection')
  const bulk = (await page.locator('.list-selection__button:visible').allInnerTexts()).map((text) => text.trim())
  expect(bulk).not.toContain('Publicar')
  expect(bulk).not.toContain('Despublicar')
  await screen(page, 'actions-editor-list-no-bulk-publish-es')

  await signInAs(page, app.url, 'jefe@pregonero.test')
  await openAdmin(page, url('contents', fixtures.approved), '.pregonero-transitions button')
  const head = (await page.locator('.pregonero-transitions button').allInnerTexts()).map((text) => text.trim())
  expect(head).toContain('Publicar')
  await screen(page, 'actions-head-approved-publish-es')
}, 150_000)

it('an author opening her own review cannot claim it; the server refuses it too; another editor can', async () => {
  await signInAs(page, app.url, 'editor@pregonero.test')
  await openAdmin(page, url('contents', fixtures.ownReview), '.pregonero-claim')
  await expect(page.locator('.pregonero-claim').innerText()).resolves.toMatch(/Usted trabajó en esta pieza: la revisa otra persona\./)
  expect(await page.getByRole('button', { name: 'Tomar revisión' }).count()).toBe(0)
  const refused = await page.evaluate(async (id) => {
    const res = await fetch(`/api/pregonero/contents/${id}/claim`, { method: 'POST', credentials: 'include' })
    return { status: res.status, body: await res.json() }
  }, fixtures.ownReview)
  expect(refused.status).toBe(403)
  expect(refused.body.message).toMatch(/No puede tomar la revisión de una pieza que usted escribió o cambió/)
  // Neither approve nor take it: only "Pedir cambios" is left to her as a reviewer.
  const buttons = (await page.locator('.pregonero-transitions button').allInnerTexts()).map((text) => text.trim())
  expect(buttons).not.toContain('Aprobar')
  await page.locator('.pregonero-claim').scrollIntoViewIfNeeded()
  await screen(page, 'actions-author-own-review-es')
  expect(await axeViolations(page, '.pregonero-claim')).toEqual([])

  await signInAs(page, app.url, 'editor2@pregonero.test')
  await openAdmin(page, url('contents', fixtures.ownReview), '.pregonero-claim')
  await page.getByRole('button', { name: 'Tomar revisión' }).click()
  await page.waitForFunction(() => /Revisión tomada por usted/.test(document.querySelector('.pregonero-claim')?.textContent ?? ''), undefined, { timeout: 20_000 })
}, 150_000)

it("the homes: Elena's reviews never list her own work; the head's home leads with her jobs", async () => {
  await signInAs(page, app.url, 'editor@pregonero.test')
  await page.waitForSelector('.pregonero-dashboard')
  const reviews = await page.locator('[data-queue="reviews"]').innerText()
  expect(reviews).toMatch(/Revisiones que me esperan/)
  expect(reviews).toContain('Acciones: pieza de Esteban en revisión')
  expect(reviews).not.toContain('Acciones: pieza de Elena en revisión')
  await screen(page, 'actions-home-editor-es')
  expect(await axeViolations(page, '.pregonero-dashboard')).toEqual([])

  await signInAs(page, app.url, 'jefe@pregonero.test')
  await page.waitForSelector('.pregonero-grid--lead')
  const lead = page.locator('.pregonero-grid--lead')
  const titles = (await lead.locator('h2').allInnerTexts()).map((text) => text.replace(/\s*\(\d+\)$/, ''))
  expect(titles).toEqual(['Solicitudes nuevas por clasificar', 'Aprobados esperando publicación', 'Publicaciones forzadas por revisar', 'Trabajo vencido'])
  await expect(lead.locator('[data-queue="to-publish"]').innerText()).resolves.toContain('Acciones: nota aprobada')
  await screen(page, 'actions-home-head-es')
  expect(await axeViolations(page, '.pregonero-dashboard')).toEqual([])

  await signInAs(page, app.url, 'enlace.salud@pregonero.test')
  await page.waitForSelector('.pregonero-dashboard')
  await expect(page.locator('.pregonero-dashboard').innerText()).resolves.toMatch(/Esperan su respuesta/)
  expect(await page.locator('.pregonero-dashboard').innerText()).not.toMatch(/Revisiones que me esperan|Solicitudes nuevas por clasificar/)
  await screen(page, 'actions-home-requester-es')

  // Every other role's home shows its own next actions, and no one else's.
  const homes: Array<[string, string, RegExp, RegExp]> = [
    ['disenador@pregonero.test', 'designer', /Solicitudes asignadas a mí/, /Revisiones que me esperan|Solicitudes nuevas por clasificar/],
    ['productor@pregonero.test', 'producer', /Cambios pedidos en mis contenidos/, /Revisiones que me esperan|Aprobados esperando publicación/],
    ['community@pregonero.test', 'community', /Publicados esta semana para difundir/, /Revisiones que me esperan|Solicitudes nuevas por clasificar/],
    ['auditor@pregonero.test', 'auditor', /Publicaciones forzadas por revisar/, /Revisiones que me esperan|Solicitudes nuevas por clasificar|Abrir el calendario editorial/],
  ]
  for (const [email, role, shows, hides] of homes) {
    await signInAs(page, app.url, email)
    await page.waitForSelector('.pregonero-dashboard')
    const text = await page.locator('.pregonero-dashboard').innerText()
    expect(text).toMatch(shows)
    expect(text).not.toMatch(hides)
    await screen(page, `actions-home-${role}-es`)
  }
}, 240_000)
