import { factCheckKey, signFactCheckToken } from '../../../src/features/workflow/factCheck/token.js'
import { englishMessages, spanishMessages } from '../../../src/kernel/i18n/index.js'
import { officeDateText } from '../../../src/kernel/time/officeDates.js'
import { bootPayload, type Booted } from '../../helpers/bootPayload.js'
import { startSmtpServer } from '../../helpers/smtpServer.js'
import { type Doc, makeContent, makeUser } from '../../helpers/fixtures.js'
import { countJobs, drainQueue, type Fixtures, makeFixtures, restClient, vaccinationNews } from './fixtures.js'

let app: Booted
let smtp: Awaited<ReturnType<typeof startSmtpServer>>
let fx: Fixtures
let rest: Awaited<ReturnType<typeof restClient>>
let content: Doc

const EXPERT = { email: 'marta.ruiz@hospital.example.org', name: 'Dra. Marta Ruiz' }
const LINK = /http:\/\/localhost:3000\/api\/pregonero\/fact-check\/([\w-]+\.[\w-]+)/

const lexical = (...paragraphs: string[]) => ({
  root: {
    type: 'root',
    version: 1,
    direction: 'ltr',
    format: '',
    indent: 0,
    children: paragraphs.map((text) => ({
      type: 'paragraph',
      version: 1,
      direction: 'ltr',
      format: '',
      indent: 0,
      textFormat: 0,
      children: [{ type: 'text', version: 1, text, detail: 0, format: 0, mode: 'normal', style: '' }],
    })),
  },
})

/** Asks for a fact check as `as`, runs the queue and returns the token mailed to the expert. */
const issueLink = async (contentId: number | string, as = fx.editor.email, expert: Record<string, string> = EXPERT) => {
  const before = smtp.messages.length
  const response = await rest('POST', 'pregonero/fact-check/request', { as, json: { contentId, ...expert } })
  expect(response.status).toBe(201)
  await drainQueue(app.payload)
  const mails = await smtp.waitFor(before + 1)
  const mail = mails[mails.length - 1]
  expect(mail.to).toEqual([expert.email])
  return mail.text.match(LINK)![1]
}

const eventsOf = async (contentId: number | string) =>
  (
    await app.payload.find({
      collection: 'workflow-events',
      where: { and: [{ collection: { equals: 'contents' } }, { document: { equals: String(contentId) } }] },
      overrideAccess: true,
      limit: 100,
    })
  ).docs as unknown as Array<{ id: number | string; from: string; to: string; comment: string; actor?: unknown }>

beforeAll(async () => {
  smtp = await startSmtpServer()
  app = await bootPayload({ SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port) })
  fx = await makeFixtures(app.payload)
  rest = await restClient(app.payload)
  content = await makeContent(app.payload, {
    ...vaccinationNews,
    title: 'Cobertura de vacunación supera el 95 %',
    summary: 'La Secretaría de Salud reporta la cobertura del primer semestre.',
    body: lexical('Según el informe, 95,3 % de los niños menores de un año recibió el esquema completo.', 'La meta nacional es 95 %.'),
  })
})
afterAll(async () => {
  await smtp.stop()
  await app.close()
})

