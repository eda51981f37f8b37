import { jest } from '@jest/globals'
import type { Payload } from 'payload'

import sharp from 'sharp'

import { type Booted, bootPayload } from '../../helpers/bootPayload.js'
import { makeUser } from '../../helpers/fixtures.js'
import { fileOf, makeJpeg } from '../archive/fixtures.js'
import { COLLECTIONS, EVERYONE, GLOBALS, PAYLOAD_INTERNAL, PERSONAL_FIELDS, type Scope, scopeOf, type Who } from './accessMatrix.js'
import { seedContents } from './fixtures.js'

/**
 * The GENERATED access matrix (issue 7): one `it` per role (and anonymous) × collection/global ×
 * operation, from the table in accessMatrix.ts, through the Local API with `overrideAccess: false`.
 * Every kind of item is seeded in every state that matters to access (tags say who must see it);
 * reads compare the exact id sets, writes assert success or Payload's own refusal, and nothing
 * else changes. Then: anonymous callers see exactly the public set across the whole API, and
 * personal data never reaches them, by field, by query or through `depth`.
 */
jest.setTimeout(120_000)

type Id = number | string
type User = { id: Id; email: string; collection: 'users' } & Record<string, unknown>
type Seeded = { id: Id; tags: string[] }

let app: Booted
let payload: Payload
const users = {} as Record<Exclude<Who, 'anonymous'>, User>
const seeded: Record<string, Seeded[]> = {}
const system = { overrideAccess: true, context: { skipWorkflow: true }, depth: 0 } as const
let fixtures: Awaited<ReturnType<typeof seedContents>>
let personal: { id: Id }
let counter = 0
const day = (n: number) => new Date(Date.UTC(2026, 9, n, 12)).toISOString()

const add = (slug: string, id: Id, tags: string[] = []) => (seeded[slug] ??= []).push({ id, tags })

/** Creates one document as system code (what a seed or a job does) and records its tags. */
const seed = async (slug: string, data: Record<string, unknown>, tags: string[] = [], extra: Record<string, unknown> = {}) => {
  const doc = (await payload.create({ collection: slug as never, data: data as never, ...system, ...extra })) as { id: Id }
  add(slug, doc.id, tags)
  return doc
}

const png = (r: number) => sharp({ create: { width: 64, height: 64, channels: 3, background: { r, g: 40, b: 90 } } }).png().toBuffer()

/** A valid new document of each collection (system code); used for seeding and for the allowed deletes. */
const factories: Record<string, (tags?: string[]) => Promise<{ id: Id }>> = {
  'plan-actions': (tags) =>
    seed('plan-actions', { plan: seeded['communication-plans']![0]!.id, title: `Acción ${++counter}`, responsible: users.editor.id, start: day(1), end: day(28) }, tags),
  campaigns: (tags) =>
    seed('campaigns', { name: `Campaña ${++counter}`, kind: 'awareness', objective: 'Objetivo', audience: 'external', period: { start: day(1), end: day(30) }, status: 'planned' }, tags),
  'legal-references': (tags) => seed('legal-references', { title: `Ley ${++counter}`, kind: 'law', issuer: 'Congreso de la República' }, tags),
  'communication-requests': (tags) =>
    seed('communication-requests', { title: `Solicitud ${++counter}`, department: fixtures.health.id, products: [{ type: 'news' }], description: 'Detalle', status: 'submitted', audience: 'external' }, tags),
  contents: (tags) => seed('contents', { title: `Borrador ${++counter}`, kind: 'news', audience: 'external', stage: 'draft', _status: 'draft' }, tags, { draft: true }),
  'brand-assets': async (tags) => seed('brand-assets', { title: `Plantilla ${++counter}`, kind: 'template' }, tags, { file: fileOf(await png(counter), `plantilla-${counter}.png`, 'image/png') }),
  'media-outlets': (tags) => seed('media-outlets', { name: `Medio ${++counter}`, type: 'radio', scope: 'local' }, tags),
  'media-mentions': (tags) =>
    seed('media-mentions', { outlet: seeded['media-outlets']![0]!.id, date: day(2), headline: `Titular ${++counter}`, sentiment: 'neutral', url: `https://medio.test/nota-${counter}` }, tags),
  'social-accounts': (tags) => seed('social-accounts', { network: 'instagram', handle: `alcaldia_${++counter}` }, tags),
  'social-metrics': (tags) => seed('social-metrics', { account: seeded['social-accounts']![0]!.id, periodStart: day(++counter % 28 + 1), followers: 10 }, tags),
  users: (tags) => seed('users', { name: `Usuaria ${++counter}`, email: `temp-${counter}@test.local`, password: 'Test-password-123', roles: ['editor'] }, tags),
  departments: (tags) => seed('departments', { name: `Dependencia ${++counter}`, code: `TMP${counter}` }, tags),
  'election-periods': (tags) => seed('election-periods', { name: `Elección ${++counter}`, electionDay: day(400 + counter) }, tags),
  'transparency-items': (tags) => seed('transparency-items', { number: String(90 + ++counter), title: `Ítem ${counter}` }, tags),
  petitions: (tags) => seed('petitions', { petitioner: { name: `Peticionaria ${++counter}`, type: 'citizen' }, kind: 'general', subject: 'Asunto', description: 'Petición' }, tags),
  expedientes: (tags) => seed('expedientes', { title: `Expediente ${++counter}`, members: [{ item: { relationTo: 'contents', value: fixtures.ids.pubExtNews } }] }, tags),
}

