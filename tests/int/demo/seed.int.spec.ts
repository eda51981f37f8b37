import { jest } from '@jest/globals'
import type { Payload } from 'payload'

import { seed } from '../../../dev/seed/index.js'
import { bootPayload, type Booted } from '../../helpers/bootPayload.js'

// Shared 2-core machine: the seed writes a few hundred documents and renders five images.
jest.setTimeout(240_000)

const REQUEST_STATUSES = ['submitted', 'needs-info', 'accepted', 'rejected', 'in-production', 'in-review', 'delivered', 'closed', 'cancelled']
const CONTENT_STAGES = ['draft', 'in-review', 'changes-requested', 'approved', 'published', 'unpublished']

describe('the living demo (issue 15 item 13): `npm run dev` seed on a fresh database', () => {
  let app: Booted
  let payload: Payload
  let first: Awaited<ReturnType<typeof seed>>

  beforeAll(async () => {
    app = await bootPayload()
    payload = app.payload
    first = await seed(payload, { demoUsers: true, demoOffice: true, log: () => undefined })
  }, 240_000)
  afterAll(() => app.close())

  it('writes the brand manual: the correct piece passes the brand check and the wrong one fails it', async () => {
    const manual = (await payload.findGlobal({ slug: 'brand-manual', depth: 0 })) as any
    expect(manual.palette.length).toBeGreaterThanOrEqual(3)
    expect(manual.typography.length).toBeGreaterThanOrEqual(1)
    expect(manual.channelPresets.length).toBeGreaterThanOrEqual(1)
    const pieces = await payload.find({ collection: 'contents', where: { kind: { equals: 'graphic-piece' } }, depth: 0, pagination: false })
    const brandOf = (title: RegExp) => {
      const doc = pieces.docs.find((d: any) => title.test(d.title)) as any
      expect(doc).toBeTruthy()
      return doc.checks.results.find((r: any) => r.check === 'brand')
    }
    expect(brandOf(/vacunación/).status).toBe('pass')
    const wrong = brandOf(/Feria artesanal/)
    expect(wrong.status).toBe('fail')
    expect(wrong.messages.join(' ')).toMatch(/fuera de la paleta/)
  })

  it('has requests in every status and contents in every stage', async () => {
    for (const status of REQUEST_STATUSES) {
      const { totalDocs } = await payload.count({ collection: 'communication-requests', where: { status: { equals: status } } })
      expect({ status, present: totalDocs > 0 }).toEqual({ status, present: true })
    }
    for (const stage of CONTENT_STAGES) {
      const { totalDocs } = await payload.count({ collection: 'contents', where: { stage: { equals: stage } } })
      expect({ stage, present: totalDocs > 0 }).toEqual({ stage, present: true })
    }
  })

  it('has twelve months of indicator measurements, media mentions and social metrics', async () => {
    const monthly = await payload.find({ collection: 'indicators', where: { frequency: { equals: 'monthly' } }, depth: 0, pagination: false })
    expect(monthly.docs.length).toBeGreaterThan(0)
    for (const indicator of monthly.docs) {
      const measured = await payload.find({ collection: 'indicator-measurements', where: { indicator: { equals: indicator.id } }, depth: 0, pagination: false })
      expect(new Set(measured.docs.map((m: any) => m.period)).size).toBe(12)
    }
    const months = (docs: any[], field: string) => new Set(docs.map((d) => String(d[field]).slice(0, 7)))
    const mentions = await payload.find({ collection: 'media-mentions', depth: 0, pagination: false })
    expect(months(mentions.docs, 'date').size).toBeGreaterThanOrEqual(12)
    const metrics = await payload.find({ collection: 'social-metrics', depth: 0, pagination: false })
    expect(months(metrics.docs, 'periodStart').size).toBeGreaterThanOrEqual(12)
    const accounts = await payload.find({ collection: 'social-accounts', depth: 0, pagination: false })
    expect(accounts.docs.length).toBeGreaterThanOrEqual(3)
    // Press releases picked up by the media (the pickup rate has data).
    const picked = await payload.count({ collection: 'media-mentions', where: { originContent: { exists: true } } })
    expect(picked.totalDocs).toBeGreaterThan(0)
  })

  it('has archive assets with their consent records', async () => {
    const assets = await payload.find({ collection: 'archive-assets', where: { tags: { equals: 'demo' } }, depth: 0, pagination: false })
    expect(assets.docs.length).toBeGreaterThanOrEqual(5)
    const withConsent = assets.docs.filter((a: any) => (a.consentRecords ?? []).length > 0)
    expect(withConsent.length).toBeGreaterThanOrEqual(2)
    expect(assets.docs.every((a: any) => a.filename && a.width > 0)).toBe(true)
  })

  it('is idempotent: a second run creates nothing', async () => {
    expect(first.demo).toBeGreaterThan(100)
    const before = await payload.count({ collection: 'contents' })
    const again = await seed(payload, { demoUsers: true, demoOffice: true, log: () => undefined })
    expect(again).toEqual({ departments: 0, users: 0, indicators: 0, demo: 0 })
    expect((await payload.count({ collection: 'contents' })).totalDocs).toBe(before.totalDocs)
  })
})
