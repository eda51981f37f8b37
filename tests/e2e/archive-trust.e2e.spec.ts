/**
 * Issue 13, items 1–5 (the archive and data protection), over real HTTP against the BUILT app
 * (`next start`, migrated database, seed, fixtures/archiveTrustFixtures.ts), as its users and as an
 * attacker would: REST and GraphQL. The same rules are tested in process, with the Local API, in
 * tests/int/archive/trust.int.spec.ts and tests/int/api/access-matrix.int.spec.ts.
 */
import crypto from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

import { type RunningApp, startApp } from '../helpers/appServer.js'
import { trustImage } from './fixtures/archiveTrustImages.js'
import { readAnswer } from '../helpers/answer.js'

type Fx = {
  restricted: { id: number; filename: string; card: string; sha256: string }
  internal: { id: number }
  publicPhoto: { id: number; card: string }
  personal: { id: number }
  content: { id: number }
  logo: string
  template: string
}
const EMAILS = {
  admin: 'admin@pregonero.test',
  head: 'jefe@pregonero.test',
  editor: 'editor@pregonero.test',
  designer: 'disenador@pregonero.test',
  producer: 'productor@pregonero.test',
  community: 'community@pregonero.test',
  requester: 'enlace.salud@pregonero.test',
  auditor: 'auditor@pregonero.test',
} as const
type Who = keyof typeof EMAILS | 'anonymous'

let app: RunningApp
let fx: Fx
const tokens: Partial<Record<Who, string>> = {}

beforeAll(async () => {
  // The limits are another item's subject: off here, so that each case is about the archive only.
  app = await startApp({ RATE_LIMIT_ENABLED: 'false' }, { fixtures: 'tests/e2e/fixtures/archiveTrustFixtures.ts' })
  fx = app.fixtures as unknown as Fx
  for (const [who, email] of Object.entries(EMAILS)) tokens[who as Who] = (await app.login(email)).token
}, 300_000)
afterAll(() => app?.stop())

const headersOf = (who: Who, extra: Record<string, string> = {}) => ({ ...(who === 'anonymous' ? {} : { Authorization: `JWT ${tokens[who]}` }), ...extra })
const send = async (who: Who, method: string, route: string, body?: BodyInit, extra: Record<string, string> = {}) => {
  return readAnswer(await fetch(`${app.url}${route}`, { method, headers: headersOf(who, extra), body }))
}
const graphql = async (who: Who, query: string) => (await send(who, 'POST', '/api/graphql', JSON.stringify({ query }), { 'Content-Type': 'application/json' })).json
const form = (bytes: Buffer, name: string, type: string, data: Record<string, unknown>) => {
  const body = new FormData()
  body.append('file', new Blob([new Uint8Array(bytes)], { type }), name)
  body.append('_payload', JSON.stringify(data))
  return body
}
const jpeg = async (n: number) => {
  const { default: sharp } = await import('sharp')
  return sharp({ create: { width: 120, height: 90, channels: 3, background: { r: n % 256, g: 90, b: 30 }, noise: { type: 'gaussian', mean: 128, sigma: 30 } } })
    .jpeg()
    .toBuffer()
}
/** Every file the app keeps (served folder, kept originals, brand files): a refused write adds none. */
const mediaFiles = async () => {
  const files: string[] = []
  const walk = async (dir: string) => {
    for (const entry of await fs.readdir(dir, { withFileTypes: true }).catch(() => [])) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) await walk(full)
      else files.push(path.relative(app.dir, full))
    }
  }
  await walk(path.join(app.dir, 'media'))
  return files.sort()
}
let n = 1