beforeAll(async () => {
  app = await bootPayload({ RATE_LIMIT_ENABLED: 'false' })
  payload = app.payload
  // Contents in every stage and audience, a request of the requester's department (fixtures.ts)
  fixtures = await seedContents(payload)
  const { culture, health } = fixtures
  Object.assign(users, {
    admin: await makeUser(payload, ['admin']),
    head: await makeUser(payload, ['head']),
    editor: fixtures.editor,
    designer: await makeUser(payload, ['designer']),
    producer: await makeUser(payload, ['producer']),
    community: await makeUser(payload, ['community']),
    requester: fixtures.requester,
    auditor: fixtures.auditor,
  })
  for (const [who, user] of Object.entries(users)) add('users', user.id, [`self:${who}`])
  add('departments', culture.id)
  add('departments', health.id)
  const publicIds = new Set(fixtures.publicIds.map(String))
  const publishedIds = new Set(fixtures.publishedIds.map(String))
  for (const id of fixtures.allIds) add('contents', id, [...(publicIds.has(String(id)) ? ['public'] : []), ...(publishedIds.has(String(id)) ? ['published'] : [])])
  add('communication-requests', fixtures.request.id, ['own-department'])
  await factories['communication-requests']!()

  // Planear: plans and campaigns in every state; only approved/closed external plans and active external campaigns are public
  const plan = (status: string, scope: string, tags: string[] = []) =>
    seed('communication-plans', { title: `Plan ${status} ${scope}`, year: 2026, scope, objective: 'Informar a la ciudadanía', status, budgetTotals: { planned: 1000 } }, tags)
  await plan('approved', 'external', ['public'])
  await plan('closed', 'external', ['public'])
  await plan('draft', 'external')
  await plan('in-execution', 'internal')
  await plan('approved', 'internal')
  await factories['plan-actions']!()
  const campaign = (status: string, audience: string, tags: string[] = [], extra: Record<string, unknown> = {}) =>
    seed('campaigns', { name: `Campaña ${status} ${audience}`, kind: 'accountability', objective: 'Rendir cuentas', audience, period: { start: day(1), end: day(30) }, status, ...extra }, tags)
  await campaign('active', 'external', ['public'], {
    commitments: [{ commitment: 'Publicar el informe de gestión', owner: users.editor.id, dueDate: day(20), status: 'pending', evidenceNote: 'Nota interna de evidencia' }],
    evaluation: { summary: 'Evaluación interna' },
    budget: { planned: 5_000_000 },
  })
  await campaign('active', 'internal')
  await campaign('planned', 'external')
  await campaign('finished', 'external')
  await seed('guidelines', { title: 'Política borrador', kind: 'policy', owner: users.head.id, reviewDate: day(30), status: 'draft' })
  await seed('guidelines', { title: 'Política publicada', kind: 'policy', owner: users.head.id, reviewDate: day(30), status: 'published' }, ['published'])
  await factories['legal-references']!()

  // Archivo: public (settled consent), public with pending consent, internal (designer's), restricted (producer's)
  const asset = async (title: string, data: Record<string, unknown>, by: User, tags: string[]) =>
    seed('archive-assets', { title, kind: 'photo', ...data }, tags, { user: by, file: fileOf(await makeJpeg(120, 90, { seed: ++counter }), `${title}.jpg`, 'image/jpeg') })
  await asset('publica', { accessLevel: 'public', consent: 'consent-on-file' }, users.head, ['public', 'staff'])
  await asset('consentimiento-pendiente', { accessLevel: 'public', consent: 'pending' }, users.head, ['staff'])
  await asset('interna', { accessLevel: 'internal', consent: 'none-identifiable' }, users.designer, ['staff', 'own:designer'])
  await asset('restringida', { accessLevel: 'restricted', consent: 'none-identifiable' }, users.producer, ['own:producer'])
  // Public in every other respect, but reserved (Ley 1712/2014 art. 19): never anonymous.
  await asset('reservada', {
    accessLevel: 'public', consent: 'consent-on-file', classification: 'reserved',
    classificationDetails: { legalBasis: 'Ley 1712 de 2014, art. 19', scope: 'total', until: day(365) },
  }, users.head, ['staff'])
  // Personal data of the people in a photo (PERSONAL_FIELDS): a minor, her guardian, the signed consent
  personal = await asset(
    'personas',
    {
      accessLevel: 'internal',
      consent: 'minors-guardian-consent',
      people: [{ name: 'Sofía Rosero', minor: true }],
      consentRecords: [{ person: 'Sofía Rosero', minor: true, guardian: 'Laura Rosero', channels: ['web'], purposes: ['institutional'], validFrom: day(1) }],
      consentDocument: seeded['archive-assets']![2]!.id,
    },
    users.designer,
    ['staff', 'own:designer'],
  )
  await seed('retention-series', { code: '100.24', seriesCode: '100', seriesName: 'Informes', officeYears: 2, centralYears: 8, disposition: 'CT' })
  await seed('archive-disposals', { actNumber: 'AE-2026-001', title: 'Acta de eliminación de prueba', basis: 'TRD 100.24, concepto del comité', assets: [seeded['archive-assets']![2]!.id] })
  await seed('brand-assets', { title: 'Escudo de Pasto', kind: 'logo', variant: 'colour' }, ['public'], { file: fileOf(await png(200), 'escudo.png', 'image/png') })
  await factories['brand-assets']!()

  // Verificar
  await seed('workflow-events', { collection: 'communication-requests', document: String(fixtures.request.id), to: 'accepted', at: day(2), department: culture.id }, ['own-department'])
  await seed('workflow-events', { collection: 'contents', document: String(fixtures.ids.pubExtNews), to: 'published', at: day(3) })
  // The planning machines write trail rows too (issue 14, item 3): a requester never reads them, even one naming their department.
  await seed('workflow-events', { collection: 'communication-plans', document: String(seeded['communication-plans']![0]!.id), from: 'draft', to: 'approved', at: day(4), department: culture.id })
  await seed('follow-ups', { kind: 'content-published', subjectCollection: 'contents', subjectId: String(fixtures.ids.pubExtNews), measuredAt: day(3) })
  const indicator = await seed('indicators', { code: 'IND-1', name: 'Solicitudes a tiempo', computation: 'requests-on-time', frequency: 'monthly', direction: 'higher', unit: '%' })
  await seed('indicator-measurements', { indicator: indicator.id, period: '2026-10', value: 90 })
  await seed('reports', { title: 'Informe octubre', kind: 'monthly', period: '2026-10', version: 1, generatedAt: day(31), data: { ok: true } })
  await seed('workflow-counters', { key: 'matrix-test', value: 3 })
  await seed('job-leases', { key: 'matrix-test', holder: 'matrix', lockedUntil: day(2) })
  // Background work (issue 15, item 14): each person reads what they asked for; head and admin all.
  for (const who of ['editor', 'community', 'auditor'] as const) {
    await seed('background-work', { label: `Importación de ${who}`, kind: 'mentions', status: 'done', requestedBy: users[who].id }, [`own:${who}`])
  }
  await seed('media-outlets', { name: 'Radio Pasto', type: 'radio', scope: 'local', contacts: [{ name: 'María Periodista', email: 'maria@radio.test' }] })
  await factories['media-mentions']!()
  await factories['social-accounts']!()
  await factories['social-metrics']!()
  await seed('intranet-reads', { content: fixtures.ids.pubInternal, user: users.editor.id, day: day(6), readKey: 'matrix-read' })

  // Actuar
  await seed('alerts', { kind: 'request-overdue', severity: 'warning', message: 'Solicitud vencida', status: 'open', openKey: 'matrix-alert' })
  await seed('improvement-actions', { title: 'Acción de mejora', type: 'improvement', origin: 'audit', rootCause: 'Causa', responsible: users.head.id, dueDate: day(30), status: 'open' })
  const risk = await seed('risks', { title: 'Riesgo', cause: 'Causa', consequence: 'Consecuencia', inherent: { likelihood: 3, impact: 3 }, status: 'active', controls: [{ id: 'ctl-1', description: 'Control', owner: users.head.id, frequency: 'monthly' }] })
  await seed('risk-control-checks', { risk: risk.id, controlId: 'ctl-1', result: 'effective' })

  // Configuración
  await seed('notification-deliveries', { key: 'matrix-delivery', event: 'request-accepted', to: 'a@test.local', status: 'sent' })
  await seed('fact-check-requests', { tokenId: 'matrix-token', content: fixtures.ids.reviewExt, email: 'experta@test.local', name: 'Experta', expiresAt: day(30) })
  await factories['election-periods']!()
  await factories.petitions!()
  await factories['transparency-items']!(['public'])
  await factories.expedientes!()

  // The image manual, with a public part and an internal one
  await payload.updateGlobal({
    slug: 'brand-manual',
    data: {
      version: '2.0',
      palette: [{ name: 'Verde Pasto', hex: '#00843D', role: 'primary' }],
      typography: [{ family: 'Montserrat', usage: 'Títulos' }],
      blocklist: [{ term: 'Lema del mandatario', reason: 'Ley 2345/2023' }],
      colourTolerance: 7,
    } as never,
    overrideAccess: true,
  })
  // The accessibility statement: wholly public (Res. 1519/2020 Anexo 1)
  await payload.updateGlobal({
    slug: 'accessibility-statement',
    data: { statement: 'Declaración de accesibilidad de prueba', contact: { email: 'accesibilidad@pasto.gov.co' } } as never,
    overrideAccess: true,
  })
}, 600_000)
afterAll(() => app?.close())

