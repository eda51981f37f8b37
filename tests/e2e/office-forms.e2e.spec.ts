/**
 * Issue 15 (items 4, 5, 6, 8, 9, 10) in Debian Chromium (es-CO) on the BUILT app: the Alcaldía's
 * identity on the login page and in the navigation; the requester's form; slugs; day-first dates
 * and one traffic light; the auditor's trail (labels, links, "Exportar CSV" with the filters) and
 * a report read as tables with its downloads (no Monaco from a CDN). Every screen is checked for
 * English taken from the plugin's own `en` labels. Screenshots: test-results/screenshots/office-*.png.
 */
import type { Page } from 'playwright-core'

import type { RunningApp } from '../helpers/appServer.js'

import { useAppInBrowser } from '../helpers/appInBrowser.js'
import { englishLabels, untranslated } from './support/englishLabels.js'
import { openAdmin, saveForm, screenshot, signInAs } from './support/journey.js'

// Like the office's computers: the browser (and the app's server) in Bogotá. Date fields and list
// cells are drawn in the browser's zone; exports and reports use the plugin's `timeZone` whatever it is.
process.env.TZ = 'America/Bogota'

let app: RunningApp
let page: Page
let english: string[] = []
const cdnRequests: string[] = []
const TITLE = 'Feria de empleo juvenil en la Plaza de Nariño'
let requestId: number | string = ''

const session = useAppInBrowser()
beforeAll(() => {
  ;({ app, page } = session)
  english = englishLabels()
  page.on('request', (request) => {
    if (/jsdelivr|unpkg|cdnjs|monaco/i.test(request.url())) cdnRequests.push(request.url())
  })
})

/** The screen shows no English label of the plugin's config; then its screenshot. */
const spanishOnly = async (name: string) => {
  await page.waitForLoadState('networkidle')
  const text = await page.locator('body').innerText()
  expect(untranslated(text, english)).toEqual([])
  await screenshot(page, name)
}

/** A download as the browser makes it when the link is clicked (same origin, the session cookie). */
const download = (href: string) =>
  page.evaluate(async (url) => {
    const res = await fetch(url, { credentials: 'same-origin' })
    const bytes = new Uint8Array(await res.arrayBuffer())
    return { status: res.status, type: res.headers.get('content-type') ?? '', head: String.fromCharCode(...bytes.slice(0, 5)), text: new TextDecoder().decode(bytes) }
  }, href)

