import { jest } from '@jest/globals'
import type { Payload } from 'payload'

import type { TestUser } from '../archive/fixtures.js'

import { ANEXO2_ITEMS } from '../../../src/features/compliance/transparency/anexo2.js'
import { seedTransparencyMenu } from '../../../src/features/compliance/transparency/seedMenu.js'
import { bootPayload, type Booted } from '../../helpers/bootPayload.js'
import { makeContent } from '../../helpers/fixtures.js'
import { restClient } from '../../helpers/rest.js'
import { makeUsers } from '../archive/fixtures.js'

jest.setTimeout(180_000)

const find = (nodes: any[], number: string): any => {
  for (const node of nodes) {
    if (node.number === number) return node
    const inner = find(node.children, number)
    if (inner) return inner
  }
  return null
}

describe('transparency menu (Ley 1712/2014; Res. MinTIC 1519/2020, Anexo 2)', () => {
  let app: Booted
  let payload: Payload
  let users: Record<string, TestUser>
  let rest: ReturnType<typeof restClient>
  const byNumber = async (number: string) =>
    ((await payload.find({ collection: 'transparency-items', where: { number: { equals: number } }, limit: 1 })).docs[0]) as any

  beforeAll(async () => {
    app = await bootPayload()
    payload = app.payload
    users = await makeUsers(payload)
    rest = restClient(payload.config)
  }, 240_000)
  afterAll(() => app.close())

  it('the seed adds the Anexo 2 numbering once, parents linked; running it again adds nothing and keeps the office’s edits', async () => {
    expect(await seedTransparencyMenu(payload)).toBe(ANEXO2_ITEMS.length)
    const item = await byNumber('4.7.3')
    expect(String(item.parent?.id ?? item.parent)).toBe(String((await byNumber('4.7')).id))
    await payload.update({ collection: 'transparency-items', id: item.id, data: { title: 'Informe de rendición de cuentas 2026' } as never, user: users.editor, overrideAccess: false })
    expect(await seedTransparencyMenu(payload)).toBe(0)
    expect((await byNumber('4.7.3')).title).toBe('Informe de rendición de cuentas 2026')
  })

  it('GET /api/pregonero/transparency gives the tree in menu order to anyone', async () => {
    const res = await rest.get('/pregonero/transparency')
    expect(res.status).toBe(200)
    const roots = res.json.items as any[]
    expect(roots.map((node) => node.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'])
    const four = find(roots, '4')
    const numbers = four.children.map((node: any) => node.number)
    expect(numbers.indexOf('4.10')).toBe(numbers.length - 1)
    expect(find(roots, '4.7').children.map((node: any) => node.number)).toEqual(['4.7.3', '4.7.5'])
    expect(find(roots, '7.1').title).toBe('Instrumentos de gestión de la información')
    // Res. 1519 menu 7.1.1–7.1.6 (research TR-4, AR-4; cartagena.gov.co/transparencia) and 1.11 as the research names it.
    expect(find(roots, '7.1').children.map((node: any) => [node.number, node.title])).toEqual([
      ['7.1.1', 'Registro de Activos de Información (RAI)'],
      ['7.1.2', 'Índice de Información Clasificada y Reservada'],
      ['7.1.3', 'Esquema de Publicación de Información'],
      ['7.1.4', 'Programa de Gestión Documental'],
      ['7.1.5', 'Tablas de Retención Documental'],
      ['7.1.6', 'Costos de reproducción de información pública'],
    ])
    expect(find(roots, '1.11').title).toBe('Calendario de actividades')
    // 7.1.1–7.1.3 link to the instruments the plugin generates, so the public menu offers them.
    expect(find(roots, '7.1.2').links.map((link: any) => [link.label, link.url])).toEqual([
      ['CSV', expect.stringMatching(/^https?:\/\/.+\/api\/pregonero\/instruments\/classified-index$/)],
      ['XLSX', expect.stringMatching(/\/api\/pregonero\/instruments\/classified-index\?format=xlsx$/)],
    ])
    const { createLocalReq } = await import('payload')
    const { transparencyCompleteness } = await import('../../../src/features/compliance/transparency/completeness.js')
    const gaps = await transparencyCompleteness(await createLocalReq({}, payload))
    const problemsOf = (number: string) => gaps.find((gap) => gap.number === number)?.problems ?? []
    expect(problemsOf('7.1.2')).not.toContain('empty')
    expect(problemsOf('7.1.4')).toContain('empty')
  })

  it('"no aplica" requires its public legal justification, which the tree shows', async () => {
    const item = await byNumber('10.2')
    const refused = await payload
      .update({ collection: 'transparency-items', id: item.id, data: { notApplicable: true } as never, user: users.head, overrideAccess: false })
      .catch((error: any) => error)
    expect(refused.status).toBe(400)
    expect(JSON.stringify(refused.data)).toMatch(/notApplicableJustification/)
    await payload.update({
      collection: 'transparency-items', id: item.id, data: { notApplicable: true, notApplicableJustification: 'El ICA lo liquida la Secretaría de Hacienda en su propio portal (Acuerdo municipal 046 de 2017).' } as never,
      user: users.head, overrideAccess: false,
    })
    const node = find((await rest.get('/pregonero/transparency')).json.items, '10.2')
    expect(node.notApplicable).toBe(true)
    expect(node.justification).toMatch(/Secretaría de Hacienda/)
  })

  it('links: a public content, a dataset and a URL appear; a draft or reserved content never does', async () => {
    const published = await makeContent(payload, { title: 'Informe de gestión 2026', slug: 'informe-gestion-2026', stage: 'published', _status: 'published', publishedAt: new Date().toISOString() })
    const draft = await makeContent(payload, { title: 'Borrador secreto', slug: 'borrador-secreto' })
    const reserved = await makeContent(payload, {
      title: 'Informe reservado', slug: 'informe-reservado', stage: 'published', _status: 'published', publishedAt: new Date().toISOString(),
      classification: 'reserved', classificationDetails: { legalBasis: 'Ley 1712, art. 19', scope: 'total', until: new Date(Date.now() + 86_400_000 * 365).toISOString() },
    })
    const item = await byNumber('4.7')
    await payload.update({
      collection: 'transparency-items', id: item.id,
      data: { links: [{ content: published.id }, { content: draft.id }, { content: reserved.id }, { dataset: 'published-contents', label: 'Datos' }, { url: 'https://www.pasto.gov.co/informes', label: 'Informes' }] } as never,
      user: users.editor, overrideAccess: false,
    })
    const node = find((await rest.get('/pregonero/transparency')).json.items, '4.7')
    const text = JSON.stringify(node.links)
    expect(node.links).toHaveLength(3)
    expect(text).toMatch(/informe-gestion-2026/)
    expect(text).toMatch(/open-data\/published-contents\.csv/)
    expect(text).toMatch(/pasto\.gov\.co\/informes/)
    expect(text).not.toMatch(/secreto|reservado/)
  })

  it('a sub-item needs its parent; requesters and anonymous callers do not write the menu', async () => {
    const orphan = await payload
      .create({ collection: 'transparency-items', data: { number: '9.9.1', title: 'Huérfano' } as never, user: users.head, overrideAccess: false })
      .catch((error: any) => error)
    expect(orphan.status).toBe(400)
    expect(JSON.stringify(orphan.data)).toMatch(/9\.9/)
    const item = await byNumber('1.1')
    await expect(payload.update({ collection: 'transparency-items', id: item.id, data: { title: 'x' } as never, user: users.requester, overrideAccess: false })).rejects.toMatchObject({ status: 403 })
    await expect(payload.create({ collection: 'transparency-items', data: { number: '11', title: 'x' } as never, overrideAccess: false })).rejects.toMatchObject({ status: 403 })
  })
})