describe('item 1: a refused write with a file writes nothing', () => {
  it.each(['anonymous', 'requester', 'auditor', 'editor', 'community'] as const)('PATCH /api/archive-assets/:id with a file as %s: 403, no file anywhere (originals folder included)', async (who) => {
    const before = await mediaFiles()
    const res = await send(who, 'PATCH', `/api/archive-assets/${fx.restricted.id}`, form(await jpeg(n++), 'reemplazo.jpg', 'image/jpeg', { title: 'Cambiado' }))
    expect(res.status).toBe(403)
    expect(await mediaFiles()).toEqual(before)
  })

  it("the designer on the producer's restricted asset, and a bulk PATCH: 403, nothing written", async () => {
    const before = await mediaFiles()
    expect((await send('designer', 'PATCH', `/api/archive-assets/${fx.restricted.id}`, form(await jpeg(n++), 'r.jpg', 'image/jpeg', {}))).status).toBe(403)
    expect((await send('requester', 'PATCH', `/api/archive-assets?where[id][equals]=${fx.restricted.id}`, form(await jpeg(n++), 'r.jpg', 'image/jpeg', {}))).status).toBe(403)
    expect(await mediaFiles()).toEqual(before)
  })

  it('POST as anonymous, requester, auditor: 403, nothing written; GraphQL update refused', async () => {
    const before = await mediaFiles()
    for (const who of ['anonymous', 'requester', 'auditor'] as const) {
      expect([who, (await send(who, 'POST', '/api/archive-assets', form(await jpeg(n++), 'n.jpg', 'image/jpeg', { title: 'Nueva', kind: 'photo' }))).status]).toEqual([who, 403])
      const gql = await graphql(who, `mutation { updateArchiveAsset(id: ${fx.restricted.id}, data: { title: "GQL", license: { type: institutional } }) { id } }`)
      expect([who, gql.data?.updateArchiveAsset ?? null, Boolean(gql.errors?.length)]).toEqual([who, null, true])
    }
    expect(await mediaFiles()).toEqual(before)
    const asHead = await send('head', 'GET', `/api/archive-assets/${fx.restricted.id}?depth=0`)
    expect([asHead.json.title, asHead.json.filename, asHead.json.previousFiles]).toEqual(['Operativo reservado TRUST', fx.restricted.filename, []])
  })
})

describe('item 2: existence never leaks', () => {
  const secrets = () => ['Operativo reservado TRUST', `id ${fx.restricted.id}`, fx.restricted.sha256]

  it('the fixture bytes are the restricted asset (same checksum)', async () => {
    expect(crypto.createHash('sha256').update(await trustImage(1)).digest('hex')).toBe(fx.restricted.sha256)
  })

  it.each(['anonymous', 'requester', 'auditor', 'editor', 'designer'] as const)('%s uploading the bytes of a restricted asset: the 403 of any unauthorised upload, naming nothing', async (who) => {
    const same = await send(who, 'POST', '/api/archive-assets', form(await trustImage(1), 'copia.png', 'image/png', { title: 'Copia', kind: 'photo' }))
    // An auditor is told their own rule (they read, they do not write) whatever the bytes: compared
    // with their own upload of fresh bytes; everyone else with a requester's plain refusal.
    const baseline = who === 'auditor' ? 'auditor' : 'requester'
    const unauthorised = await send(baseline, 'POST', '/api/archive-assets', form(await jpeg(n++), 'x.jpg', 'image/jpeg', { title: 'X', kind: 'photo' }))
    expect(same.status).toBe(403)
    expect(same.json).toEqual(unauthorised.json)
    for (const secret of secrets()) expect(same.text).not.toContain(secret)
  })

  it('the head, who reads it, gets the 409 naming it; the designer a 409 naming an internal asset', async () => {
    const head = await send('head', 'POST', '/api/archive-assets', form(await trustImage(1), 'copia.png', 'image/png', { title: 'Copia', kind: 'photo' }))
    expect(head.status).toBe(409)
    expect(head.json.errors[0].message).toContain(`"Operativo reservado TRUST" (id ${fx.restricted.id})`)
    const designer = await send('designer', 'POST', '/api/archive-assets', form(await trustImage(2), 'copia.png', 'image/png', { title: 'Copia', kind: 'photo' }))
    expect(designer.status).toBe(409)
    expect(designer.json.errors[0].message).toContain(`(id ${fx.internal.id})`)
  })
})

