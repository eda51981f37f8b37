/**
 * Election-period mode (issue 18, item 1) on the BUILT app: during an election period, the head
 * cannot accept the coverage of a public-works inauguration with candidates present — in the admin
 * (Chromium, the workflow panel shows the legal reason and the request stays filed), over REST and
 * over GraphQL — and rejects it instead. Screenshot: test-results/screenshots/election-refusal-head-es.png.
 */
import type { Page } from 'playwright-core'

import type { RunningApp } from '../helpers/appServer.js'

import { useAppInBrowser } from '../helpers/appInBrowser.js'
import { currentState, openAdmin, screenshot, signInAs, transition } from './support/journey.js'

let app: RunningApp
let page: Page
let requestId = ''

const session = useAppInBrowser({}, { fixtures: 'tests/e2e/fixtures/electionFixtures.ts' })
beforeAll(() => {
  ;({ app, page } = session)
  requestId = String(app.fixtures.request)
})

it('the head tries to accept the coverage in the admin: refused with Ley 996/2005, the request stays filed', async () => {
  await signInAs(page, app.url, 'jefe@pregonero.test')
  const url = `${app.url}/admin/collections/communication-requests/${requestId}`
  await openAdmin(page, url, '#field-title')
  expect(await currentState(page)).toBe('Radicada')
  await page.waitForSelector('.pregonero-transitions button')
  await page.locator('.pregonero-transitions button', { hasText: /Aceptar/ }).first().click()
  const alert = page.locator('.pregonero-transitions [role="alert"]')
  await alert.waitFor({ timeout: 30_000 })
  const text = await alert.innerText()
  expect(text).toMatch(/Ley 996 de 2005/)
  expect(text).toMatch(/candidatos/)
  await screenshot(page, 'election-refusal-head-es')
  await openAdmin(page, url, '#field-title')
  expect(await currentState(page)).toBe('Radicada')
}, 120_000)

it('REST and GraphQL refuse it too (400 naming status and the law); nothing changes', async () => {
  const { token } = await app.login('jefe@pregonero.test')
  const rest = await fetch(`${app.url}/api/communication-requests/${requestId}`, {
    method: 'PATCH',
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
    body: JSON.stringify({ status: 'accepted' }),
  })
  expect(rest.status).toBe(400)
  const body = await rest.json()
  expect(JSON.stringify(body)).toMatch(/Estado: .*Ley 996 de 2005/)

  const gql = await fetch(`${app.url}/api/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
    body: JSON.stringify({ query: `mutation { updateCommunicationRequest(id: ${Number(requestId)}, data: { status: accepted }) { status } }` }),
  })
  const gqlBody = await gql.json()
  expect(gqlBody.data?.updateCommunicationRequest ?? null).toBeNull()
  expect(JSON.stringify(gqlBody.errors)).toMatch(/Ley 996 de 2005/)

  const read = await (await fetch(`${app.url}/api/communication-requests/${requestId}?depth=0`, { headers: { Authorization: `JWT ${token}` } })).json()
  expect(read.status).toBe('submitted')
})

it('the head rejects it with the legal reason', async () => {
  await openAdmin(page, `${app.url}/admin/collections/communication-requests/${requestId}`, '#field-title')
  await transition(page, /Rechazar/, /^Rechazada$/, 'Ley 996 de 2005, art. 38: evento con candidatos en periodo electoral')
  expect(await currentState(page)).toBe('Rechazada')
}, 120_000)