const as = (who: Who) => (who === 'anonymous' ? {} : { user: users[who] })
const tagsFor = (scope: Scope, who: Who) =>
  scope.split('+').map((tag) => (tag === 'self' || tag === 'own' ? `${tag}:${who}` : tag))

/** What the scope means for this collection and caller: ids of the documents they must see. */
const expectedIds = async (slug: string, scope: Scope, who: Who): Promise<string[]> => {
  if (scope === 'none') return []
  if (scope === 'all') {
    const all = await payload.find({ collection: slug as never, ...system, limit: 0, pagination: false })
    return all.docs.map((doc) => String((doc as { id: Id }).id)).sort()
  }
  const tags = tagsFor(scope, who)
  return (seeded[slug] ?? []).filter((doc) => doc.tags.some((tag) => tags.includes(tag))).map((doc) => String(doc.id)).sort()
}

/** Payload's own refusal: Forbidden (403) or, for an id outside the caller's Where, NotFound (404). */
const isRefusal = (error: unknown) => {
  const e = error as { name?: string; status?: number }
  return e?.name === 'Forbidden' || e?.name === 'NotFound' || e?.status === 403 || e?.status === 404
}

/** A field the caller may not read: absent (Payload leaves a hidden array field as an empty list). */
const expectHidden = (doc: Record<string, unknown>, field: string) => {
  if (field in doc) expect(doc[field]).toEqual([])
}

