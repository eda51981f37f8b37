/**
 * Information management instruments (Decreto 1080/2015 arts. 2.8.5.3.1–2; Res. MinTIC 1519/2020
 * menu 7.1.1–7.1.3), issue 18 item 3: the Registro de Activos de Información, the Índice de
 * Información Clasificada y Reservada and the Esquema de Publicación come from ONE inventory (the
 * contents, archive assets and transparency menu), each in CSV, XLSX and JSON, with the fields
 * Res. 1519 names; the XLSX is opened and its cells read.
 */
import { jest } from '@jest/globals'
import type { Payload } from 'payload'

import ExcelJS from 'exceljs'
import { REST_GET } from '@payloadcms/next/routes'

import type { TestUser } from '../archive/fixtures.js'

import { bootPayload, type Booted } from '../../helpers/bootPayload.js'
import { makeContent, TEST_PASSWORD } from '../../helpers/fixtures.js'
import { restClient } from '../../helpers/rest.js'
import { fileOf, makeJpeg, makeUsers } from '../archive/fixtures.js'
import { daysFromNow } from './fixtures.js'

jest.setTimeout(180_000)

const RESERVED = {
  classification: 'reserved',
  classificationDetails: { legalBasis: 'Ley 1712 de 2014, art. 19, lit. a', objective: 'Defensa y seguridad', scope: 'total', until: daysFromNow(365) },
}

