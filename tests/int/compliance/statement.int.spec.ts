import { jest } from '@jest/globals'
import type { Payload } from 'payload'

import { createLocalReq } from 'payload'

import { GRAPHQL_POST } from '@payloadcms/next/routes'

import type { TestUser } from '../archive/fixtures.js'

import { runAccessibilityStatementFigures } from '../../../src/features/compliance/tasks/accessibilityStatementFigures.js'
import { contentText } from '../../../src/features/checks/computeChecks.js'
import { fernandezHuerta } from '../../../src/features/checks/plainLanguage.js'
import { bootPayload, type Booted } from '../../helpers/bootPayload.js'
import { makeContent, TEST_PASSWORD } from '../../helpers/fixtures.js'
import { restClient } from '../../helpers/rest.js'
import { fileOf, makeJpeg, makeUsers } from '../archive/fixtures.js'
import { makeMp4 } from './fixtures.js'

jest.setTimeout(180_000)

const published = { stage: 'published', _status: 'published', publishedAt: '2026-11-02T15:00:00.000Z' }

describe('accessibility statement (Res. MinTIC 1519/2020, Anexo 1)', () => {
  let app: Booted
  let payload: Payload
  let users: Record<string, TestUser>
  let rest: ReturnType<typeof restClient>

  const asset = async (title: string, kind: 'photo' | 'video', extra: Record<string, unknown> = {}) =>
    payload.create({
      collection: 'archive-assets',
      data: { title, kind, consent: 'none-identifiable', ...extra } as never,
      file: kind === 'video' ? fileOf(makeMp4(), `${title}.mp4`, 'video/mp4') : fileOf(await makeJpeg(320, 240, { seed: title.length }), `${title}.jpg`, 'image/jpeg'),
      overrideAccess: true,
    }) as Promise<any>
  const versions = async () => (await payload.findGlobalVersions({ slug: 'accessibility-statement', limit: 0 })).totalDocs

  beforeAll(async () => {
    app = await bootPayload()
    payload = app.payload
    users = await makeUsers(payload)
    rest = restClient(payload.config)
  }, 240_000)
  afterAll(() => app.close())

  it('the head writes the statement; an editor cannot; nobody writes the figures by hand', async () => {
    await payload.updateGlobal({
      slug: 'accessibility-statement',
      data: { statement: 'La Alcaldía se compromete con la accesibilidad.', contact: { email: 'accesibilidad@pasto.gov.co', phone: '602 7244326', office: 'CAM Anganoy' }, knownLimitations: 'Videos antiguos sin subtítulos.' } as never,
      user: users.head,
      overrideAccess: false,
    })
    await expect(
      payload.updateGlobal({ slug: 'accessibility-statement', data: { statement: 'otro' } as never, user: users.editor, overrideAccess: false }),
    ).rejects.toThrow()
    const token = await rest.login(users.editor.email, TEST_PASSWORD)
    expect((await rest.post('/globals/accessibility-statement', { statement: 'otro' }, { token })).status).toBe(403)
    await payload.updateGlobal({ slug: 'accessibility-statement', data: { figures: { captionedVideosShare: 100 } } as never, user: users.head, overrideAccess: false })
    const statement = (await payload.findGlobal({ slug: 'accessibility-statement' })) as any
    expect(statement.statement).toBe('La Alcaldía se compromete con la accesibilidad.')
    expect(statement.conformanceTarget).toBe('wcag-2.1-aa')
    expect(statement.figures?.captionedVideosShare ?? null).toBeNull()
  })

  it('the figures are measured on published contents only: 1 captioned video of 2 → 50 %, 3 images with alt of 4 (hero and inline body images) → 75 %, the average plain-language score', async () => {
    const captioned = await asset('captioned', 'video', { burnedInCaptions: true })
    const bare = await asset('bare', 'video', { burnedInCaptions: false })
    const withAlt = await asset('withalt', 'photo', { alt: 'Plaza de Nariño' })
    const noAlt = await asset('noalt', 'photo')
    let node = 0
    const inlineBody = (id: number | string, alt?: string) => ({
      root: {
        type: 'root', version: 1, direction: 'ltr', format: '', indent: 0,
        children: [{ type: 'upload', version: 3, format: '', id: `66a1b2c3d4e5f6a7b8c9d${String(++node).padStart(3, '0')}`, relationTo: 'archive-assets', value: id, fields: alt ? { alt } : {} }],
      },
    })
    const docs = [
      await makeContent(payload, { ...published, title: 'Video con subtítulos', summary: 'La feria abre el sábado.', videos: [{ asset: captioned.id }], heroImage: withAlt.id }),
      await makeContent(payload, { ...published, title: 'Video sin subtítulos', summary: 'El alcalde presentó el informe de gestión institucional.', videos: [{ asset: bare.id }], heroImage: noAlt.id, heroImageAlt: 'Informe' }),
      await makeContent(payload, { ...published, title: 'Portada sin texto alternativo', heroImage: noAlt.id }),
      await makeContent(payload, { ...published, title: 'Cuerpo', body: inlineBody(noAlt.id, 'Mapa del barrio') }),
    ]
    // Drafts do not count.
    await makeContent(payload, { title: 'Borrador', videos: [{ asset: bare.id }], heroImage: noAlt.id }, { draft: true })
    const before = await versions()
    const req = await createLocalReq({}, payload)
    expect(await runAccessibilityStatementFigures(req)).toMatchObject({ measured: true })
    expect(await versions()).toBe(before + 1)
    // The monthly job measures once a month: a second run (a retry, a duplicated schedule) adds no version.
    expect(await runAccessibilityStatementFigures(await createLocalReq({}, payload))).toMatchObject({ measured: false })
    expect(await versions()).toBe(before + 1)

    const statement = (await rest.get('/globals/accessibility-statement')).json
    expect(statement.statement).toBe('La Alcaldía se compromete con la accesibilidad.')
    expect(statement.figures).toMatchObject({ videosTotal: 2, videosCaptioned: 1, captionedVideosShare: 50, imagesTotal: 4, imagesWithAlt: 3, imagesWithAltShare: 75, contentsMeasured: 4 })
    const scores = docs.map((doc) => fernandezHuerta(contentText(doc))!)
    expect(statement.figures.plainLanguageAverage).toBeCloseTo(scores.reduce((a, b) => a + b, 0) / scores.length, 0)
    expect(new Date(statement.figures.measuredAt).getTime()).toBeGreaterThan(Date.now() - 60_000)
  })

  it('anyone reads the published statement over REST and GraphQL; versions stay with staff', async () => {
    const res = await rest.get('/globals/accessibility-statement')
    expect(res.status).toBe(200)
    expect(res.json.contact.email).toBe('accesibilidad@pasto.gov.co')
    const gql = (await (
      await GRAPHQL_POST(payload.config)(
        new Request('http://localhost:3000/api/graphql', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ query: '{ AccessibilityStatement { statement figures { captionedVideosShare } } }' }) }),
      )
    ).json()) as any
    expect(gql.data.AccessibilityStatement).toEqual({ statement: 'La Alcaldía se compromete con la accesibilidad.', figures: { captionedVideosShare: 50 } })
    expect((await rest.get('/globals/accessibility-statement/versions')).status).not.toBe(200)
  })

  it('"Actualizar cifras": the head refreshes the figures (one new version per run); an editor and anonymous callers cannot', async () => {
    const before = await versions()
    const head = await rest.login(users.head.email, TEST_PASSWORD)
    const first = await rest.post('/pregonero/accessibility-statement/refresh', undefined, { token: head })
    expect(first.status).toBe(200)
    expect(first.json.figures.captionedVideosShare).toBe(50)
    expect((await rest.post('/pregonero/accessibility-statement/refresh', undefined, { token: head })).status).toBe(200)
    expect(await versions()).toBe(before + 2)
    const editor = await rest.login(users.editor.email, TEST_PASSWORD)
    expect((await rest.post('/pregonero/accessibility-statement/refresh', undefined, { token: editor })).status).toBe(403)
    expect((await rest.post('/pregonero/accessibility-statement/refresh')).status).toBe(401)
    expect(await versions()).toBe(before + 2)
  })
})