/** The call must be refused by access (and not fail for another reason). */
const expectRefused = async (attempt: Promise<unknown>) => {
  const error = await attempt.then(() => null, (e: unknown) => e)
  expect(error).not.toBeNull()
  expect({ name: (error as Error).name, refused: isRefusal(error) }).toEqual({ name: expect.any(String), refused: true })
}

/** Reads as the caller: the ids they get, or null when Payload refuses outright. */
const readAs = async (slug: string, who: Who): Promise<null | string[]> => {
  try {
    const found = await payload.find({ collection: slug as never, ...as(who), overrideAccess: false, depth: 0, limit: 0, pagination: false })
    return found.docs.map((doc) => String((doc as { id: Id }).id)).sort()
  } catch (error) {
    if (isRefusal(error)) return null
    throw error
  }
}

const collectionEntries = Object.entries(COLLECTIONS)

it('the table covers every collection and global of the config (a new one must get a row)', () => {
  const slugs = payload.config.collections.map((c) => c.slug).filter((slug) => !PAYLOAD_INTERNAL.includes(slug))
  expect(slugs.sort()).toEqual(Object.keys(COLLECTIONS).sort())
  expect(payload.config.globals.map((g) => g.slug).filter((slug) => !PAYLOAD_INTERNAL.includes(slug)).sort()).toEqual(Object.keys(GLOBALS).sort())
  for (const slug of Object.keys(COLLECTIONS)) expect(seeded[slug]?.length ?? 0).toBeGreaterThan(0)
})