describe('fact check by an outside expert (no account)', () => {
  it('only office roles may ask, only for a content in review, with a valid address', async () => {
    const ask = (as: string | undefined, json: Record<string, unknown>) => rest('POST', 'pregonero/fact-check/request', { as, json })
    expect((await ask(undefined, { contentId: content.id, ...EXPERT })).status).toBe(401)
    expect((await ask(fx.requester.email, { contentId: content.id, ...EXPERT })).status).toBe(403)
    expect((await ask(fx.auditor.email, { contentId: content.id, ...EXPERT })).status).toBe(403)
    const badEmail = await ask(fx.editor.email, { contentId: content.id, email: 'no-es-correo', name: 'X' })
    expect(badEmail.status).toBe(400)
    expect(((await badEmail.json()) as { errors: Array<{ field: string }> }).errors[0].field).toBe('email')
    expect(((await (await ask(fx.editor.email, { contentId: content.id, email: EXPERT.email })).json()) as { errors: Array<{ field: string }> }).errors[0].field).toBe('name')
    const draft = await makeContent(app.payload, { ...vaccinationNews, title: 'Borrador', stage: 'draft' })
    const notInReview = await ask(fx.editor.email, { contentId: draft.id, ...EXPERT })
    expect(notInReview.status).toBe(409)
    // The stage by its name, never its code (issue 15: messages carry no state codes).
    const notInReviewText = ((await notInReview.json()) as { message: string }).message
    expect(notInReviewText).toContain('en revisión (está en "Borrador")')
    expect(notInReviewText).not.toMatch(/in-review|draft/)
    expect((await ask(fx.editor.email, { contentId: 999999, ...EXPERT })).status).toBe(404)
    expect(await countJobs(app.payload)).toBe(0)
    expect((await app.payload.count({ collection: 'fact-check-requests' as 'users', overrideAccess: true })).totalDocs).toBe(0)
  })

  it('mails a signed link to a read-only Spanish preview; answering records it in the trail and notifies the editor; the link then dies', async () => {
    smtp.messages.length = 0
    const token = await issueLink(content.id)
    const invitation = smtp.messages[0]
    expect(invitation.subject).toBe(`[Alcaldía de Pasto] Solicitud de verificación: ${content.title}`)
    expect(invitation.text).toContain('sirve una sola vez')
    expect(invitation.text).toContain('Eduardo Editor')

    // The preview: read-only, plain text, any number of times (a mail scanner's GET does not consume it).
    for (let i = 0; i < 2; i++) {
      const page = await rest('GET', `pregonero/fact-check/${token}`)
      expect(page.status).toBe(200)
      expect(page.headers.get('content-type')).toContain('text/html')
      expect(page.headers.get('referrer-policy')).toBe('no-referrer')
      const html = await page.text()
      expect(html).toContain('Cobertura de vacunación supera el 95 %')
      expect(html).toContain('95,3 % de los niños menores de un año')
      expect(html).toContain('La meta nacional es 95 %.')
      expect(html).toContain('name="verdict"')
      expect(html).toContain('Dra. Marta Ruiz')
    }

    // The directory of the hidden collection is closed to every API user, even an admin.
    const listed = await rest('GET', 'fact-check-requests', { as: fx.admin.email })
    expect([403, 404]).toContain(listed.status)

    const answer = await rest('POST', `pregonero/fact-check/${token}`, {
      json: { verdict: 'comments', comment: 'La cifra es 95,1 %, no 95,3 %.' },
    })
    expect(answer.status).toBe(200)
    const events = await eventsOf(content.id)
    expect(events).toHaveLength(1)
    expect(events[0]).toMatchObject({
      from: 'in-review',
      to: 'in-review',
      comment: 'Verificación externa (Dra. Marta Ruiz <marta.ruiz@hospital.example.org>): tiene observaciones. La cifra es 95,1 %, no 95,3 %.',
    })
    expect(events[0].actor ?? null).toBeNull()
    // Stored: the codes and the expert's own words; the sentence is the reader's (one language each).
    const stored = await app.payload.db.findOne({ collection: 'workflow-events', where: { id: { equals: events[0].id } } })
    expect((stored as unknown as { comment: string }).comment).toBe('La cifra es 95,1 %, no 95,3 %.')
    const inEnglish = await rest('GET', `workflow-events/${events[0].id}`, { as: fx.admin.email, headers: { 'Accept-Language': 'en' } })
    expect(((await inEnglish.json()) as { comment: string }).comment).toBe(
      'Fact check (Dra. Marta Ruiz <marta.ruiz@hospital.example.org>): has comments. La cifra es 95,1 %, no 95,3 %.',
    )

    await drainQueue(app.payload)
    const mails = await smtp.waitFor(2)
    const notice = mails[1]
    expect(notice.to).toEqual(['editor1@pasto.gov.co'])
    expect(notice.subject).toBe(`[Alcaldía de Pasto] Verificación externa con observaciones: ${content.title}`)
    expect(notice.text).toContain('La cifra es 95,1 %, no 95,3 %.')

    // Used: refused, whether previewed or answered again.
    const again = await rest('POST', `pregonero/fact-check/${token}`, { json: { verdict: 'confirmed' } })
    expect(again.status).toBe(410)
    expect(((await again.json()) as { message: string }).message).toBe('Este enlace ya fue usado: su respuesta quedó registrada.')
    // one language per reader: an API caller who asks for English gets English
    const againEn = await rest('POST', `pregonero/fact-check/${token}`, { json: { verdict: 'confirmed' }, headers: { 'Accept-Language': 'en' } })
    expect(againEn.status).toBe(410)
    expect(((await againEn.json()) as { message: string }).message).toBe('This link was already used: your answer was recorded.')
    const reopened = await rest('GET', `pregonero/fact-check/${token}`)
    expect(reopened.status).toBe(410)
    const page = await reopened.text()
    expect(page).toContain('Este enlace ya fue usado: su respuesta quedó registrada.')
    expect(page).not.toContain('already used')
    expect(await eventsOf(content.id)).toHaveLength(1)
  })

  it('the e-mails go out in their recipient\'s language: the expert\'s as the office chose it, the editor\'s own', async () => {
    const englishEditor = await makeUser(app.payload, ['editor'], { email: 'editor.en@pasto.gov.co', name: 'Edward Editor' })
    await app.payload.update({ collection: 'users', id: englishEditor.id, data: { language: 'en' } as never, overrideAccess: true })
    const refused = await rest('POST', 'pregonero/fact-check/request', { as: englishEditor.email, json: { contentId: content.id, ...EXPERT, language: 'fr' } })
    expect(refused.status).toBe(400)
    expect(((await refused.json()) as { errors: Array<{ field: string; message: string }> }).errors[0]).toMatchObject({ field: 'language' })
    const before = smtp.messages.length
    const response = await rest('POST', 'pregonero/fact-check/request', { as: englishEditor.email, json: { contentId: content.id, ...EXPERT, language: 'en' } })
    expect(response.status).toBe(201)
    await drainQueue(app.payload)
    const invitation = (await smtp.waitFor(before + 1))[before]
    expect(invitation.subject).toBe(`[Alcaldía de Pasto] Fact-check request: ${content.title}`)
    expect(invitation.text).toContain('Edward Editor, of the Social Communication Office, asks you')
    expect(invitation.text).not.toMatch(/sirve una sola vez|Hola/)
    const token = invitation.text.match(LINK)![1]
    const answer = await rest('POST', `pregonero/fact-check/${token}`, { json: { verdict: 'confirmed' } })
    expect(answer.status).toBe(200)
    await drainQueue(app.payload)
    const notice = (await smtp.waitFor(before + 2))[before + 1]
    expect(notice.to).toEqual(['editor.en@pasto.gov.co'])
    expect(notice.subject).toBe(`[Alcaldía de Pasto] External fact check confirmed: ${content.title}`)
    expect(notice.text).toContain('confirmed the information in the content')
    expect(notice.text).not.toMatch(/confirmó|bitácora/)
  })

  it('refuses altered, malformed, forged and expired links, and leaves them unused', async () => {
    const token = await issueLink(content.id)
    const [body, signature] = token.split('.')
    const flipped = `${body}.${signature[0] === 'A' ? 'B' : 'A'}${signature.slice(1)}`
    const altered = await rest('GET', `pregonero/fact-check/${flipped}`)
    expect(altered.status).toBe(403)
    expect(await altered.text()).toContain('alterado')
    // Changing the payload (e.g. pushing the expiry) breaks the signature too.
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString()) as { exp: number }
    const extended = Buffer.from(JSON.stringify({ ...claims, exp: claims.exp + 1e9 })).toString('base64url')
    expect((await rest('POST', `pregonero/fact-check/${extended}.${signature}`, { json: { verdict: 'confirmed' } })).status).toBe(403)
    // Signed with another secret: forged.
    const forged = signFactCheckToken(factCheckKey('another-secret'), { rid: '1', jti: 'x', exp: Date.now() + 1e6 })
    expect((await rest('GET', `pregonero/fact-check/${forged}`)).status).toBe(403)
    expect((await rest('GET', 'pregonero/fact-check/not-a-token')).status).toBe(400)

    // Expired: a correctly signed link for a real request, whose time has passed.
    const row = (
      await app.payload.find({ collection: 'fact-check-requests' as 'users', sort: '-createdAt', limit: 1, overrideAccess: true })
    ).docs[0] as unknown as { id: number | string; tokenId: string }
    const expired = signFactCheckToken(factCheckKey(app.payload.secret), { rid: String(row.id), jti: row.tokenId, exp: Date.now() - 1000 })
    const late = await rest('POST', `pregonero/fact-check/${expired}`, { json: { verdict: 'confirmed' } })
    expect(late.status).toBe(410)
    expect(((await late.json()) as { message: string }).message).toContain('venció')

    const before = (await eventsOf(content.id)).length
    // The genuine link still works, through the HTML form this time.
    const form = await rest('POST', `pregonero/fact-check/${token}`, { form: { verdict: 'confirmed', comment: '' } })
    expect(form.status).toBe(200)
    expect(await form.text()).toContain('Gracias')
    const events = await eventsOf(content.id)
    expect(events).toHaveLength(before + 1)
    expect(events.map((row) => row.comment)).toContain(
      'Verificación externa (Dra. Marta Ruiz <marta.ruiz@hospital.example.org>): confirma la información.',
    )
  })

  it('validates the answer: a verdict is required, and comments need a text', async () => {
    const token = await issueLink(content.id)
    const noVerdict = await rest('POST', `pregonero/fact-check/${token}`, { json: { comment: 'hola' } })
    expect(noVerdict.status).toBe(400)
    expect(((await noVerdict.json()) as { errors: Array<{ field: string }> }).errors[0].field).toBe('verdict')
    const noComment = await rest('POST', `pregonero/fact-check/${token}`, { json: { verdict: 'comments', comment: '  ' } })
    expect(noComment.status).toBe(400)
    expect(((await noComment.json()) as { errors: Array<{ field: string }> }).errors[0].field).toBe('comment')
    // still unused
    expect((await rest('GET', `pregonero/fact-check/${token}`)).status).toBe(200)
  })

  it('single use holds under 10 concurrent answers: one 200, nine 410, one trail row', async () => {
    const token = await issueLink(content.id)
    const before = (await eventsOf(content.id)).length
    const responses = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        rest('POST', `pregonero/fact-check/${token}`, { json: { verdict: 'comments', comment: `respuesta ${i}` } }),
      ),
    )
    const statuses = responses.map((response) => response.status).sort()
    expect(statuses).toEqual([200, 410, 410, 410, 410, 410, 410, 410, 410, 410])
    expect(await eventsOf(content.id)).toHaveLength(before + 1)
    // and the editor is told once
    const mailsBefore = smtp.messages.length
    await drainQueue(app.payload)
    await smtp.waitFor(mailsBefore + 1)
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(smtp.messages.slice(mailsBefore).map((mail) => mail.to.join())).toEqual(['editor1@pasto.gov.co'])
  })

  it('several editors may ask at the same moment: every request is recorded and mailed once', async () => {
    await drainQueue(app.payload)
    await new Promise((resolve) => setTimeout(resolve, 300))
    const before = smtp.messages.length
    const experts = Array.from({ length: 5 }, (_, i) => ({ email: `experto${i}@universidad.example.edu`, name: `Experto ${i}` }))
    const responses = await Promise.all(
      experts.map((expert, i) =>
        rest('POST', 'pregonero/fact-check/request', { as: i % 2 ? fx.head.email : fx.editor.email, json: { contentId: content.id, ...expert } }),
      ),
    )
    expect(responses.map((response) => response.status)).toEqual([201, 201, 201, 201, 201])
    await drainQueue(app.payload)
    const mails = (await smtp.waitFor(before + 5)).slice(before)
    expect(mails.flatMap((mail) => mail.to).sort()).toEqual(experts.map((expert) => expert.email).sort())
    expect(new Set(mails.map((mail) => mail.text.match(LINK)![1])).size).toBe(5)
  })
})

