import type { Payload } from 'payload'

import { type Booted, bootPayload } from '../../helpers/bootPayload.js'
import { restClient } from '../../helpers/rest.js'
import { makeDepartment, makeUser, TEST_PASSWORD } from '../../helpers/fixtures.js'

let app: Booted
let payload: Payload
let rest: ReturnType<typeof restClient>
const users: Record<string, Awaited<ReturnType<typeof makeUser>>> = {}
const tokens: Record<string, string> = {}

beforeAll(async () => {
  app = await bootPayload()
  payload = app.payload
  rest = restClient(payload.config)
  const department = await makeDepartment(payload, 'SSM')
  const roles = ['requester', 'auditor', 'editor', 'head'] as const
  for (const role of roles) users[role] = await makeUser(payload, [role], { email: `${role}@nav.test`, department: department.id })
  for (const role of roles) tokens[role] = await rest.login(`${role}@nav.test`, TEST_PASSWORD)
}, 60_000)
afterAll(() => app?.close())

const hiddenFor = (slug: string, role: string) => {
  const hidden = payload.collections[slug as 'users']!.config.admin.hidden
  return typeof hidden === 'function' ? hidden({ user: users[role] as never }) : Boolean(hidden)
}

/** What the admin's sidebar shows: readable (Payload's own rule) and not hidden. */
const sidebar = async (role: string) => {
  const access = await rest.get('/access', { token: tokens[role] })
  expect(access.status).toBe(200)
  // Sanitized permissions: `true` or `{ permission: true }` when granted, absent when not.
  const raw = access.json.collections as Record<string, Record<string, unknown>>
  const granted = (value: unknown) => value === true || (typeof value === 'object' && value !== null && (value as { permission?: boolean }).permission === true)
  const collections = Object.fromEntries(
    Object.entries(raw).map(([slug, perms]) => [slug, { read: granted(perms?.read), create: granted(perms?.create) }]),
  )
  return {
    collections,
    visible: Object.keys(collections).filter((slug) => collections[slug]?.read && !hiddenFor(slug, role)),
  }
}

it('a requester sees only their requests and their account in the navigation', async () => {
  const { visible } = await sidebar('requester')
  expect(visible).toContain('communication-requests')
  for (const slug of ['contents', 'workflow-events', 'follow-ups', 'alerts', 'notification-deliveries', 'users'])
    expect(visible).not.toContain(slug)
})

it('office staff still see the workflow collections; alerts and follow-ups are hidden only from requesters', async () => {
  const { visible } = await sidebar('editor')
  expect(visible).toEqual(expect.arrayContaining(['communication-requests', 'contents', 'departments', 'alerts', 'follow-ups']))
  expect(hiddenFor('alerts', 'requester')).toBe(true)
  expect(hiddenFor('alerts', 'editor')).toBe(false)
})

it('an auditor reads but may create nothing: no create buttons (Payload derives them from access)', async () => {
  const { collections, visible } = await sidebar('auditor')
  expect(visible).toEqual(expect.arrayContaining(['contents', 'communication-requests', 'alerts', 'workflow-events']))
  const creatable = Object.entries(collections)
    .filter(([slug, permissions]) => permissions?.create && !slug.startsWith('payload-')) // Payload's own, never in the nav
    .map(([slug]) => slug)
  // The auditor's only create right may come from a collection the request workflow has not locked yet.
  expect(creatable.filter((slug) => slug !== 'communication-requests')).toEqual([])
})
