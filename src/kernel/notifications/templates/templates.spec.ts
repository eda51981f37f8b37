import {
  contentApproved,
  contentChangesRequested,
  contentPublished,
  contentReviewRequested,
  factCheckAnswered,
  factCheckRequest,
  requestAssigned,
  requestDelivered,
  requestNeedsInfo,
  requestRejected,
} from './index.js'
import { escapeHtml, formatDate } from './layout.js'

const base = {
  institutionName: 'Alcaldía de Pasto',
  recipientName: 'Rosa Enlace',
  title: 'Jornada de vacunación',
  code: 'SOL-2026-0042',
  url: 'https://comunicaciones.pasto.gov.co/admin/collections/communication-requests/42',
}

describe('notification templates (pure, Spanish)', () => {
  it('every template returns subject, html and text in Spanish, with the link and the greeting', () => {
    const all = [
      requestAssigned({ ...base, departmentName: 'Secretaría de Salud', dueDate: '2026-03-10T17:00:00.000Z' }),
      requestNeedsInfo(base),
      requestRejected(base),
      requestDelivered({ ...base, rateUrl: base.url }),
      contentReviewRequested({ ...base, code: undefined, authorName: 'Eduardo' }),
      contentChangesRequested({ ...base, code: undefined }),
      contentApproved({ ...base, code: undefined }),
      contentPublished({ ...base, code: undefined, publishedAt: '2026-03-11T15:00:00.000Z' }),
      factCheckAnswered({ ...base, code: undefined, expertName: 'Marta', expertEmail: 'm@x.org', verdict: 'confirmed' }),
      factCheckRequest({ ...base, code: undefined, expertName: 'Marta', expiresAt: '2026-03-14T15:00:00.000Z' }),
    ]
    for (const mail of all) {
      expect(mail.subject.startsWith('[Alcaldía de Pasto] ')).toBe(true)
      expect(mail.text).toContain(base.url)
      expect(mail.html).toContain(`href="${base.url}"`)
      expect(mail.html.startsWith('<!doctype html><html lang="es">')).toBe(true)
      expect(mail.text).toContain('Oficina de Comunicación Social')
    }
    expect(all[0].text).toContain('Hola, Rosa Enlace:')
    expect(all[9].text).toContain('Hola, Marta:') // the expert is greeted by name
    expect(new Set(all.map((mail) => mail.subject)).size).toBe(all.length)
  })

  it('subjects name the request code and title; dates are Colombian Spanish in Bogotá time', () => {
    expect(requestRejected(base).subject).toBe('[Alcaldía de Pasto] La solicitud SOL-2026-0042 · Jornada de vacunación fue rechazada')
    expect(requestAssigned({ ...base, dueDate: '2026-03-10T03:00:00.000Z' }).text).toContain('Fecha de vencimiento: 9 de marzo de 2026.')
    expect(formatDate('not a date')).toBe('')
  })

  it('carries the transition comment, escaped in HTML, verbatim in text', () => {
    const mail = requestNeedsInfo({ ...base, comment: 'Falta el lugar <b>exacto</b> & la hora' })
    expect(mail.text).toContain('Información solicitada:\nFalta el lugar <b>exacto</b> & la hora')
    expect(mail.html).toContain('Falta el lugar &lt;b&gt;exacto&lt;/b&gt; &amp; la hora')
    expect(mail.html).not.toContain('<b>exacto</b>')
    expect(requestNeedsInfo(base).text).not.toContain('Información solicitada')
  })

  it('delivery asks for the rating (1 a 5) with the rating link; fact-check answers state the verdict', () => {
    const delivered = requestDelivered({ ...base, rateUrl: `${base.url}#rate` })
    expect(delivered.text).toContain(`Calificar la solicitud: ${base.url}#rate`)
    expect(delivered.text).toContain('de 1 a 5')
    expect(factCheckAnswered({ ...base, expertName: 'M', expertEmail: 'm@x.org', verdict: 'comments', comment: 'Cifra errada' }).subject).toContain(
      'con observaciones',
    )
    expect(escapeHtml(`"'<>&`)).toBe('&quot;&#39;&lt;&gt;&amp;')
  })
})