describe.each(collectionEntries)('%s', (slug, row) => {
  describe.each(EVERYONE.map((who) => [who] as const))('%s', (who) => {
    const readScope = scopeOf(row.read, who)
    it(`read → ${readScope}`, async () => {
      const got = await readAs(slug, who)
      const expected = await expectedIds(slug, readScope, who)
      if (readScope === 'none') expect(got ?? []).toEqual([])
      else expect(got).toEqual(expected)
      // and one by one: by id, a document outside the scope is refused
      const outside = (seeded[slug] ?? []).find((doc) => !expected.includes(String(doc.id)))
      if (outside) {
        await expectRefused(payload.findByID({ collection: slug as never, id: outside.id, ...as(who), overrideAccess: false, depth: 0 }))
      }
      // counts tell no more than the list
      const count = await payload.count({ collection: slug as never, ...as(who), overrideAccess: false }).catch((error) => {
        if (isRefusal(error)) return { totalDocs: 0 }
        throw error
      })
      expect(count.totalDocs).toBe(expected.length)
    })

    if (row.readVersions !== undefined) {
      const versionScope = scopeOf(row.readVersions, who)
      it(`readVersions → ${versionScope}`, async () => {
        const attempt = payload.findVersions({ collection: slug as never, ...as(who), overrideAccess: false, depth: 0, limit: 5 })
        if (versionScope === 'all') expect((await attempt).docs.length).toBeGreaterThan(0)
        else await expectRefused(attempt)
      })
    }
  })
})

