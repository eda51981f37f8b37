import { bootPayload, type Booted } from '../../helpers/bootPayload.js'
import { startSmtpServer } from '../../helpers/smtpServer.js'
import { makeContent, makeDepartment, makeRequest, makeUser, type TestUser } from '../../helpers/fixtures.js'
import { errorText, findOpenAlerts, type Id, runJob } from './fixtures.js'

let app: Booted
let smtp: Awaited<ReturnType<typeof startSmtpServer>>
let head: TestUser
let editor: TestUser
let requester: TestUser
let dep: Id
const DAY = 86_400_000
const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString()
const ahead = (days: number) => new Date(Date.now() + days * DAY).toISOString()
const checks = () => runJob(app.payload, 'pregoneroComplianceChecks')

beforeAll(async () => {
  smtp = await startSmtpServer()
  app = await bootPayload({ SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port) })
  dep = (await makeDepartment(app.payload, 'CUL', 'Secretaría de Cultura')).id
  head = await makeUser(app.payload, ['head'], { email: 'jefe@pasto.gov.co' })
  editor = await makeUser(app.payload, ['editor'], { email: 'editor@pasto.gov.co' })
  requester = await makeUser(app.payload, ['requester'], { email: 'enlace@pasto.gov.co', department: dep })
})
afterAll(async () => {
  await app.close()
  await smtp.stop()
})

describe('overdue requests (SLA)', () => {
  let late: Id
  let lateToo: Id
  it('raises one alert per request past its dueDate and not finished; none for finished or on time', async () => {
    late = (await makeRequest(app.payload, { title: 'Afiche festival', department: dep, dueDate: ago(2), status: 'in-production' })).id
    lateToo = (await makeRequest(app.payload, { title: 'Video', department: dep, dueDate: ago(1), status: 'accepted' })).id
    await makeRequest(app.payload, { department: dep, dueDate: ago(3), status: 'delivered' })
    await makeRequest(app.payload, { department: dep, dueDate: ago(3), status: 'closed' })
    await makeRequest(app.payload, { department: dep, dueDate: ago(3), status: 'cancelled' })
    await makeRequest(app.payload, { department: dep, dueDate: ago(3), status: 'rejected' })
    await makeRequest(app.payload, { department: dep, dueDate: ahead(3), status: 'in-production' })
    await checks()
    const open = await findOpenAlerts(app.payload, 'request-overdue')
    expect(open.map((a) => a.subjectId).sort()).toEqual([String(late), String(lateToo)].sort())
    expect(open[0].subject.collection).toBe('communication-requests')
  })
  it('is idempotent: a second run raises no duplicate', async () => {
    await checks()
    expect((await findOpenAlerts(app.payload, 'request-overdue')).length).toBe(2)
    expect((await app.payload.count({ collection: 'alerts', where: { kind: { equals: 'request-overdue' } } })).totalDocs).toBe(2)
  })
  it('resolves itself with a note when the request is delivered', async () => {
    await app.payload.update({ collection: 'communication-requests', id: late, data: { status: 'delivered' } as never, context: { skipWorkflow: true } })
    await checks()
    const open = await findOpenAlerts(app.payload, 'request-overdue')
    expect(open.map((a) => a.subjectId)).toEqual([String(lateToo)])
    const resolved = (await app.payload.find({ collection: 'alerts', where: { and: [{ kind: { equals: 'request-overdue' } }, { status: { equals: 'resolved' } }] } })).docs as any[]
    expect(resolved.length).toBe(1)
    expect(resolved[0].resolutionNote).toMatch(/atendida/)
    expect(resolved[0].resolvedAt).toBeTruthy()
  })
})