describe('information management instruments from one inventory (Decreto 1080/2015)', () => {
  let app: Booted
  let payload: Payload
  let users: Record<string, TestUser>
  let rest: ReturnType<typeof restClient>
  let tokens: Record<string, string>

  /** GET with the raw body (the XLSX is binary). */
  const download = async (path: string, token?: string) => {
    const url = new URL(`/api${path}`, 'http://localhost:3000')
    const request = new Request(url, { headers: token ? { Authorization: `JWT ${token}` } : {} })
    const response = await (REST_GET(payload.config) as any)(request, { params: Promise.resolve({ slug: url.pathname.replace(/^\/api\//, '').split('/') }) })
    return { status: response.status as number, headers: response.headers as Headers, bytes: Buffer.from(await response.arrayBuffer()) }
  }
  const sheetOf = async (bytes: Buffer) => {
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(bytes as never)
    return workbook.worksheets[0]!
  }
  const rowsOf = (sheet: ExcelJS.Worksheet): string[][] => {
    const rows: string[][] = []
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))))
    return rows
  }

  beforeAll(async () => {
    app = await bootPayload()
    payload = app.payload
    users = await makeUsers(payload)
    rest = restClient(payload.config)
    tokens = { auditor: await rest.login('auditor@pasto.gov.co', TEST_PASSWORD), requester: await rest.login('requester@pasto.gov.co', TEST_PASSWORD) }
    const published = { stage: 'published', _status: 'published', publishedAt: new Date().toISOString() }
    const bulletin = await makeContent(payload, { title: 'Boletín de la feria', slug: 'boletin-feria', kind: 'news', ...published })
    await makeContent(payload, { title: 'Borrador del discurso', kind: 'news', stage: 'draft' })
    await makeContent(payload, { title: 'Informe de seguridad del carnaval', slug: 'informe-seguridad', kind: 'press-release', ...published, ...RESERVED })
    await payload.create({
      collection: 'archive-assets',
      data: { title: 'Foto de la feria', kind: 'photo', accessLevel: 'public', consent: 'none-identifiable', alt: 'Feria' } as never,
      file: fileOf(await makeJpeg(320, 240, { seed: 3 }), 'feria.jpg', 'image/jpeg'),
      user: users.designer,
      overrideAccess: false,
    })
    // An asset filed under a TRD series: its category of information is the series.
    const series = await payload.create({ collection: 'retention-series', data: { code: '1400-45', seriesCode: '1400-45', seriesName: 'Informes de rendición de cuentas', officeYears: 2, centralYears: 8, disposition: 'CT' } as never, overrideAccess: true })
    await payload.create({
      collection: 'archive-assets',
      data: { title: 'Video de la audiencia', kind: 'photo', accessLevel: 'internal', consent: 'none-identifiable', alt: 'Audiencia', retention: { series: series.id } } as never,
      file: fileOf(await makeJpeg(320, 240, { seed: 4 }), 'audiencia.jpg', 'image/jpeg'),
      user: users.head,
      overrideAccess: false,
    })
    // The menu item 4.7.3 publishes the bulletin, monthly, owned by Cultura.
    await payload.create({
      collection: 'transparency-items',
      data: { number: '4', title: 'Planeación, presupuesto e informes' } as never,
      overrideAccess: true,
    })
    await payload.create({ collection: 'transparency-items', data: { number: '4.7', title: 'Informes de gestión, evaluación y auditoría' } as never, overrideAccess: true })
    await payload.create({
      collection: 'transparency-items',
      data: { number: '4.7.3', title: 'Informe de rendición de cuentas a ciudadanos', ownerDepartment: (users.head as any).department, updateFrequency: 'monthly', links: [{ content: bulletin.id }] } as never,
      overrideAccess: true,
    })
  }, 240_000)
  afterAll(() => app.close())

  it('the Esquema de Publicación: the fields of Res. 1519 7.1.3 in order; published records only, with the menu item’s frequency and owner; XLSX cells', async () => {
    const csv = await download('/pregonero/instruments/publication-scheme')
    expect(csv.status).toBe(200)
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/)
    const text = csv.bytes.toString('utf8')
    expect(text).toMatch(/Boletín de la feria/)
    expect(text).toMatch(/Foto de la feria/)
    expect(text).not.toMatch(/Borrador del discurso/)
    expect(text).not.toMatch(/Informe de seguridad/)

    const xlsx = await download('/pregonero/instruments/publication-scheme?format=xlsx')
    expect(xlsx.status).toBe(200)
    expect(xlsx.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    expect(xlsx.headers.get('content-disposition')).toMatch(/esquema-publicacion-informacion\.xlsx/)
    const rows = rowsOf(await sheetOf(xlsx.bytes))
    expect(rows[0]).toEqual([
      'Nombre o título de la información',
      'Idioma',
      'Medio de conservación y/o soporte',
      'Formato',
      'Fecha de generación de la información',
      'Frecuencia de actualización',
      'Lugar de consulta',
      'Nombre del responsable de la producción de la información',
      'Nombre del responsable de la información',
    ])
    const bulletin = rows.find((row) => row[0] === 'Boletín de la feria')!
    expect(bulletin[1]).toBe('Español')
    expect(bulletin[3]).toBe('HTML')
    expect(bulletin[5]).toBe('Mensual')
    expect(bulletin[6]).toMatch(/\/noticias\/boletin-feria$/)
    expect(bulletin[8]).toBe('Secretaría de Cultura')
    const photo = rows.find((row) => row[0] === 'Foto de la feria')!
    expect(photo[3]).toBe('image/jpeg')
    expect(rows.find((row) => row[0] === '4.7.3 Informe de rendición de cuentas a ciudadanos')?.[5]).toBe('Mensual')
    expect(rows.map((row) => row[0])).not.toContain('Borrador del discurso')
  })

  it('the Registro de Activos: categories of information (no titles), published or available, for anyone; the fields of 7.1.1', async () => {
    const xlsx = await download('/pregonero/instruments/asset-register?format=xlsx')
    expect(xlsx.status).toBe(200)
    const sheet = await sheetOf(xlsx.bytes)
    expect(sheet.getCell('A1').value).toBe('Nombre o título de la categoría de información')
    expect(sheet.getCell('F1').value).toBe('Información publicada o disponible')
    expect(sheet.getCell('G1').value).toBe('Enlace a www.datos.gov.co')
    const rows = rowsOf(sheet)
    const news = rows.find((row) => row[0] === 'Noticia')!
    expect(news[1]).toMatch(/2 registro\(s\), 1 publicado\(s\)/)
    expect(news[5]).toBe('Publicada y disponible')
    expect(rows.find((row) => row[0] === 'Comunicado de prensa')?.[5]).toBe('Disponible')
    expect(rows.find((row) => row[0] === 'Fotografía')?.[5]).toBe('Publicada')
    expect(rows.find((row) => row[0] === '1400-45 Informes de rendición de cuentas')?.slice(4, 6)).toEqual(['image/jpeg', 'Disponible'])
    const all = rows.flat().join(' ')
    expect(all).not.toMatch(/Borrador del discurso|Informe de seguridad/)
  })

  it('the Índice: public to anyone without the titles of what is reserved; the office and auditors see the titles; the fields of 7.1.2', async () => {
    const anonymous = await download('/pregonero/instruments/classified-index?format=xlsx')
    expect(anonymous.status).toBe(200)
    const publicRows = rowsOf(await sheetOf(anonymous.bytes))
    expect(publicRows[0]).toEqual([
      'Nombre o título de la categoría de información',
      'Nombre o título de la información',
      'Idioma',
      'Medio de conservación y/o soporte',
      'Fecha de generación de la información',
      'Nombre del responsable de la producción de la información',
      'Nombre del responsable de la información',
      'Objetivo legítimo de la excepción',
      'Fundamento constitucional o legal',
      'Fundamento jurídico de la excepción',
      'Excepción total o parcial',
      'Plazo de la clasificación o reserva',
      'Enlace a www.datos.gov.co',
    ])
    expect(publicRows).toHaveLength(2)
    expect(publicRows[1]![0]).toBe('Comunicado de prensa')
    expect(publicRows[1]![1]).toMatch(/^Comunicado de prensa n\.º \d+$/)
    expect(publicRows[1]![8]).toBe('Ley 1712 de 2014, art. 19, lit. a')
    expect(publicRows[1]![9]).toMatch(/art\. 19/)
    expect(publicRows[1]![10]).toBe('Total')
    expect(publicRows.flat().join(' ')).not.toMatch(/Informe de seguridad/)
    // A liaison is not the office: the public Índice.
    const requester = await download('/pregonero/instruments/classified-index?format=csv', tokens.requester)
    expect(requester.bytes.toString('utf8')).not.toMatch(/Informe de seguridad/)

    const auditor = await download('/pregonero/instruments/classified-index?format=xlsx', tokens.auditor)
    expect(auditor.headers.get('cache-control')).toBe('private, no-store')
    const staffRows = rowsOf(await sheetOf(auditor.bytes))
    expect(staffRows[1]![1]).toBe('Informe de seguridad del carnaval')
    const csv = (await download('/pregonero/instruments/classified-index', tokens.auditor)).bytes.toString('utf8')
    expect(csv).toMatch(/Informe de seguridad del carnaval/)
  })

  it('one inventory: a change made once shows in every instrument (no double entry)', async () => {
    const draft = (await payload.find({ collection: 'contents', where: { title: { equals: 'Borrador del discurso' } } })).docs[0] as any
    await payload.update({ collection: 'contents', id: draft.id, data: { title: 'Discurso clasificado', classification: 'classified', classificationDetails: { legalBasis: 'Ley 1712 de 2014, art. 18, lit. a', scope: 'partial', until: daysFromNow(30) } } as never, overrideAccess: true })
    const index = (await download('/pregonero/instruments/classified-index?format=json', tokens.auditor)).bytes.toString('utf8')
    expect(JSON.parse(index).rows.map((row: any) => row.title)).toEqual(expect.arrayContaining(['Discurso clasificado', 'Informe de seguridad del carnaval']))
    const register = JSON.parse((await download('/pregonero/instruments/asset-register?format=json')).bytes.toString('utf8'))
    expect(register.rows.find((row: any) => row.category === 'Noticia').description).toMatch(/2 registro\(s\)/)
  })

  it('a format other than csv, xlsx or json is refused (400 naming format), in the caller’s language', async () => {
    const es = await rest.get('/pregonero/instruments/asset-register?format=pdf')
    expect(es.status).toBe(400)
    expect(es.json.errors[0].data.errors[0].path).toBe('format')
    expect(es.json.errors[0].message).toMatch(/debe ser uno de: csv, xlsx, json/)
    const en = await rest.get('/pregonero/instruments/asset-register?format=pdf', { headers: { 'Accept-Language': 'en' } })
    expect(en.json.errors[0].message).toMatch(/must be one of: csv, xlsx, json/)
    expect(en.json.errors[0].message).not.toMatch(/debe/)
  })
})