const api = async (method: string, path: string, token: string, body?: unknown) => {
  const res = await fetch(`${app.url}/api${path}`, {
    method,
    headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json', 'Accept-Language': 'es' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await res.text()
  if (res.status >= 400) throw new Error(`${method} ${path}: ${res.status} ${text.slice(0, 400)}`)
  return text ? JSON.parse(text) : null
}

it('the login page and the navigation carry the Alcaldía’s logo and icon; the title names the office', async () => {
  await page.context().clearCookies()
  await page.goto(`${app.url}/admin/login`)
  await page.waitForSelector('input[name="email"]')
  const logo = page.locator('img[src*="alcaldia-de-pasto-logo.svg"]').first()
  try {
    await logo.waitFor({ state: 'visible', timeout: 15_000 })
  } catch (error) {
    await screenshot(page, 'office-login-es-failed')
    throw new Error(`no logo: ${(await page.content()).match(/<(?:img|svg)[^>]*>/g)?.slice(0, 5).join(' ')}`)
  }
  expect(await page.title()).toContain('Oficina de Comunicación Social — Alcaldía de Pasto')
  await spanishOnly('office-login-es')
}, 120_000)

it('a requester’s form: the department is theirs and fixed; the office’s fields are not shown', async () => {
  await signInAs(page, app.url, 'enlace.salud@pregonero.test')
  expect(await page.locator('img[src="/branding/alcaldia-de-pasto-icon.svg"]').count()).toBeGreaterThan(0)
  await openAdmin(page, `${app.url}/admin/collections/communication-requests/create`, '#field-title')
  await expect(page.locator('#field-department').innerText()).resolves.toContain('Secretaría de Salud')
  expect(await page.locator('#field-department').getAttribute('class')).toContain('relationship--read-only')
  for (const internal of ['#field-requestedBy', '#field-assignees', '#field-dueDate', '#field-trafficLight', '#field-planAction', '#field-campaign', '#field-satisfaction__score']) {
    expect(await page.locator(internal).count()).toBe(0)
  }
  await page.fill('#field-title', TITLE)
  await page.getByRole('button', { name: /Añadir Producto/ }).click()
  await page.locator('#field-products__0__type .rs__control').click()
  await page.locator('.rs__option', { hasText: 'Noticia' }).first().click()
  await page.fill('#field-description', 'Feria con 40 empresas y 600 vacantes para jóvenes de 18 a 28 años.')
  await spanishOnly('office-request-form-requester-es')
  await saveForm(page, /^Guardar$/)
  await page.waitForURL(/\/communication-requests\/\d+$/)
  requestId = page.url().split('/').pop()!
  await page.waitForLoadState('networkidle')
  // Still nothing of the office's on the saved request, and people by name in its trail.
  expect(await page.locator('#field-dueDate').count()).toBe(0)
  await expect(page.locator('.pregonero-timeline').innerText()).resolves.toContain('Sara Enlace de Salud')
  await spanishOnly('office-request-saved-requester-es')
}, 180_000)

it('the head sees day-first dates in the office zone and one traffic light in the list and the form', async () => {
  const head = await app.login('jefe@pregonero.test')
  const editor = await app.login('editor@pregonero.test')
  await api('PATCH', `/communication-requests/${requestId}`, head.token, { status: 'accepted', assignees: [editor.id] })
  const doc = await api('GET', `/communication-requests/${requestId}?depth=0`, head.token)
  expect(doc.dueDate).toBeTruthy()
  // The liaison reads the same request without the office's fields, over REST and GraphQL.
  const liaison = await app.login('enlace.salud@pregonero.test')
  const byRest = await api('GET', `/communication-requests/${requestId}?depth=1`, liaison.token)
  expect(byRest.title).toBe(TITLE)
  for (const name of ['assignees', 'dueDate', 'trafficLight', 'planAction', 'campaign']) expect(byRest).not.toHaveProperty(name)
  const gql = await api('POST', '/graphql', liaison.token, { query: `{ CommunicationRequest(id: ${JSON.stringify(Number(requestId))}) { title dueDate trafficLight assignees { name } } }` })
  expect(gql.data.CommunicationRequest).toMatchObject({ title: TITLE, dueDate: null, trafficLight: null })
  expect(gql.data.CommunicationRequest.assignees ?? []).toEqual([])
  await signInAs(page, app.url, 'jefe@pregonero.test')
  await openAdmin(page, `${app.url}/admin/collections/communication-requests/${requestId}`, '#field-title')
  const due = await page.locator('#field-dueDate input').inputValue()
  expect(due).toMatch(/^\d{2}\/\d{2}\/\d{4}$/)
  const bogota = new Intl.DateTimeFormat('en-GB', { timeZone: 'America/Bogota', day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date(doc.dueDate))
  expect(due).toBe(bogota)
  await spanishOnly('office-request-head-es')
  await openAdmin(page, `${app.url}/admin/collections/communication-requests?where[id][equals]=${requestId}`, 'table')
  const row = await page.locator('table tbody tr').first().innerText()
  expect(row).toContain(bogota)
  expect(row).toMatch(/A tiempo|Por vencer|Vencida/)
  expect(row).toContain({ 'on-time': 'A tiempo', 'due-soon': 'Por vencer', overdue: 'Vencida' }[doc.trafficLight as string])
  await spanishOnly('office-requests-list-head-es')
}, 180_000)

it('a content gets its slug from the title; the form speaks Spanish (array rows included)', async () => {
  await signInAs(page, app.url, 'editor@pregonero.test')
  await openAdmin(page, `${app.url}/admin/collections/contents/create`, '#field-title')
  await page.fill('#field-title', 'Jornada de Vacunación en Nariño')
  await saveForm(page, /^(Guardar borrador|Guardar)$/)
  await page.waitForURL(/\/contents\/\d+/)
  await page.waitForLoadState('networkidle')
  await expect(page.locator('#field-slug').inputValue()).resolves.toBe('jornada-de-vacunacion-en-narino')
  await spanishOnly('office-content-slug-editor-es')
  await signInAs(page, app.url, 'jefe@pregonero.test')
  await openAdmin(page, `${app.url}/admin/globals/brand-manual`, 'form')
  await spanishOnly('office-brand-manual-head-es')
}, 180_000)

it('the auditor reads the trail by labels and titles and exports it with the list’s filters', async () => {
  await signInAs(page, app.url, 'auditor@pregonero.test')
  await openAdmin(page, `${app.url}/admin/collections/workflow-events?where[document][equals]=${requestId}&where[collection][equals]=communication-requests`, 'table')
  const table = await page.locator('table').innerText()
  expect(table).toContain('Radicada')
  expect(table).toContain('Aceptada')
  expect(table).toContain('Solicitud de comunicación')
  expect(table).toContain('Julián Jefe de Comunicaciones')
  expect(table).not.toMatch(/\bsubmitted\b|\baccepted\b|communication-requests/)
  await expect(page.locator('table a', { hasText: TITLE }).first().getAttribute('href')).resolves.toBe(`/admin/collections/communication-requests/${requestId}`)
  const exportLink = page.getByRole('link', { name: 'Exportar CSV' })
  const href = (await exportLink.getAttribute('href'))!
  expect(href).toContain('collection=workflow-events')
  expect(decodeURIComponent(href)).toContain(`[document][equals]=${requestId}`)
  const csv = await download(href)
  expect(csv.status).toBe(200)
  expect(csv.type).toBe('text/csv; charset=utf-8')
  const text = csv.text
  const lines = text.trim().split(/\r?\n/)
  expect(lines.length).toBe(1 + 3) // created, transition, assignment of this request only
  expect(text).toContain('Aceptada')
  expect(text).toMatch(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/)
  await spanishOnly('office-trail-auditor-es')
}, 180_000)

it('a report reads as tables with its CSV and PDF downloads; nothing loads from a CDN', async () => {
  const head = await app.login('jefe@pregonero.test')
  const period = new Date().toISOString().slice(0, 7)
  const report = await api('POST', '/pregonero/reports/generate', head.token, { period })
  await signInAs(page, app.url, 'auditor@pregonero.test')
  await openAdmin(page, `${app.url}/admin/collections/reports/${report.id}`, '.pregonero-report-data')
  await expect(page.locator('.pregonero-report-data caption').first().innerText()).resolves.toBe('Indicadores')
  await expect(page.locator('.pregonero-report-data').innerText()).resolves.toContain('Radicada')
  const pdfHref = (await page.getByRole('link', { name: 'Descargar PDF' }).getAttribute('href'))!
  const csvHref = (await page.getByRole('link', { name: 'Descargar CSV' }).getAttribute('href'))!
  const pdf = await download(pdfHref)
  expect(pdf.status).toBe(200)
  expect(pdf.head).toBe('%PDF-')
  const csv = (await download(csvHref)).text
  expect(csv).toContain('Radicada')
  expect(csv).not.toMatch(/,submitted,|,in-production,/)
  expect(cdnRequests).toEqual([])
  await spanishOnly('office-report-auditor-es')
}, 180_000)
