/**
 * The endpoints the admin's CSV import panel (src/features/monitoring/components/CsvImportPanel.tsx) calls,
 * over the real REST handlers: GET /api/monitoring/import/options, then a multipart POST with the
 * file, the chosen mapping, account, policy and dry-run flag, answered with the row-level report.
 */
import { bootPayload, type Booted } from '../../helpers/bootPayload.js'
import { restClient } from '../../helpers/rest.js'
import { makeUser, TEST_PASSWORD, type TestUser } from '../../helpers/fixtures.js'
import { type Base, fixture, seedBase } from './helpers.js'

let app: Booted
let base: Base
let rest: ReturnType<typeof restClient>
let facebook: number | string
const tokens = new Map<string, string>()

const tokenOf = async (user: TestUser) => {
  if (!tokens.has(String(user.id))) {
    const doc = (await app.payload.findByID({ collection: 'users', id: user.id as number })) as unknown as { email: string }
    tokens.set(String(user.id), await rest.login(doc.email, TEST_PASSWORD))
  }
  return tokens.get(String(user.id))!
}
const upload = async (path: string, user: TestUser, csv: string, fields: Record<string, string>) => {
  const form = new FormData()
  form.append('file', new Blob([csv], { type: 'text/csv' }), 'export.csv')
  for (const [k, v] of Object.entries(fields)) form.append(k, v)
  return rest.post(path, form, { token: await tokenOf(user) })
}

beforeAll(async () => {
  app = await bootPayload()
  rest = restClient(app.payload.config)
  base = await seedBase(app.payload)
  facebook = ((await app.payload.create({ collection: 'social-accounts' as never, data: { network: 'facebook', handle: 'alcaldiadepasto' } as never })) as unknown as { id: number | string }).id
})
afterAll(() => app.close())

describe('CSV import screen: options', () => {
  it('lists the mappings and accounts each role may import into; 401 anonymous, 403 without an import role', async () => {
    const editor = await makeUser(app.payload, ['editor'])
    const community = await makeUser(app.payload, ['community'])
    const auditor = await makeUser(app.payload, ['auditor'])
    const asEditor = await rest.get('/monitoring/import/options', { token: await tokenOf(editor) })
    expect(asEditor.status).toBe(200)
    expect(asEditor.json.mentions.mappings.map((m: any) => m.name)).toEqual(['generic'])
    expect(asEditor.json.mentions.mappings[0].columns.outlet).toContain('medio')
    expect(asEditor.json.socialMetrics).toBeNull()
    const asCommunity = await rest.get('/monitoring/import/options', { token: await tokenOf(community) })
    expect(asCommunity.json.mentions).toBeNull()
    expect(asCommunity.json.socialMetrics.mappings.map((m: any) => m.name)).toEqual(['generic', 'meta', 'x', 'youtube'])
    expect(asCommunity.json.socialMetrics.accounts).toEqual([expect.objectContaining({ id: facebook, network: 'facebook', handle: 'alcaldiadepasto' })])
    expect((await rest.get('/monitoring/import/options', { token: await tokenOf(auditor) })).status).toBe(403)
    expect((await rest.get('/monitoring/import/options')).status).toBe(401)
  })
})

describe('CSV import screen: upload with a chosen mapping', () => {
  it('a dry run reports every row with its line and reason and writes nothing; then the import lands the valid rows', async () => {
    const editor = await makeUser(app.payload, ['editor'])
    const csv = await fixture('mentions-bad.csv')
    const dry = await upload('/monitoring/import/mentions', editor, csv, { mapping: 'generic', policy: 'valid-rows', dryRun: 'true' })
    expect(dry.status).toBe(200)
    expect(dry.json).toMatchObject({ mapping: 'generic', dryRun: true, committed: false, created: 0, valid: 2, rejected: 8, skipped: 1 })
    expect(dry.json.rows[0]).toMatchObject({ line: 3, status: 'rejected', field: 'date' })
    for (const row of dry.json.rows) expect(row).toEqual(expect.objectContaining({ line: expect.any(Number), reason: expect.any(String) }))
    expect((await app.payload.count({ collection: 'media-mentions' })).totalDocs).toBe(0)

    const real = await upload('/monitoring/import/mentions', editor, csv, { mapping: 'generic', policy: 'valid-rows', dryRun: 'false' })
    expect(real.status).toBe(201)
    expect(real.json).toMatchObject({ committed: true, created: 2, rejected: 8 })
    expect((await app.payload.count({ collection: 'media-mentions' })).totalDocs).toBe(2)
  })

  it('social metrics with the Meta layout and a chosen account; an unknown mapping or account is a 400 naming the field', async () => {
    const community = await makeUser(app.payload, ['community'])
    const csv = await fixture('social-meta.csv')
    const ok = await upload('/monitoring/import/social-metrics', community, csv, { mapping: 'meta', account: String(facebook), dryRun: 'false' })
    expect(ok.status).toBe(201)
    expect(ok.json).toMatchObject({ mapping: 'meta', created: 3, skipped: 1 })
    expect(ok.json.rows).toEqual([expect.objectContaining({ line: 5, status: 'skipped' })]) // the totals row

    const badMapping = await upload('/monitoring/import/social-metrics', community, csv, { mapping: 'tiktok', account: String(facebook) })
    expect(badMapping.status).toBe(400)
    expect(badMapping.json.errors[0].message).toMatch(/^Formato de columnas: /)
    expect(badMapping.json.errors[0].data.errors[0].path).toBe('mapping')
    const badAccount = await upload('/monitoring/import/social-metrics', community, csv, { mapping: 'meta', account: '999999' })
    expect(badAccount.status).toBe(400)
    expect(badAccount.json.errors[0].message).toMatch(/^Cuenta: /)
    expect(badAccount.json.errors[0].data.errors[0].path).toBe('account')
    const badPolicy = await upload('/monitoring/import/social-metrics', community, csv, { mapping: 'meta', account: String(facebook), policy: 'some' })
    expect(badPolicy.status).toBe(400)
    expect(badPolicy.json.errors[0].message).toMatch(/^Política de duplicados: /)
    expect(badPolicy.json.errors[0].data.errors[0].path).toBe('policy')
  })
})