// Writes: after every read above (they change the data the reads compare against).
describe.each(collectionEntries)('%s writes', (slug, row) => {
  describe.each(EVERYONE.map((who) => [who] as const))('%s', (who) => {
    const createScope = scopeOf(row.create, who)
    it(`create → ${createScope === 'all' ? 'allowed' : 'refused'}`, async () => {
      const before = (await payload.count({ collection: slug as never, overrideAccess: true })).totalDocs
      // Empty data: access is checked before validation, so a refusal is Payload's Forbidden and an
      // allowed caller gets as far as validation (a 400 naming the missing fields) — nothing is written.
      const attempt = payload.create({ collection: slug as never, data: {} as never, ...as(who), overrideAccess: false })
      const error = await attempt.then(() => null, (e: unknown) => e)
      if (createScope === 'all') expect(isRefusal(error)).toBe(false)
      else expect(isRefusal(error)).toBe(true)
      if (createScope !== 'all') expect((await payload.count({ collection: slug as never, overrideAccess: true })).totalDocs).toBe(before)
    })

    const updateScope = scopeOf(row.update, who)
    it(`update → ${updateScope}`, async () => {
      const docs = seeded[slug] ?? []
      const tags = tagsFor(updateScope, who)
      const inside = updateScope === 'all' ? docs[0] : docs.find((doc) => doc.tags.some((tag) => tags.includes(tag)))
      const outside = updateScope === 'all' ? undefined : docs.find((doc) => !doc.tags.some((tag) => tags.includes(tag)))
      if (updateScope !== 'none') {
        expect(inside).toBeDefined()
        await payload.update({ collection: slug as never, id: inside!.id, data: {} as never, ...as(who), overrideAccess: false, depth: 0 })
      }
      if (outside) {
        const before = await payload.findByID({ collection: slug as never, id: outside.id, ...system })
        await expectRefused(payload.update({ collection: slug as never, id: outside.id, data: {} as never, ...as(who), overrideAccess: false, depth: 0 }))
        const after = await payload.findByID({ collection: slug as never, id: outside.id, ...system })
        expect((after as { updatedAt?: string }).updatedAt).toBe((before as { updatedAt?: string }).updatedAt)
      }
    })

    const deleteScope = scopeOf(row.delete, who)
    it(`delete → ${deleteScope === 'all' ? 'allowed' : 'refused'}`, async () => {
      if (deleteScope === 'all') {
        const factory = factories[slug]
        expect(factory).toBeDefined()
        const doc = await factory!()
        await payload.delete({ collection: slug as never, id: doc.id, ...as(who), overrideAccess: false })
        expect((await payload.find({ collection: slug as never, where: { id: { equals: doc.id } }, ...system })).totalDocs).toBe(0)
      } else {
        const target = seeded[slug]![0]!
        await expectRefused(payload.delete({ collection: slug as never, id: target.id, ...as(who), overrideAccess: false }))
        expect((await payload.find({ collection: slug as never, where: { id: { equals: target.id } }, ...system, draft: true })).totalDocs).toBe(1)
      }
    })
  })
})

describe.each(Object.entries(GLOBALS))('global %s', (slug, row) => {
  describe.each(EVERYONE.map((who) => [who] as const))('%s', (who) => {
    it(`read → ${scopeOf(row.read, who)}`, async () => {
      const doc = (await payload.findGlobal({ slug: slug as never, ...as(who), overrideAccess: false, depth: 0 })) as Record<string, any>
      if (slug === 'accessibility-statement') {
        expect(scopeOf(row.read, who)).toBe('all')
        expect(doc.statement).toBe('Declaración de accesibilidad de prueba')
        expect(doc.contact?.email).toBe('accesibilidad@pasto.gov.co')
        return
      }
      expect(doc.palette).toEqual([expect.objectContaining({ name: 'Verde Pasto', hex: '#00843D' })])
      expect(doc.version).toBe('2.0')
      if (scopeOf(row.read, who) === 'all') {
        expect(doc.blocklist).toEqual([expect.objectContaining({ term: 'Lema del mandatario' })])
        expect(doc.colourTolerance).toBe(7)
      } else {
        // the public part only
        expectHidden(doc, 'blocklist')
        expectHidden(doc, 'colourTolerance')
        expect(JSON.stringify(doc)).not.toContain('Lema del mandatario')
      }
    })

    it(`update → ${scopeOf(row.update, who) === 'all' ? 'allowed' : 'refused'}`, async () => {
      const attempt = payload.updateGlobal({ slug: slug as never, data: {} as never, ...as(who), overrideAccess: false, depth: 0 })
      if (scopeOf(row.update, who) === 'all') await attempt
      else await expectRefused(attempt)
    })

    it(`readVersions → ${scopeOf(row.readVersions, who)}`, async () => {
      const attempt = payload.findGlobalVersions({ slug: slug as never, ...as(who), overrideAccess: false, limit: 5 })
      if (scopeOf(row.readVersions, who) === 'all') expect((await attempt).docs.length).toBeGreaterThan(0)
      else await expectRefused(attempt)
    })
  })
})