describe('plan actions behind schedule', () => {
  it('alerts when derived progress lags the expected progress by date, and resolves when it catches up', async () => {
    const plan = await app.payload.create({ collection: 'communication-plans', data: { title: 'Plan', year: 2026, scope: 'external', objective: 'o', status: 'in-execution' } as never, context: { skipWorkflow: true } })
    // half of the time gone, 0 % done → behind (tolerance 10 points)
    const behind = await app.payload.create({ collection: 'plan-actions', data: { plan: plan.id, title: 'Atrasada', responsible: editor.id, start: ago(50), end: ahead(50), target: 2 } as never })
    // just started → expected ≈ 1 %, not behind
    await app.payload.create({ collection: 'plan-actions', data: { plan: plan.id, title: 'Recién iniciada', responsible: editor.id, start: ago(1), end: ahead(99), target: 2 } as never })
    await checks()
    let open = await findOpenAlerts(app.payload, 'plan-action-behind-schedule')
    expect(open.map((a) => a.subjectId)).toEqual([String(behind.id)])
    expect(open[0].details.expected).toBeCloseTo(50, 0)
    expect(open[0].details.progress).toBe(0)
    await checks()
    expect((await findOpenAlerts(app.payload, 'plan-action-behind-schedule')).length).toBe(1)
    // one published content of two → 50 %: on schedule
    await makeContent(app.payload, { planAction: behind.id, stage: 'published' })
    await checks()
    open = await findOpenAlerts(app.payload, 'plan-action-behind-schedule')
    expect(open).toEqual([])
  })
})

describe('guideline review date', () => {
  it('a guideline past its review date raises an alert; reviewing (new date) resolves it', async () => {
    const g = await app.payload.create({
      collection: 'guidelines',
      data: { code: 'LIN-01', title: 'Lineamientos de redes sociales', owner: head.id, reviewDate: ago(1), summary: 'v1' } as never,
      user: head,
      overrideAccess: false,
    })
    // a draft is not in force: no alert
    await checks()
    expect(await findOpenAlerts(app.payload, 'guideline-review-due')).toEqual([])
    // the head approves (version 1) and publishes it to staff
    await expect(
      app.payload.update({ collection: 'guidelines', id: g.id, data: { status: 'approved' } as never, user: editor, overrideAccess: false }),
    ).rejects.toThrow()
    let doc = (await app.payload.update({ collection: 'guidelines', id: g.id, data: { status: 'approved' } as never, user: head, overrideAccess: false })) as any
    expect(doc.versionNumber).toBe(1)
    expect(doc.approval.approvedAt).toBeTruthy()
    // a requester (staff) cannot read it before publication
    expect((await app.payload.find({ collection: 'guidelines', user: requester, overrideAccess: false })).totalDocs).toBe(0)
    doc = await app.payload.update({ collection: 'guidelines', id: g.id, data: { status: 'published' } as never, user: head, overrideAccess: false })
    expect(doc.publishedAt).toBeTruthy()
    expect((await app.payload.find({ collection: 'guidelines', user: requester, overrideAccess: false })).totalDocs).toBe(1)
    await checks()
    expect((await findOpenAlerts(app.payload, 'guideline-review-due')).map((a) => a.subjectId)).toEqual([String(g.id)])
    // reviewing: a new review date keeps it published; the alert resolves
    await app.payload.update({ collection: 'guidelines', id: g.id, data: { reviewDate: ahead(365) } as never, user: head, overrideAccess: false })
    await checks()
    expect(await findOpenAlerts(app.payload, 'guideline-review-due')).toEqual([])
    // changing the text makes a new draft version that needs approval again (version 2)
    doc = await app.payload.update({ collection: 'guidelines', id: g.id, data: { summary: 'v2' } as never, user: head, overrideAccess: false })
    expect(doc.status).toBe('draft')
    doc = await app.payload.update({ collection: 'guidelines', id: g.id, data: { status: 'approved' } as never, user: head, overrideAccess: false })
    expect(doc.versionNumber).toBe(2)
    // version number is never typed in
    doc = await app.payload.update({ collection: 'guidelines', id: g.id, data: { versionNumber: 9 } as never, user: head, overrideAccess: false })
    expect(doc.versionNumber).toBe(2)
  })
})

