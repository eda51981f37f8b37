/**
 * The workflow's plugin options change the machine: approval gates, publish roles, SLA and the
 * tables themselves. Boots its own config (the reference app's plus different options).
 */
import type { Payload } from 'payload'

import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig, getPayload } from 'payload'

import { databaseAdapter } from '../../../dev/database.js'
import { pregonero } from '../../../src/index.js'
import { bogotaDate, workingDaysBetween } from '../../../src/kernel/time/workingDays.js'
import { makeFixtures, type TestUser } from './fixtures.js'

let payload: Payload
let dir: string
let f: ReturnType<typeof makeFixtures>
let head: TestUser, editor: TestUser, author: TestUser
const gateCalls: string[] = []

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'pregonero-options-'))
  const config = buildConfig({
    secret: 'test-secret',
    editor: lexicalEditor(),
    db: databaseAdapter({ kind: 'sqlite', url: `file:${path.join(dir, 'o.db')}` }),
    collections: [],
    plugins: [
      pregonero({
        workflow: {
          publishRoles: ['editor'],
          sla: { news: 7 },
          approvalGates: [
            ({ data }) => {
              gateCalls.push(String(data.title))
              return String(data.title).includes('logo viejo') ? 'brand: usa el logo anterior / uses the old logo' : null
            },
          ],
          // the office skips needs-info: the head may reject straight from submitted without a comment
          requestTransitions: (defaults) =>
            defaults.map((rule) => (rule.to === 'rejected' ? { ...rule, requiresComment: false } : rule)).filter((rule) => rule.to !== 'needs-info'),
        },
      }),
    ],
  })
  payload = await getPayload({ config })
  f = makeFixtures(payload)
  head = await f.user(['head'])
  editor = await f.user(['editor'])
  author = await f.user(['editor'])
}, 120_000)
afterAll(async () => {
  await payload.destroy()
  await fs.rm(dir, { recursive: true, force: true })
})

const as = (user: TestUser) => ({ user: user as never, overrideAccess: false as const, depth: 0 })

it('approval gates run on in-review → approved and block with their reason', async () => {
  const bad = await f.content({ stage: 'in-review', title: 'Pieza con logo viejo', createdBy: author.id })
  await expect(payload.update({ collection: 'contents', id: bad.id, data: { stage: 'approved' } as never, ...as(editor) })).rejects.toThrow(/logo/)
  const good = await f.content({ stage: 'in-review', title: 'Pieza correcta', createdBy: author.id })
  const ok = (await payload.update({ collection: 'contents', id: good.id, data: { stage: 'approved' } as never, ...as(editor) })) as any
  expect(ok.stage).toBe('approved')
  expect(gateCalls).toEqual(['Pieza con logo viejo', 'Pieza correcta'])
})

it('publishRoles decides who publishes', async () => {
  const a = await f.content({ stage: 'approved', createdBy: author.id })
  await expect(payload.update({ collection: 'contents', id: a.id, data: { _status: 'published' } as never, ...as(head) })).rejects.toMatchObject({ status: 403 })
  expect(((await payload.update({ collection: 'contents', id: a.id, data: { _status: 'published' } as never, ...as(editor) })) as any).stage).toBe('published')
})

it('the SLA and the request table come from the options', async () => {
  const dep = await f.department()
  const r = await f.request({ status: 'submitted', department: dep.id, products: [{ type: 'news' }] })
  const accepted = (await payload.update({ collection: 'communication-requests', id: r.id, data: { status: 'accepted' } as never, ...as(head) })) as any
  expect(workingDaysBetween(accepted.acceptedAt, accepted.dueDate)).toBe(7)
  expect(bogotaDate(accepted.dueDate) > bogotaDate(accepted.acceptedAt)).toBe(true)
  const r2 = await f.request({ status: 'submitted', department: dep.id })
  await expect(payload.update({ collection: 'communication-requests', id: r2.id, data: { status: 'needs-info', workflowComment: 'x' } as never, ...as(head) })).rejects.toMatchObject({ status: 400 })
  expect(((await payload.update({ collection: 'communication-requests', id: r2.id, data: { status: 'rejected' } as never, ...as(head) })) as any).status).toBe('rejected')
})
