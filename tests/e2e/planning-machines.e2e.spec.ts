/**
 * Issue 14, item 3 over real HTTP against the BUILT app (`next start`, fresh database, seed): the
 * planning machines run on the state-machine engine. REST and GraphQL refuse an illegal or
 * forbidden move naming from/to and apply a legal one with exactly one trail row; in the admin
 * (Chromium, Spanish) a plan shows the engine's panel — buttons from `GET /:id/transitions` — and
 * its timeline, like requests and contents.
 */
import type { RunningApp } from '../helpers/appServer.js'

import { useAppInBrowser } from '../helpers/appInBrowser.js'
import { screenshot } from '../helpers/browser.js'
import { currentState, openAdmin, signInAs, transition } from './support/journey.js'

let app: RunningApp
const tokens: Record<string, string> = {}
const ids: Record<string, number> = {}
const session = useAppInBrowser({ PREGONERO_DISABLE_JOBS: 'true' })

beforeAll(async () => {
  app = session.app
  for (const [who, email] of Object.entries({ admin: 'admin@pregonero.test', head: 'jefe@pregonero.test', editor: 'editor@pregonero.test' })) {
    const login = await app.login(email)
    tokens[who] = login.token
    ids[who] = Number(login.id)
  }
}, 60_000)

const rest = async (who: string, method: string, path: string, body?: unknown) => {
  const res = await fetch(`${app.url}/api${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${tokens[who]}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await res.text()
  return { status: res.status, json: text ? JSON.parse(text) : null }
}
const graphql = async (who: string, query: string) => {
  const res = await fetch(`${app.url}/api/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${tokens[who]}` },
    body: JSON.stringify({ query }),
  })
  return (await res.json()) as { data?: any; errors?: Array<{ message: string }> }
}
const transitions = async (collection: string, id: number) =>
  (await rest('head', 'GET', `/workflow-events?where[collection][equals]=${collection}&where[document][equals]=${id}&where[kind][equals]=transition&sort=at&depth=0`)).json
    .docs as Array<Record<string, any>>

let planId: number

it('REST: a plan refuses an illegal and a forbidden move naming from/to; the head approves it, one trail row', async () => {
  const created = await rest('head', 'POST', '/communication-plans', { title: 'Plan de Comunicaciones 2027', year: 2027, scope: 'external', objective: 'Informar a la ciudadanía' })
  expect(created.status).toBe(201)
  planId = created.json.doc.id
  const illegal = await rest('head', 'PATCH', `/communication-plans/${planId}`, { status: 'closed' })
  expect(illegal.status).toBe(400)
  expect(illegal.json.errors[0].message).toMatch(/^No se permite pasar de «Borrador» a «Cerrado»/)
  const forbidden = await rest('admin', 'PATCH', `/communication-plans/${planId}`, { status: 'approved' })
  expect(forbidden.status).toBe(403)
  expect(forbidden.json.errors[0].message).toMatch(/«Borrador».*«Aprobado»/)
  expect((await rest('head', 'GET', `/communication-plans/${planId}/transitions`)).json).toMatchObject({ field: 'status', from: 'draft', allowed: [{ to: 'approved' }] })
  expect(await transitions('communication-plans', planId)).toEqual([])
})

it('GraphQL: a campaign refuses an illegal move naming from/to and applies a legal one with its row', async () => {
  const created = await rest('head', 'POST', '/campaigns', {
    name: 'Pasto sin pólvora',
    kind: 'awareness',
    objective: 'Prevenir quemados',
    audience: 'external',
    period: { start: '2026-12-01', end: '2027-01-10' },
  })
  expect(created.status).toBe(201)
  const id = created.json.doc.id as number
  // Payload's GraphQL update input asks for a group with required fields (the period) on every update.
  const period = 'period: { start: "2026-12-01T05:00:00.000Z", end: "2027-01-10T05:00:00.000Z" }'
  const illegal = await graphql('editor', `mutation { updateCampaign(id: ${id}, data: { status: finished, ${period} }) { id status } }`)
  expect(illegal.data?.updateCampaign ?? null).toBeNull()
  expect(illegal.errors?.[0]?.message).toMatch(/«Planeada».*«Finalizada»/)
  const applied = await graphql('editor', `mutation { updateCampaign(id: ${id}, data: { status: active, workflowComment: "Arranca la temporada", ${period} }) { id status } }`)
  expect(applied.errors).toBeUndefined()
  expect(applied.data.updateCampaign.status).toBe('active')
  expect(await transitions('campaigns', id)).toMatchObject([{ from: 'planned', to: 'active', actor: ids.editor, comment: 'Arranca la temporada' }])
})

it('admin: the plan shows the engine’s panel and timeline; the head approves it with a button', async () => {
  const page = session.page
  await signInAs(page, app.url, 'jefe@pregonero.test')
  await openAdmin(page, `${app.url}/admin/collections/communication-plans/${planId}`, '.pregonero-transitions strong')
  expect(await currentState(page)).toBe('Borrador')
  await screenshot(page, 'plan-panel-draft-head-es')
  await transition(page, /Pasar a «Aprobado»/, /^Aprobado$/, 'Aprobado en el comité de comunicaciones')
  await page.waitForSelector('.pregonero-timeline li')
  const timeline = await page.locator('.pregonero-timeline').innerText()
  expect(timeline).toMatch(/Borrador → Aprobado/) // issue 15: states by their labels
  expect(timeline).toMatch(/Aprobado en el comité de comunicaciones/)
  expect(await page.locator('.pregonero-transitions button').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringMatching(/En ejecución/)]))
  await screenshot(page, 'plan-panel-approved-head-es')
  expect(await transitions('communication-plans', planId)).toMatchObject([{ from: 'draft', to: 'approved', actor: ids.head }])

  // The administrator may run the plan but never approve one: no button for it.
  await signInAs(page, app.url, 'admin@pregonero.test')
  await openAdmin(page, `${app.url}/admin/collections/communication-plans/${planId}`, '.pregonero-transitions strong')
  const buttons = await page.locator('.pregonero-transitions button').allInnerTexts()
  expect(buttons.join(' ')).toMatch(/En ejecución/)
  expect(buttons.join(' ')).not.toMatch(/Pasar a «Aprobado»/)
})