describe('risk map: self-control checks and overdue controls', () => {
  let riskId: Id
  let weekly: string
  let monthly: string
  it('rates inherent and residual risk and refuses a residual above the inherent', async () => {
    expect(
      await errorText(
        app.payload.create({
          collection: 'risks',
          data: { title: 'r', cause: 'c', consequence: 'q', inherent: { likelihood: 2, impact: 2 }, residual: { likelihood: 3, impact: 3 } } as never,
          user: head,
          overrideAccess: false,
        }),
      ),
    ).toMatch(/residual: Riesgo residual: no puede superar el riesgo inherente$/)
    const risk = (await app.payload.create({
      collection: 'risks',
      data: {
        code: 'R-01',
        title: 'Publicación de información errónea',
        cause: 'Falta de verificación de datos',
        consequence: 'Pérdida de credibilidad',
        owner: head.id,
        inherent: { likelihood: 4, impact: 4 },
        residual: { likelihood: 2, impact: 3 },
        controls: [
          { description: 'Verificación de fuentes', owner: editor.id, frequency: 'weekly' },
          { description: 'Revisión del jefe', owner: head.id, frequency: 'monthly' },
        ],
      } as never,
      user: head,
      overrideAccess: false,
    })) as any
    riskId = risk.id
    expect(risk.inherent).toMatchObject({ score: 16, level: 'extreme' })
    expect(risk.residual).toMatchObject({ score: 6, level: 'moderate' })
    weekly = risk.controls[0].id
    monthly = risk.controls[1].id
  })

  it('a control without a check within its frequency raises one alert per risk; checks resolve it', async () => {
    // 10 days from now the weekly control is overdue, the monthly one is not
    const in10 = new Date(Date.now() + 10 * DAY).toISOString()
    await runJob(app.payload, 'pregoneroComplianceChecks', { now: in10 })
    let open = await findOpenAlerts(app.payload, 'risk-control-check-overdue')
    expect(open.map((a) => a.subjectId)).toEqual([String(riskId)])
    expect(open[0].details.controls.map((c: any) => c.controlId)).toEqual([weekly])
    // recording the self-control check (dated in 9 days) clears the weekly control
    const check = (await app.payload.create({
      collection: 'risk-control-checks',
      data: { risk: riskId, controlId: weekly, result: 'effective', observations: '3 boletines verificados', checkedAt: new Date(Date.now() + 9 * DAY).toISOString() } as never,
      user: editor,
      overrideAccess: false,
    })) as any
    expect(String(check.checkedBy?.id ?? check.checkedBy)).toBe(String(editor.id))
    await runJob(app.payload, 'pregoneroComplianceChecks', { now: in10 })
    expect(await findOpenAlerts(app.payload, 'risk-control-check-overdue')).toEqual([])
    // 40 days out both are overdue again
    await runJob(app.payload, 'pregoneroComplianceChecks', { now: new Date(Date.now() + 40 * DAY).toISOString() })
    open = await findOpenAlerts(app.payload, 'risk-control-check-overdue')
    expect(open[0].details.controls.map((c: any) => c.controlId).sort()).toEqual([weekly, monthly].sort())
  })

  it('checks name an existing control and are append-only', async () => {
    expect(
      await errorText(app.payload.create({ collection: 'risk-control-checks', data: { risk: riskId, controlId: 'nope', result: 'effective' } as never, user: editor, overrideAccess: false })),
    ).toMatch(/controlId: Control \(id\): el control no pertenece al riesgo$/)
    const { docs } = await app.payload.find({ collection: 'risk-control-checks', limit: 1 })
    await expect(
      app.payload.update({ collection: 'risk-control-checks', id: docs[0].id, data: { result: 'not-effective' } as never, user: head, overrideAccess: false }),
    ).rejects.toThrow()
    await expect(app.payload.delete({ collection: 'risk-control-checks', id: docs[0].id, user: head, overrideAccess: false })).rejects.toThrow()
  })

  it('a materialised risk opens a corrective improvement action, once', async () => {
    expect(
      await errorText(app.payload.update({ collection: 'risks', id: riskId, data: { status: 'materialised' } as never, user: head, overrideAccess: false })),
    ).toMatch(/materialisationNote/)
    const risk = (await app.payload.update({
      collection: 'risks',
      id: riskId,
      data: { status: 'materialised', materialisationNote: 'Se publicó una cifra errada de vacunación' } as never,
      user: head,
      overrideAccess: false,
    })) as any
    const actions = (await app.payload.find({ collection: 'improvement-actions', where: { originRisk: { equals: riskId } } })).docs as any[]
    expect(actions.length).toBe(1)
    expect(actions[0]).toMatchObject({ type: 'corrective', origin: 'risk', status: 'open' })
    expect(actions[0].rootCause).toMatch(/verificación/)
    expect(String(actions[0].responsible?.id ?? actions[0].responsible)).toBe(String(head.id))
    const reread = (await app.payload.findByID({ collection: 'risks', id: riskId, depth: 0 })) as any
    expect(String(reread.improvementAction)).toBe(String(actions[0].id))
    expect(risk.materialisedAt ?? reread.materialisedAt).toBeTruthy()
    await app.payload.update({ collection: 'risks', id: riskId, data: { consequence: 'Pérdida de credibilidad y reclamos' } as never, user: head, overrideAccess: false })
    expect((await app.payload.count({ collection: 'improvement-actions', where: { originRisk: { equals: riskId } } })).totalDocs).toBe(1)
  })
})