describe('the expert\'s pages are in the language the office chose for the expert (issue 15, item 7)', () => {
  /** The pages' own texts (their fixed part, before any variable) in one language. */
  const pageTexts = (messages: Record<string, string>) =>
    Object.entries(messages)
      .filter(([key]) => key.startsWith('factPage') || key.startsWith('factLink') || key.startsWith('factContent'))
      .map(([, text]) => text.split('{{')[0].trim())
      .filter((text) => text.length > 3)
  const expectOneLanguage = (html: string, lang: 'en' | 'es') => {
    expect(html).toContain(`<html lang="${lang}">`)
    for (const text of pageTexts(lang === 'en' ? spanishMessages : englishMessages)) expect(html).not.toContain(text.replace(/"/g, '&quot;'))
  }
  const ask = async (language: 'en' | 'es') => {
    // Earlier answers' notices to the editor go out first.
    await drainQueue(app.payload)
    await new Promise((resolve) => setTimeout(resolve, 300))
    const before = smtp.messages.length
    const response = await rest('POST', 'pregonero/fact-check/request', { as: fx.editor.email, json: { contentId: content.id, ...EXPERT, language } })
    expect(response.status).toBe(201)
    const { expiresAt } = (await response.json()) as { expiresAt: string }
    await drainQueue(app.payload)
    return { token: (await smtp.waitFor(before + 1))[before].text.match(LINK)![1], expiresAt }
  }

  it.each([
    ['en', 'Content fact check', 'Hello, Dra. Marta Ruiz.', 'The information is correct (I confirm)', 'I have comments', 'Send answer', 'Choose an answer', 'Write your comments', 'Thank you', 'This link was already used'],
    ['es', 'Verificación de contenido', 'Hola, Dra. Marta Ruiz.', 'La información es correcta (confirmo)', 'Tengo observaciones', 'Enviar respuesta', 'Elija una respuesta', 'Escriba sus observaciones', 'Gracias', 'Este enlace ya fue usado'],
  ] as const)('%s: preview, incomplete answers, thanks and the used-link page, with lang and a day-first date in the office\'s zone', async (lang, title, greeting, confirmed, comments, submit, noVerdict, noComment, thanks, used) => {
    const { token, expiresAt } = await ask(lang)
    // The page's language is the link's, whatever the browser asks for.
    const preview = await rest('GET', `pregonero/fact-check/${token}`, { headers: { 'Accept-Language': lang === 'en' ? 'es' : 'en' } })
    expect(preview.status).toBe(200)
    const html = await preview.text()
    for (const text of [title, greeting, confirmed, comments, submit]) expect(html).toContain(text)
    expect(html).toContain(officeDateText(expiresAt, { language: lang, time: true }))
    expect(html).toMatch(lang === 'en' ? /expires on \d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2}\./ : /vence el \d{1,2} [a-z]{3,4} \d{4}, \d{2}:\d{2}\./)
    expectOneLanguage(html, lang)

    // The form's incomplete answers: a page in the link's language, no field key.
    const missing = await rest('POST', `pregonero/fact-check/${token}`, { form: { comment: '' } })
    expect(missing.status).toBe(400)
    const missingHtml = await missing.text()
    expect(missingHtml).toContain(noVerdict)
    expect(missingHtml).not.toMatch(/verdict:|"confirmed"/)
    expectOneLanguage(missingHtml, lang)
    const empty = await rest('POST', `pregonero/fact-check/${token}`, { form: { verdict: 'comments', comment: ' ' } })
    expect(empty.status).toBe(400)
    const emptyHtml = await empty.text()
    expect(emptyHtml).toContain(noComment)
    expect(emptyHtml).not.toMatch(/comment:/)
    expectOneLanguage(emptyHtml, lang)

    const done = await rest('POST', `pregonero/fact-check/${token}`, { form: { verdict: 'confirmed', comment: '' } })
    expect(done.status).toBe(200)
    const doneHtml = await done.text()
    expect(doneHtml).toContain(thanks)
    expectOneLanguage(doneHtml, lang)

    const again = await rest('GET', `pregonero/fact-check/${token}`)
    expect(again.status).toBe(410)
    const againHtml = await again.text()
    expect(againHtml).toContain(used)
    expectOneLanguage(againHtml, lang)
  })

  it('an expired link\'s page keeps the link\'s language; a link that names no request follows the browser', async () => {
    await ask('en')
    const row = (
      await app.payload.find({ collection: 'fact-check-requests' as 'users', sort: '-createdAt', limit: 1, overrideAccess: true })
    ).docs[0] as unknown as { id: number | string; tokenId: string; language: string }
    expect(row.language).toBe('en')
    const expired = signFactCheckToken(factCheckKey(app.payload.secret), { rid: String(row.id), jti: row.tokenId, exp: Date.now() - 1000 })
    const late = await rest('GET', `pregonero/fact-check/${expired}`)
    expect(late.status).toBe(410)
    const lateHtml = await late.text()
    expect(lateHtml).toContain('The link expired. Ask the Social Communication Office for a new one.')
    expectOneLanguage(lateHtml, 'en')

    const broken = await rest('GET', 'pregonero/fact-check/not-a-token', { headers: { 'Accept-Language': 'en-GB,en;q=0.9' } })
    expect(broken.status).toBe(400)
    expectOneLanguage(await broken.text(), 'en')
    const roto = await rest('GET', 'pregonero/fact-check/not-a-token')
    expect(roto.status).toBe(400)
    expectOneLanguage(await roto.text(), 'es')
  })
})
