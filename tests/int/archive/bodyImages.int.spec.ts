import { jest } from '@jest/globals'
import type { Payload } from 'payload'

import { bootPayload, type Booted } from '../../helpers/bootPayload.js'
import { makeContent, makeUser } from '../../helpers/fixtures.js'
import { assetData, fileOf, makeJpeg } from './fixtures.js'

jest.setTimeout(180_000)

let nodeCounter = 0
/** A Lexical upload node (version 3, as the admin writes it) with its own fields. */
const uploadNode = (relationTo: string, value: number | string, fields: Record<string, unknown> = {}) => ({
  type: 'upload',
  version: 3,
  format: '',
  id: `66a1b2c3d4e5f6a7b8c9d${String(++nodeCounter).padStart(3, '0')}`,
  relationTo,
  value,
  fields,
})
const text = (value: string) => ({
  type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, textFormat: 0,
  children: [{ type: 'text', version: 1, text: value, format: 0, detail: 0, mode: 'normal', style: '' }],
})
const body = (...children: unknown[]) => ({ root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children } })

describe('inline images of a content body: alternative text on the node (UploadFeature fields)', () => {
  let app: Booted
  let payload: Payload
  let photo: any // an archive photo with no alt of its own
  let photoWithAlt: any
  let pdf: any

  beforeAll(async () => {
    app = await bootPayload()
    payload = app.payload
    const designer = await makeUser(payload, ['designer'])
    const upload = (data: Buffer, name: string, mimetype: string, extra: Record<string, unknown>) =>
      payload.create({ collection: 'archive-assets', data: assetData(extra) as never, file: fileOf(data, name, mimetype), user: designer, overrideAccess: false })
    photo = await upload(await makeJpeg(640, 480, { seed: 71 }), 'plaza.jpg', 'image/jpeg', { title: 'Plaza de Nariño', consent: 'none-identifiable' })
    photoWithAlt = await upload(await makeJpeg(640, 480, { seed: 72 }), 'galeras.jpg', 'image/jpeg', {
      title: 'Volcán Galeras', consent: 'none-identifiable', alt: 'El volcán Galeras al amanecer',
    })
    const pdfBytes = Buffer.from(
      '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
    )
    pdf = await upload(pdfBytes, 'acta.pdf', 'application/pdf', { kind: 'document', title: 'Acta' })
  }, 240_000)
  afterAll(() => app.close())

  const createContent = (content: unknown, opts: { draft?: boolean } = {}) => makeContent(payload, { title: 'Obras en la plaza', body: content }, opts)
  const accessibility = (content: any) => content.checks.results.find((r: any) => r.check === 'accessibility')

  it('the body editor gives archive and brand asset uploads the alt and decorative node fields', () => {
    const field = payload.collections.contents.config.fields.find((f: any) => f.name === 'body') as any
    const upload = field.editor.editorConfig.resolvedFeatureMap.get('upload')
    expect(upload).toBeTruthy()
    const props = upload.sanitizedServerFeatureProps
    for (const slug of ['archive-assets', 'brand-assets']) {
      expect(props.collections[slug].fields.map((f: any) => f.name)).toEqual(['alt', 'decorative'])
    }
    expect([...props.enabledCollectionSlugs].sort()).toEqual(['archive-assets', 'brand-assets'])
  })

  it('a draft whose inline image has no alt fails the accessibility check, naming the image', async () => {
    const content = await createContent(body(text('La plaza renovada.'), uploadNode('archive-assets', photo.id)), { draft: true })
    const result = accessibility(content)
    expect(result.status).toBe('fail')
    expect(result.messages.join(' ')).toMatch(/cuerpo, imagen 1: Plaza de Nariño/)
    expect(content.checks.blocking).toBe(true)
  })

  it('a non-draft save of that body is refused: 400 naming the body field and the rule; nothing stored', async () => {
    const before = await payload.count({ collection: 'contents', overrideAccess: true })
    const error = (await createContent(body(uploadNode('archive-assets', photo.id, { alt: '  ' }))).catch((e: unknown) => e)) as any
    expect(error?.status).toBe(400)
    expect(error.data.errors).toEqual([
      expect.objectContaining({ path: 'body', message: expect.stringMatching(/^Cuerpo: la imagen "[^"]+" necesita texto alternativo o marcarse como decorativa$/) }),
    ])
    expect((await payload.count({ collection: 'contents', overrideAccess: true })).totalDocs).toBe(before.totalDocs)
  })

  it('alt text on the node passes the check and the validation', async () => {
    const content = await createContent(body(uploadNode('archive-assets', photo.id, { alt: 'Niños jugando en la plaza renovada' })))
    expect(accessibility(content).status).toBe('pass')
    const stored = (await payload.findByID({ collection: 'contents', id: content.id, overrideAccess: true, depth: 0 })) as any
    expect(stored.body.root.children[0].fields.alt).toBe('Niños jugando en la plaza renovada')
  })

  it('a node marked decorative passes without alt', async () => {
    const content = await createContent(body(uploadNode('archive-assets', photo.id, { decorative: true })))
    expect(accessibility(content).status).toBe('pass')
  })

  it("the asset's own alt covers a node without one (as for the hero image); a linked PDF needs none", async () => {
    const content = await createContent(body(uploadNode('archive-assets', photoWithAlt.id), uploadNode('archive-assets', pdf.id)))
    expect(accessibility(content).status).toBe('pass')
  })

  it('only the second of two images lacking alt is named', async () => {
    const content = await createContent(
      body(uploadNode('archive-assets', photo.id, { alt: 'Plaza' }), uploadNode('archive-assets', photo.id)),
      { draft: true },
    )
    const messages = accessibility(content).messages
    expect(messages).toHaveLength(1)
    expect(messages[0]).toMatch(/cuerpo, imagen 2/)
  })
})