describe('overdue improvement actions and the head digest', () => {
  it('an overdue open action raises an alert that resolves once it is done', async () => {
    const action = await app.payload.create({
      collection: 'improvement-actions',
      data: { title: 'Ajustar protocolo', type: 'improvement', origin: 'audit', rootCause: 'Sin protocolo', responsible: editor.id, dueDate: ago(1) } as never,
      user: head,
      overrideAccess: false,
    })
    await checks()
    expect((await findOpenAlerts(app.payload, 'improvement-action-overdue')).map((a) => a.subjectId)).toEqual([String(action.id)])
    await app.payload.update({ collection: 'improvement-actions', id: action.id, data: { status: 'in-progress' } as never, user: editor, overrideAccess: false })
    await app.payload.update({ collection: 'improvement-actions', id: action.id, data: { status: 'done' } as never, user: editor, overrideAccess: false })
    await checks()
    expect(await findOpenAlerts(app.payload, 'improvement-action-overdue')).toEqual([])
  })

  it('e-mails the head one digest of the new alerts and never sends the same alert twice', async () => {
    const before = smtp.messages.length
    const unsent = (await app.payload.count({ collection: 'alerts', where: { and: [{ notifiedAt: { exists: false } }, { status: { not_equals: 'resolved' } }] } })).totalDocs
    expect(unsent).toBeGreaterThan(0)
    await runJob(app.payload, 'pregoneroAlertDigest')
    await smtp.waitFor(before + 1)
    const mail = smtp.messages[before]
    expect(mail.to).toEqual(['jefe@pasto.gov.co'])
    expect(mail.subject).toContain(`${unsent} ${unsent === 1 ? 'nueva alerta' : 'nuevas alertas'}`)
    expect(mail.text).toMatch(/venció/)
    expect((await app.payload.count({ collection: 'alerts', where: { notifiedAt: { exists: false } } })).totalDocs).toBe(0)
    // nothing new: no mail
    await runJob(app.payload, 'pregoneroAlertDigest')
    await new Promise((r) => setTimeout(r, 300))
    expect(smtp.messages.length).toBe(before + 1)
    // a new alert goes in the next digest, alone
    await makeRequest(app.payload, { title: 'Cuña radial', department: dep, dueDate: ago(1), status: 'accepted' })
    await checks()
    await runJob(app.payload, 'pregoneroAlertDigest')
    await smtp.waitFor(before + 2)
    expect(smtp.messages[before + 1].subject).toContain('1 nueva alerta')
  })

  it('a head who reads English gets the digest in English; the others in Spanish, each alert in that language', async () => {
    const english = await makeUser(app.payload, ['head'], { email: 'head.en@pasto.gov.co' })
    await app.payload.update({ collection: 'users', id: english.id, data: { language: 'en' } as never, overrideAccess: true })
    await makeRequest(app.payload, { title: 'Perifoneo', department: dep, dueDate: ago(2), status: 'accepted' })
    await checks()
    const before = smtp.messages.length
    await runJob(app.payload, 'pregoneroAlertDigest')
    const mails = (await smtp.waitFor(before + 2)).slice(before)
    const toEnglish = mails.find((m) => m.to.includes('head.en@pasto.gov.co'))!
    const toSpanish = mails.find((m) => m.to.includes('jefe@pasto.gov.co'))!
    expect(toEnglish.to).toEqual(['head.en@pasto.gov.co'])
    expect(toEnglish.subject).toMatch(/new compliance alert/)
    expect(toEnglish.text).toMatch(/Request .*"Perifoneo" was due on \d\d\/\d\d\/\d{4} and is still "Accepted"/)
    expect(toEnglish.text).not.toMatch(/venció|Resumen/)
    expect(toSpanish.subject).toMatch(/nueva alerta de cumplimiento/)
    expect(toSpanish.text).toMatch(/"Perifoneo" venció el \d\d\/\d\d\/\d{4} y sigue en estado "Aceptada"/)
    for (const mail of mails) expect(mail.text).not.toMatch(/ \/ [a-z]/)
  })
})