describe('item 4: personal data only for the roles that handle it', () => {
  const PERSONAL = /Sofía|Laura|Rosero/
  const FIELDS = ['people', 'consentRecords', 'consentDocument', 'minorsPresent', 'consent', 'publicUse']

  it.each(['admin', 'head', 'designer', 'producer', 'auditor'] as const)('%s reads names, consents, minors and guardians (REST and GraphQL)', async (who) => {
    const res = await send(who, 'GET', `/api/archive-assets/${fx.personal.id}?depth=0`)
    expect(res.json.people).toEqual([expect.objectContaining({ name: 'Sofía Rosero', minor: true })])
    expect(res.json.consentRecords).toEqual([expect.objectContaining({ person: 'Sofía Rosero', guardian: 'Laura Rosero', minor: true })])
    expect([res.json.minorsPresent, res.json.consent]).toEqual([true, 'minors-guardian-consent'])
    const gql = await graphql(who, `{ ArchiveAsset(id: ${fx.personal.id}) { people { name } consentRecords { person guardian } minorsPresent } }`)
    expect(gql.data.ArchiveAsset.consentRecords[0].guardian).toBe('Laura Rosero')
    const filtered = await send(who, 'GET', '/api/archive-assets?where[consentRecords.guardian][like]=Laura&depth=0')
    expect(filtered.json.docs.map((d: { id: number }) => d.id)).toContain(fx.personal.id)
  })

  it.each(['editor', 'community', 'requester'] as const)('%s reads the asset but none of it, and cannot filter or sort by it (REST and GraphQL)', async (who) => {
    const res = await send(who, 'GET', `/api/archive-assets/${fx.personal.id}?depth=1`)
    expect(res.status).toBe(200)
    expect(res.json.title).toBe('Personas TRUST')
    for (const field of FIELDS) {
      const value = res.json[field]
      expect([field, Array.isArray(value) && value.length === 0 ? undefined : value]).toEqual([field, undefined])
    }
    expect(res.text).not.toMatch(PERSONAL)
    for (const query of ['where[people.name][like]=Rosero', 'where[consentRecords.guardian][like]=Laura', 'where[minorsPresent][equals]=true', 'where[consent][equals]=minors-guardian-consent', 'sort=-minorsPresent']) {
      const probe = await send(who, 'GET', `/api/archive-assets?${query}&depth=0`)
      // refused (400 naming the path) or nothing matched: never a hint
      expect([query, probe.status === 200 ? probe.json.docs.length : probe.status]).toEqual([query, probe.status === 200 ? 0 : 400])
      expect(probe.text).not.toMatch(PERSONAL)
    }
    const gql = await graphql(who, `{ ArchiveAsset(id: ${fx.personal.id}) { title people { name } consentRecords { person guardian } minorsPresent consent } }`)
    expect(gql.data?.ArchiveAsset?.title ?? 'Personas TRUST').toBe('Personas TRUST')
    expect(JSON.stringify(gql)).not.toMatch(PERSONAL)
  })
})

