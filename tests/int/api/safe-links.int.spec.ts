/**
 * Links in rich text and URL fields (issue 13, item 6): only http(s), mailto, tel and internal
 * links, in EVERY Lexical field and every URL field, on every path — REST and GraphQL (the app's
 * route handlers in-process), the Local API with `overrideAccess: false`, draft saves (which skip
 * validation) — refused with a 400 naming the field; allowed links are stored as sent.
 */
import type { Field, Payload } from 'payload'

import { jest } from '@jest/globals'
import { GRAPHQL_POST } from '@payloadcms/next/routes'

import { SAFE_LINK_HOOK } from '../../../src/kernel/links/withSafeLinks.js'
import { isAllowedLink, schemeOf } from '../../../src/kernel/links/linkScheme.js'
import { type Booted, bootPayload } from '../../helpers/bootPayload.js'
import { lexicalWithLink, lexicalWithNestedLink } from '../../helpers/lexical.js'
import { restClient } from '../../helpers/rest.js'
import { makeContent, makeUser, TEST_PASSWORD } from '../../helpers/fixtures.js'
import sharp from 'sharp'

jest.setTimeout(120_000)

let app: Booted
let payload: Payload
let rest: ReturnType<typeof restClient>
let graphql: (query: string, variables: Record<string, unknown>, token: string) => Promise<any>
const tokens: Record<'admin' | 'editor' | 'head', string> = { admin: '', editor: '', head: '' }
const users = {} as Record<'admin' | 'editor' | 'head', Awaited<ReturnType<typeof makeUser>>>

/** Every way a browser would still follow a script or data URL. */
const HOSTILE = [
  'javascript:alert(document.cookie)',
  'JavaScript:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  '\u0001javascript:alert(1)',
  '&#106;avascript:alert(1)',
  'javascript&colon;alert(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
]
const ALLOWED = ['https://www.pasto.gov.co/tramites', 'http://example.org', 'mailto:prensa@pasto.gov.co', 'tel:+5727333000', '/noticias/carnaval', '#inicio', '?page=2', 'www.pasto.gov.co']