describe.each(Object.entries(PERSONAL_FIELDS))('personal data of %s (Ley 1581/2012)', (slug, row) => {
  const PERSONAL_TEXT = /Sofía|Laura|Rosero/
  describe.each(EVERYONE.map((who) => [who] as const))('%s', (who) => {
    const allowed = scopeOf(row.read, who) === 'all'
    it(`reads ${row.fields.join(', ')} → ${allowed ? 'yes' : 'no'}; filters and sorts on them → ${allowed ? 'yes' : 'refused'}`, async () => {
      // the document itself, where the caller reads it (anonymous callers: the public asset)
      const where = who === 'anonymous' ? undefined : { id: { equals: personal.id } }
      const { docs } = await payload.find({ collection: slug as never, where: where as never, ...as(who), overrideAccess: false, depth: 1, limit: 0, pagination: false })
      expect(docs.length).toBeGreaterThan(0)
      for (const doc of docs as unknown as Record<string, any>[]) {
        if (allowed) {
          expect(doc.people).toEqual([expect.objectContaining({ name: 'Sofía Rosero', minor: true })])
          expect(doc.consentRecords).toEqual([expect.objectContaining({ person: 'Sofía Rosero', minor: true, guardian: 'Laura Rosero' })])
          expect(doc.consentDocument).toBeTruthy()
          expect([doc.minorsPresent, doc.consent, doc.publicUse?.covered]).toEqual([true, 'minors-guardian-consent', true])
        } else {
          for (const field of row.fields) {
            const value = doc[field]
            expect([field, Array.isArray(value) && value.length === 0 ? undefined : value]).toEqual([field, undefined])
          }
          expect(JSON.stringify(doc)).not.toMatch(PERSONAL_TEXT)
        }
      }
      // they cannot filter or sort by it to guess it either
      for (const path of row.paths) {
        const value =
          path.endsWith('minor') || path === 'minorsPresent'
            ? { equals: true }
            : path === 'publicUse.until'
              ? { exists: false }
              : path === 'consent'
                ? { equals: 'minors-guardian-consent' }
                : { like: 'Rosero' }
        const found = await payload
          .find({ collection: slug as never, where: { [path]: value } as never, ...as(who), overrideAccess: false, limit: 0, pagination: false })
          .then((r) => r.docs.map((d) => String((d as { id: Id }).id)), () => null)
        if (allowed) expect([path, found]).toEqual([path, expect.arrayContaining([String(personal.id)])])
        else expect([path, found ?? []]).toEqual([path, []])
      }
      const sorted = await payload.find({ collection: slug as never, sort: '-minorsPresent', ...as(who), overrideAccess: false, limit: 1 }).then(() => 'sorted', () => 'refused')
      expect(sorted).toBe(allowed ? 'sorted' : 'refused')
    })
  })
})