describe('item 5: file answers', () => {
  // Next.js adds its own Vary tokens (rsc, …): what matters is that Cookie and Authorization are among them.
  const PRIVATE = { cache: 'private, no-store', vary: ['Authorization', 'Cookie'] }
  const varyOf = (res: { headers: Headers }) =>
    (res.headers.get('vary') ?? '')
      .split(',')
      .map((token) => token.trim())
      .filter((token) => ['Authorization', 'Cookie'].includes(token))
      .sort()
  const cacheOf = (res: { headers: Headers }) => ({ cache: res.headers.get('cache-control'), vary: varyOf(res) })

  it('a restricted image fetched by staff is never cacheable by a CDN (original and rendition)', async () => {
    for (const name of [fx.restricted.filename, fx.restricted.card]) {
      const res = await send('head', 'GET', `/api/archive-assets/file/${name}`)
      expect(res.status).toBe(200)
      expect(cacheOf(res)).toEqual(PRIVATE)
    }
  })

  it('refusals and missing files carry the same private headers', async () => {
    for (const [who, route] of [
      ['anonymous', `/api/archive-assets/file/${fx.restricted.card}`],
      ['requester', `/api/archive-assets/file/${fx.restricted.filename}`],
      ['anonymous', '/api/archive-assets/file/no-existe.jpg'],
      ['anonymous', `/api/brand-assets/file/${fx.template}`],
    ] as const) {
      const res = await send(who, 'GET', route)
      expect([route, res.status >= 400]).toEqual([route, true])
      expect([route, cacheOf(res)]).toEqual([route, PRIVATE])
    }
  })

  it('a public rendition is cacheable for anonymous callers only', async () => {
    const anonymous = await send('anonymous', 'GET', `/api/archive-assets/file/${fx.publicPhoto.card}`)
    expect(anonymous.status).toBe(200)
    expect(anonymous.headers.get('cache-control')).toMatch(/^public, /)
    expect(varyOf(anonymous)).toEqual(['Authorization', 'Cookie'])
    const staff = await send('editor', 'GET', `/api/archive-assets/file/${fx.publicPhoto.card}`)
    expect(cacheOf(staff)).toEqual(PRIVATE)
  })

  it('HEAD answers like GET (access, headers), without a body', async () => {
    const restricted = await send('anonymous', 'HEAD', `/api/archive-assets/file/${fx.restricted.card}`)
    expect(restricted.status).toBe(403)
    expect(cacheOf(restricted)).toEqual(PRIVATE)
    const staff = await send('head', 'HEAD', `/api/archive-assets/file/${fx.restricted.card}`)
    expect([staff.status, staff.text]).toEqual([200, ''])
    expect(cacheOf(staff)).toEqual(PRIVATE)
    const publicCard = await send('anonymous', 'HEAD', `/api/archive-assets/file/${fx.publicPhoto.card}`)
    expect(publicCard.status).toBe(200)
    expect(publicCard.headers.get('cache-control')).toMatch(/^public, /)
  })

  it("Next.js's image optimizer does not serve the app's files (its own cache would outlive a revoked consent)", async () => {
    const res = await send('anonymous', 'GET', `/_next/image?url=${encodeURIComponent(`/api/archive-assets/file/${fx.publicPhoto.card}`)}&w=640&q=75`)
    expect(res.status).toBe(400)
  })

  it('an SVG logo and an uploaded PDF are downloads of an inert type, never a page', async () => {
    const logo = await send('anonymous', 'GET', `/api/brand-assets/file/${fx.logo}`)
    expect(logo.status).toBe(200)
    expect(logo.headers.get('content-type')).toBe('application/octet-stream')
    expect(logo.headers.get('content-disposition')).toMatch(/^attachment; filename="escudo/)
    expect(logo.headers.get('x-content-type-options')).toBe('nosniff')
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n')
    const created = await send('designer', 'POST', '/api/archive-assets', form(pdf, 'acta.pdf', 'application/pdf', { title: 'Acta', kind: 'document', accessLevel: 'internal', consent: 'none-identifiable' }))
    expect(created.status).toBe(201)
    const file = await send('designer', 'GET', `/api/archive-assets/file/${created.json.doc.filename}`)
    expect(file.status).toBe(200)
    expect([file.headers.get('content-type'), file.headers.get('content-disposition')]).toEqual(['application/octet-stream', expect.stringMatching(/^attachment;/)])
    expect(cacheOf(file)).toEqual(PRIVATE)
  })
})

// Last: these change the fixtures.
describe('item 3: consent in force decides public visibility, at query time', () => {
  const visibleToAnonymous = async (id: number, card: string) => {
    const list = await send('anonymous', 'GET', `/api/archive-assets?where[id][equals]=${id}`)
    const byId = await send('anonymous', 'GET', `/api/archive-assets/${id}`)
    const gql = await graphql('anonymous', `{ ArchiveAssets(where: { id: { equals: ${id} } }) { totalDocs } }`)
    const file = await send('anonymous', 'GET', `/api/archive-assets/file/${card}`)
    return { list: list.json.totalDocs, byId: byId.status, graphql: gql.data.ArchiveAssets.totalDocs, file: file.status }
  }
  const VISIBLE = { list: 1, byId: 200, graphql: 1, file: 200 }
  const HIDDEN = { list: 0, byId: 404, graphql: 0, file: 403 }

  it('a revocation saved over REST hides the asset and its renditions at once, and alerts the head about the published content', async () => {
    expect(await visibleToAnonymous(fx.publicPhoto.id, fx.publicPhoto.card)).toEqual(VISIBLE)
    const current = await send('designer', 'GET', `/api/archive-assets/${fx.publicPhoto.id}?depth=0`)
    const records = current.json.consentRecords.map((record: Record<string, unknown>) => ({ ...record, revokedAt: new Date(Date.now() - 1000).toISOString() }))
    const saved = await send('designer', 'PATCH', `/api/archive-assets/${fx.publicPhoto.id}`, JSON.stringify({ consentRecords: records }), { 'Content-Type': 'application/json' })
    expect(saved.status).toBe(200)
    expect(await visibleToAnonymous(fx.publicPhoto.id, fx.publicPhoto.card)).toEqual(HIDDEN)
    const alerts = await send('head', 'GET', `/api/alerts?where[kind][equals]=archive-consent-ended&where[subject.documentId][equals]=${fx.content.id}`)
    expect(alerts.json.docs).toHaveLength(1)
    expect(alerts.json.docs[0]).toMatchObject({ severity: 'critical', status: 'open' })
    expect(alerts.json.docs[0].message).toMatch(/Desfile escolar TRUST/)
    expect(alerts.json.docs[0].message).not.toMatch(/Carolina|Paz/)
  })

  it('an expiry takes effect at its instant: an asset uploaded over REST with a consent ending in a few seconds', async () => {
    const until = new Date(Date.now() + 8000).toISOString()
    const created = await send(
      'designer',
      'POST',
      '/api/archive-assets',
      form(await jpeg(n++), 'feria.jpg', 'image/jpeg', {
        title: 'Feria TRUST',
        kind: 'photo',
        accessLevel: 'public',
        consent: 'consent-on-file',
        consentRecords: [{ person: 'Marta Gómez', channels: ['web'], purposes: ['institutional'], validFrom: new Date(Date.now() - 86_400_000).toISOString(), validUntil: until }],
      }),
    )
    expect(created.status).toBe(201)
    const { id, sizes } = created.json.doc
    expect(await visibleToAnonymous(id, sizes.card.filename)).toEqual(VISIBLE)
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, new Date(until).getTime() - Date.now()) + 500))
    expect(await visibleToAnonymous(id, sizes.card.filename)).toEqual(HIDDEN)
  })
})
