import { jest } from '@jest/globals'
import type { Payload } from 'payload'

import { createLocalReq } from 'payload'

import type { TestUser } from '../archive/fixtures.js'

import { approvalGate } from '../../../src/features/checks/approvalGate.js'
import { CHECK_LABELS, CHECK_NAMES } from '../../../src/features/checks/types.js'
import { englishMessages, spanishMessages } from '../../../src/kernel/i18n/index.js'
import { bootPayload, type Booted } from '../../helpers/bootPayload.js'
import { makeContent } from '../../helpers/fixtures.js'
import { fileOf, makeUsers } from '../archive/fixtures.js'
import { makeMp4 } from './fixtures.js'

jest.setTimeout(180_000)

describe('Colombian Sign Language warning at approval (Ley 982/2005, art. 13)', () => {
  let app: Booted
  let payload: Payload
  let users: Record<string, TestUser>

  const video = async (title: string, extra: Record<string, unknown>) =>
    payload.create({
      collection: 'archive-assets',
      data: { title, kind: 'video', consent: 'none-identifiable', burnedInCaptions: true, ...extra } as never,
      file: fileOf(makeMp4(), `${title.replace(/\W+/g, '-')}.mp4`, 'video/mp4'),
      user: users.producer,
      overrideAccess: false,
    }) as Promise<any>

  beforeAll(async () => {
    app = await bootPayload()
    payload = app.payload
    users = await makeUsers(payload)
  }, 240_000)
  afterAll(() => app.close())

  it('an emergency, public-safety or accountability video without LSC fails the check and blocks approval; with LSC it passes; other videos are not concerned', async () => {
    const req = await createLocalReq({}, payload)
    const emergency = await video('Alerta por lluvias', { tags: ['Emergencia', 'clima'] })
    const accountability = await video('Rendición de cuentas 2026', { tags: ['Rendición de Cuentas'], signLanguage: true })
    const festival = await video('Carnaval', { tags: ['cultura'] })

    const missing = await makeContent(payload, { title: 'Alerta', kind: 'audiovisual-piece', videos: [{ asset: emergency.id }] })
    const result = missing.checks.results.find((r: any) => r.check === 'signLanguage')
    expect(result.status).toBe('fail')
    expect(result.messages.join(' ')).toMatch(/Alerta por lluvias.*Lengua de Señas Colombiana/)
    expect(result.details.i18n[0].key).toBe('signLanguageMissing')
    expect((await approvalGate({ doc: missing, req })).some((m) => /Ley 982/.test(m))).toBe(true)

    const withLsc = await makeContent(payload, { title: 'Rendición', kind: 'audiovisual-piece', videos: [{ asset: accountability.id }] })
    expect(withLsc.checks.results.find((r: any) => r.check === 'signLanguage').status).toBe('pass')
    const other = await makeContent(payload, { title: 'Carnaval', kind: 'audiovisual-piece', videos: [{ asset: festival.id }] })
    expect(other.checks.results.find((r: any) => r.check === 'signLanguage').status).toBe('not-applicable')

    // The head overrides it with a reason; the override is audited like the other checks'.
    const overridden = (await payload.update({
      collection: 'contents', id: missing.id, data: { checkOverrides: [{ check: 'signLanguage', reason: 'Alerta urgente: la versión con LSC sale en una hora' }] } as never,
      user: users.head, overrideAccess: false, context: { skipWorkflow: true },
    })) as any
    expect(await approvalGate({ doc: overridden, req })).not.toContainEqual(expect.stringMatching(/Ley 982/))
    const events = await payload.find({ collection: 'workflow-events', where: { document: { equals: String(missing.id) } }, overrideAccess: true })
    expect(events.docs.some((e: any) => e.to === 'check:signLanguage:overridden')).toBe(true)
  })

  it('both new checks are in the approval panel in both languages', () => {
    for (const name of ['election', 'signLanguage'] as const) {
      expect(CHECK_NAMES).toContain(name)
      expect(CHECK_LABELS[name].es).toBeTruthy()
      expect(CHECK_LABELS[name].en).toBeTruthy()
      expect(CHECK_LABELS[name].es).not.toBe(CHECK_LABELS[name].en)
    }
    for (const key of ['signLanguageMissing', 'electionCheckNamed', 'electionCheckShown'] as const) {
      expect(spanishMessages[key]).toMatch(/Ley/)
      expect(englishMessages[key]).toMatch(/Ley/)
      expect(spanishMessages[key]).not.toBe(englishMessages[key])
    }
  })
})
