/**
 * Stored XSS (issue 9, item 4): text users type is stored as data and must never come out as
 * markup. Every notification template and the fact-check pages (served to people without an
 * account) are rendered with script payloads in every text they take: the HTML carries them
 * escaped, never raw. (Feeds and the sitemap: tests/e2e/bad-input.e2e.spec.ts.)
 */
import * as templates from '../../../src/kernel/notifications/templates/index.js'
import { errorPage, previewPage, thanksPage } from '../../../src/features/workflow/factCheck/page.js'

const XSS = `<script>alert('x')</script><img src=x onerror=alert(1)>`
const RAW = /<script>alert|<img src=x onerror/

const data = {
  institutionName: `Alcaldía ${XSS}`,
  recipientName: `Ana ${XSS}`,
  title: `Título ${XSS}`,
  code: `SOL-2026-0001${XSS}`,
  url: 'https://pregonero.test/admin/collections/contents/1',
  comment: `Comentario ${XSS}`,
  expertName: `Experta ${XSS}`,
  expertEmail: 'experta@example.org',
  verdict: 'comments',
  reason: `Motivo ${XSS}`,
  departmentName: `Salud ${XSS}`,
  requesterName: `Sara ${XSS}`,
  message: `Mensaje ${XSS}`,
  summary: `Resumen ${XSS}`,
  body: `Cuerpo ${XSS}`,
  expiresAt: new Date().toISOString(),
  publishedAt: new Date().toISOString(),
  dueDate: new Date().toISOString(),
  rateUrl: 'https://pregonero.test/rate',
  channels: ['web'],
  adminURL: 'https://pregonero.test/admin',
  alerts: [{ id: 1, kind: 'overdue-request', severity: 'high', message: `Alerta ${XSS}`, subjectTitle: `Sujeto ${XSS}` }],
}

const renderers = Object.entries(templates).filter(([name, fn]) => typeof fn === 'function' && !['escapeHtml', 'formatDate'].includes(name))

it('there are templates to check', () => {
  expect(renderers.length).toBeGreaterThanOrEqual(10)
})

it.each(renderers)('e-mail template %s escapes every text in its HTML', (_name, render) => {
  const mail = (render as (d: unknown) => { html: string; subject: string; text: string })(data)
  expect(mail.html).not.toMatch(RAW)
  expect(mail.html).toMatch(/&lt;script&gt;|&lt;img/)
})

it('the fact-check pages (public, no account) escape title, summary, body and names', () => {
  const pages = [
    previewPage({ ...data, token: 'tok', lang: 'es', timeZone: 'America/Bogota' } as never),
    previewPage({ ...data, token: 'tok', lang: 'en', timeZone: 'America/Bogota' } as never),
    thanksPage('es', data.institutionName, data.title),
    errorPage('en', data.institutionName, data.title, data.message, data.message),
  ]
  for (const html of pages) {
    expect(html).not.toMatch(RAW)
    expect(html).toMatch(/&lt;script&gt;/)
  }
})