describe('anonymous callers: exactly the published external set, and no personal data', () => {
  it("Payload's own collections refuse them", async () => {
    for (const slug of payload.config.collections.map((c) => c.slug).filter((s) => PAYLOAD_INTERNAL.includes(s))) {
      expect(await readAs(slug, 'anonymous')).toBeNull()
      await expectRefused(payload.create({ collection: slug as never, data: {} as never, overrideAccess: false }))
    }
    for (const slug of payload.config.globals.map((g) => g.slug).filter((s) => PAYLOAD_INTERNAL.includes(s))) {
      await expectRefused(payload.findGlobal({ slug: slug as never, overrideAccess: false }))
    }
  })

  it('across every collection they see the public-tagged documents, no more, no less', async () => {
    const seen: string[] = []
    const expected: string[] = []
    for (const slug of Object.keys(COLLECTIONS)) {
      for (const id of (await readAs(slug, 'anonymous')) ?? []) seen.push(`${slug}:${id}`)
      for (const doc of seeded[slug] ?? []) if (doc.tags.includes('public')) expected.push(`${slug}:${doc.id}`)
    }
    expect(seen.sort()).toEqual(expected.sort())
    // one published external content, one active external campaign, two public plans, one public asset, one logo, one transparency item, four contents
    expect(expected.filter((key) => key.startsWith('contents:'))).toHaveLength(fixtures.publicIds.length)
  })

  it('public faces carry only public fields: campaigns, plans', async () => {
    const [campaign] = (await payload.find({ collection: 'campaigns', overrideAccess: false, depth: 2 })).docs as unknown as Record<string, any>[]
    expect(campaign).toMatchObject({ name: 'Campaña active external', kind: 'accountability', status: 'active', audience: 'external' })
    expect(campaign!.commitments).toEqual([expect.objectContaining({ commitment: 'Publicar el informe de gestión', status: 'pending' })])
    for (const hidden of ['budget', 'evaluation', 'planAction', 'contents']) expectHidden(campaign!, hidden)
    expect(campaign!.commitments[0]).not.toHaveProperty('owner')
    expect(campaign!.commitments[0]).not.toHaveProperty('evidenceNote')
    const text = JSON.stringify(campaign)
    for (const secret of ['Nota interna de evidencia', 'Evaluación interna', '5000000', users.editor.email]) expect(text).not.toContain(secret)

    const plans = (await payload.find({ collection: 'communication-plans', overrideAccess: false, depth: 2 })).docs as unknown as Record<string, unknown>[]
    expect(plans.map((p) => p.title).sort()).toEqual(['Plan approved external', 'Plan closed external'])
    for (const plan of plans) for (const hidden of ['approval', 'budgetTotals', 'actions']) expectHidden(plan, hidden)
    // a signed-in requester reads the same public face; the office reads everything
    const asRequester = (await payload.find({ collection: 'campaigns', user: users.requester, overrideAccess: false })).docs[0] as unknown as Record<string, unknown>
    expect(asRequester).not.toHaveProperty('budget')
    const asHead = (await payload.find({ collection: 'campaigns', where: { id: { equals: campaign!.id } }, user: users.head, overrideAccess: false })).docs[0] as Record<string, any>
    expect(asHead.commitments[0].evidenceNote).toBe('Nota interna de evidencia')
  })

  it('they cannot filter, sort or guess by a hidden field', async () => {
    // (the public campaign's evaluation says "interna", its budget is 5 000 000, its owner is the editor)
    const matches = (where: Record<string, unknown>) =>
      payload.find({ collection: 'campaigns', where: where as never, overrideAccess: false }).then((r) => r.totalDocs, () => 0)
    expect(await matches({ 'evaluation.summary': { like: 'interna' } })).toBe(0)
    expect(await matches({ 'budget.planned': { greater_than: 1 } })).toBe(0)
    const byOwner = await payload
      .find({ collection: 'campaigns', where: { 'commitments.owner': { equals: users.editor.id } }, overrideAccess: false })
      .then((r) => r.totalDocs, () => 0)
    expect(byOwner).toBe(0)
  })

  it('personal data never reaches them: e-mails, requesters, outlet contacts, consent documents — not through depth either', async () => {
    // contents pointing at closed collections: at any depth only the ids come back
    await payload.update({ collection: 'contents', id: fixtures.ids.pubExtNews, data: { campaign: seeded.campaigns![1]!.id } as never, ...system })
    const news = (await payload.findByID({ collection: 'contents', id: fixtures.ids.pubExtNews, overrideAccess: false, depth: 3 })) as unknown as Record<string, unknown>
    expect(typeof news.request === 'object' && news.request !== null).toBe(false)
    expect(typeof news.campaign === 'object' && news.campaign !== null).toBe(false)
    for (const dep of (news.departments as unknown[]) ?? []) expect(typeof dep).not.toBe('object')
    const text = JSON.stringify(news)
    for (const secret of [fixtures.requester.email, 'Ana Solicitante', 'Cubrimiento del Carnaval', '@test.local']) expect(text).not.toContain(secret)
    // the public asset: no consent document, people, uploader
    const [asset] = (await payload.find({ collection: 'archive-assets', overrideAccess: false, depth: 2 })).docs as unknown as Record<string, unknown>[]
    for (const hidden of ['consentDocument', 'people', 'uploadedBy']) expectHidden(asset!, hidden)
    // closed collections with personal fields
    for (const slug of ['users', 'media-outlets', 'communication-requests', 'fact-check-requests']) expect(await readAs(slug, 'anonymous')).toBeNull()
  })
})