beforeAll(async () => {
  // A public address, as in production: Payload treats a file URL not under it as "external".
  app = await bootPayload({ RATE_LIMIT_ENABLED: 'false', PAYLOAD_PUBLIC_SERVER_URL: 'http://localhost:3000' })
  payload = app.payload
  rest = restClient(payload.config)
  for (const role of ['admin', 'editor', 'head'] as const) {
    users[role] = await makeUser(payload, [role], { email: `links-${role}@test.local` })
    tokens[role] = await rest.login(users[role].email, TEST_PASSWORD)
  }
  const handler = GRAPHQL_POST(payload.config)
  graphql = async (query, variables, token) => {
    const res = await handler(new Request('http://localhost:3000/api/graphql', { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` }, body: JSON.stringify({ query, variables }) }))
    return { status: res.status, body: await res.json() }
  }
})
afterAll(() => app?.close())

const content = (body: unknown) => ({ title: 'Noticia con enlace', kind: 'news', audience: 'external', body })
const named = (text: string, field: string) => expect(text).toMatch(new RegExp(`${field.replace('.', '\\.')}.*(esquema no permitido|scheme that is not allowed)`, 's'))

describe('the rule', () => {
  it.each(HOSTILE.map((link) => [JSON.stringify(link), link]))('%s is refused', (_label, link) => {
    expect(isAllowedLink(link)).toBe(false)
  })
  it.each(ALLOWED)('%s is allowed', (link) => {
    expect(isAllowedLink(link)).toBe(true)
    expect(schemeOf(link) === null || ['http', 'https', 'mailto', 'tel'].includes(schemeOf(link)!)).toBe(true)
  })
})

describe('every rich-text and URL field of the final config carries the rule (a new one cannot slip in)', () => {
  const walk = (fields: Field[], at: string, found: Array<{ at: string; field: Field }>) => {
    for (const field of fields as Array<Field & { name?: string; fields?: Field[]; tabs?: Array<{ fields: Field[] }>; blocks?: Array<{ fields: Field[] }> }>) {
      const here = field.name ? `${at}.${field.name}` : at
      if (field.type === 'richText' || (field.type === 'text' && /url|website|link|href/i.test(field.name ?? ''))) found.push({ at: here, field })
      if (field.fields) walk(field.fields, here, found)
      for (const tab of field.tabs ?? []) walk(tab.fields, here, found)
      for (const block of field.blocks ?? []) walk(block.fields, here, found)
    }
    return found
  }
  it('rich text and URL fields found: each has the link hook', () => {
    const found = [
      ...payload.config.collections.flatMap((c) => walk(c.fields, c.slug, [])),
      ...payload.config.globals.flatMap((g) => walk(g.fields, `globals/${g.slug}`, [])),
    ].filter(({ at }) => !/^(archive-assets|brand-assets)\.(url|thumbnailURL)$|\.sizes\./.test(at)) // Payload's own file URLs: computed on read, never stored from input
    expect(found.map(({ at }) => at)).toEqual(expect.arrayContaining(['contents.body', 'guidelines.body', 'globals/brand-manual.rules', 'legal-references.url', 'media-mentions.url', 'media-outlets.website', 'social-accounts.url', 'communication-requests.attachments.url']))
    const missing = found.filter(({ field }) => !((field as { hooks?: { beforeValidate?: unknown[] } }).hooks?.beforeValidate ?? []).some((hook) => (hook as Record<symbol, unknown>)[SAFE_LINK_HOOK]))
    expect(missing.map(({ at }) => at)).toEqual([])
  })
})

describe('contents.body (Lexical), every path', () => {
  it.each(HOSTILE.map((link) => [JSON.stringify(link), link]))('REST create with %s: 400 naming body, nothing stored', async (_label, link) => {
    const before = (await payload.count({ collection: 'contents', overrideAccess: true })).totalDocs
    const res = await rest.post('/contents', content(lexicalWithLink(link)), { token: tokens.editor })
    expect(res.status).toBe(400)
    named(res.text, 'body')
    expect((await payload.count({ collection: 'contents', overrideAccess: true })).totalDocs).toBe(before)
  })

  it('an autolink, a link inside a list, and a link whose linkType says internal but whose url is a script: all refused', async () => {
    for (const body of [lexicalWithLink('javascript:alert(1)', { type: 'autolink' }), lexicalWithNestedLink('javascript:alert(1)'), lexicalWithLink('javascript:alert(1)', { linkType: 'internal' })]) {
      const res = await rest.post('/contents', content(body), { token: tokens.editor })
      expect(res.status).toBe(400)
      named(res.text, 'body')
    }
  })

  it('a draft save (which skips validation) is refused too, on create and on update', async () => {
    const created = await rest.post('/contents?draft=true', content(lexicalWithLink('javascript:alert(1)')), { token: tokens.editor })
    expect(created.status).toBe(400)
    named(created.text, 'body')
    const ok = await rest.post('/contents?draft=true', content(lexicalWithLink('https://www.pasto.gov.co')), { token: tokens.editor })
    expect(ok.status).toBe(201)
    const patched = await rest.patch(`/contents/${ok.json.doc.id}?draft=true`, { body: lexicalWithLink('data:text/html,<script>alert(1)</script>') }, { token: tokens.editor })
    expect(patched.status).toBe(400)
    named(patched.text, 'body')
    const stored = await payload.findByID({ collection: 'contents', id: ok.json.doc.id, draft: true, overrideAccess: true, depth: 0 })
    expect(JSON.stringify(stored.body)).toContain('https://www.pasto.gov.co')
    expect(JSON.stringify(stored.body)).not.toContain('data:text/html')
  })

  it('GraphQL createContent / updateContent: the same refusal (statusCode 400 naming body)', async () => {
    const create = await graphql('mutation ($body: JSON) { createContent(data: { title: "GQL", kind: news, audience: external, stage: draft, body: $body }) { id } }', { body: lexicalWithLink('vbscript:msgbox(1)') }, tokens.editor)
    expect(create.body.data?.createContent ?? null).toBeNull()
    expect(create.body.errors[0].extensions.statusCode).toBe(400)
    named(JSON.stringify(create.body.errors), 'body')
    const ok = await graphql('mutation ($body: JSON) { createContent(data: { title: "GQL", kind: news, audience: external, stage: draft, body: $body }, draft: true) { id } }', { body: lexicalWithLink('mailto:prensa@pasto.gov.co') }, tokens.editor)
    expect(ok.body.errors).toBeUndefined()
    const update = await graphql('mutation ($id: Int!, $body: JSON) { updateContent(id: $id, data: { body: $body }, draft: true) { id } }', { id: ok.body.data.createContent.id, body: lexicalWithLink('javascript:alert(1)') }, tokens.editor)
    expect(update.body.errors[0].extensions.statusCode).toBe(400)
    named(JSON.stringify(update.body.errors), 'body')
  })

  it('Local API with overrideAccess: false: a ValidationError naming body', async () => {
    await expect(payload.create({ collection: 'contents', data: content(lexicalWithLink('javascript:alert(1)')) as never, user: users.editor, overrideAccess: false })).rejects.toMatchObject({
      status: 400,
      data: { errors: [expect.objectContaining({ path: 'body' })] },
    })
  })

  it('allowed links are stored as sent: http(s), mailto, tel, relative and internal links to a document', async () => {
    const target = await makeContent(payload, content(null), { draft: true })
    for (const link of ALLOWED) {
      const res = await rest.post('/contents?draft=true', content(lexicalWithLink(link)), { token: tokens.editor })
      expect({ link, status: res.status }).toEqual({ link, status: 201 })
      // (Payload's link feature stores a query-only link URL-encoded)
      expect(JSON.stringify(res.json.doc.body)).toMatch(new RegExp(`"url":"(${[link, encodeURIComponent(link)].map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})"`))
    }
    const internal = await rest.post('/contents?draft=true', content(lexicalWithLink('', { linkType: 'internal' }, { doc: { relationTo: 'contents', value: target.id } })), { token: tokens.editor })
    expect(internal.status).toBe(201)
  })
})

describe('the other Lexical fields and the URL fields', () => {
  it('guidelines.body (REST) and the brand manual rules (global, REST and GraphQL)', async () => {
    const guideline = await rest.post('/guidelines', { title: 'Guía', owner: users.head.id, reviewDate: '2027-01-01', body: lexicalWithLink('javascript:alert(1)') }, { token: tokens.head })
    expect(guideline.status).toBe(400)
    named(guideline.text, 'body')
    const manual = await rest.post('/globals/brand-manual', { rules: lexicalWithNestedLink('data:image/svg+xml,<svg onload=alert(1)>') }, { token: tokens.admin })
    expect(manual.status).toBe(400)
    named(manual.text, 'rules')
    const gql = await graphql('mutation ($rules: JSON) { updateBrandManual(data: { version: "3.0", rules: $rules }) { version } }', { rules: lexicalWithLink('javascript:alert(1)') }, tokens.admin)
    expect(gql.body.errors[0].extensions.statusCode).toBe(400)
    named(JSON.stringify(gql.body.errors), 'rules')
    const fine = await rest.post('/globals/brand-manual', { rules: lexicalWithLink('https://www.pasto.gov.co/manual') }, { token: tokens.admin })
    expect(fine.status).toBe(200)
  })

  it('legal-references.url (had no rule): javascript: and data: refused naming url, https stored', async () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,x']) {
      const res = await rest.post('/legal-references', { title: 'Ley 1712', kind: 'law', issuer: 'Congreso', url }, { token: tokens.head })
      expect(res.status).toBe(400)
      expect(res.text).toMatch(/url/)
    }
    await expect(payload.create({ collection: 'legal-references', data: { title: 'Ley 1581', kind: 'law', issuer: 'Congreso', url: 'vbscript:x' } as never, user: users.head, overrideAccess: false })).rejects.toMatchObject({ status: 400 })
    const ok = await rest.post('/legal-references', { title: 'Ley 1712', kind: 'law', issuer: 'Congreso', url: 'https://www.funcionpublica.gov.co/eva/gestornormativo/norma.php?i=56882' }, { token: tokens.head })
    expect(ok.status).toBe(201)
  })
})

describe("Payload's own file URLs of upload collections (url, thumbnailURL)", () => {
  const logoForm = async (extra: Record<string, unknown>) => {
    const png = await sharp({ create: { width: 16, height: 16, channels: 3, background: '#00843D' } }).png().toBuffer()
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), `logo-${Math.random().toString(36).slice(2, 8)}.png`)
    form.append('_payload', JSON.stringify({ title: 'Escudo', kind: 'logo', variant: 'colour', ...extra }))
    return form
  }

  // A guard, not a fix: Payload recomputes a local file's URL; a client-sent one never comes back.
  it('a client-sent javascript: file URL is never stored nor served (REST create and update, GraphQL)', async () => {
    const created = await rest.post('/brand-assets', await logoForm({ url: 'javascript:alert(1)', thumbnailURL: 'javascript:alert(2)' }), { token: tokens.admin })
    expect(created.status).toBe(201)
    const id = created.json.doc.id
    await rest.patch(`/brand-assets/${id}`, { url: 'javascript:alert(document.cookie)', thumbnailURL: 'data:text/html,x' }, { token: tokens.admin })
    await graphql('mutation ($id: Int!) { updateBrandAsset(id: $id, data: { url: "javascript:alert(1)" }) { url } }', { id }, tokens.admin)
    const served = await rest.get(`/brand-assets/${id}`, { token: tokens.admin })
    expect(served.json.url).toMatch(/^http:\/\/localhost:3000\/api\/brand-assets\/file\//)
    expect(JSON.stringify(served.json)).not.toMatch(/javascript:|data:text/)
    const stored = await payload.db.findOne({ collection: 'brand-assets', where: { id: { equals: id } } } as never)
    expect(JSON.stringify(stored)).not.toMatch(/javascript:|data:text/)
  })
})
