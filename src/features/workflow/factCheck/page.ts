import { escapeHtml, formatDate } from '../../../kernel/notifications/templates/layout.js'
import { FACT_CHECK_PAGE_HEADERS } from '../../../platform/securityHeaders.mjs'

/** The HTML pages an outside expert sees (Spanish, no scripts, no external resources). */
const layout = (title: string, institutionName: string, body: string): string =>
  `<!doctype html><html lang="es"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">` +
  `<meta name="robots" content="noindex,nofollow"><title>${escapeHtml(title)} · ${escapeHtml(institutionName)}</title>` +
  `<style>body{font-family:Arial,sans-serif;max-width:760px;margin:2rem auto;padding:0 1rem;line-height:1.55;color:#222}` +
  `.doc{border:1px solid #ddd;border-radius:6px;padding:1rem 1.25rem;background:#fafafa;white-space:pre-wrap}` +
  `.note{color:#555;font-size:.9rem}label{display:block;margin:.4rem 0}textarea{width:100%;min-height:8rem}` +
  `button{padding:.6rem 1.2rem;font-size:1rem}</style></head><body>` +
  `<header><p class="note">Oficina de Comunicación Social — ${escapeHtml(institutionName)}</p></header>${body}</body></html>`

export type PreviewData = {
  institutionName: string
  expertName: string
  title: string
  summary: string
  body: string
  expiresAt: string
}

/** The read-only preview with the answer form (posts to the same URL). */
export const previewPage = (data: PreviewData): string =>
  layout(
    'Verificación de contenido',
    data.institutionName,
    `<h1>Verificación de contenido</h1>` +
      `<p>Hola, ${escapeHtml(data.expertName)}. La Oficina de Comunicación Social le pide verificar la información de este contenido antes de publicarlo. ` +
      `Es una vista de solo lectura.</p>` +
      `<section class="doc"><h2 style="white-space:normal">${escapeHtml(data.title)}</h2>` +
      (data.summary ? `<p><strong>${escapeHtml(data.summary)}</strong></p>` : '') +
      `<div>${escapeHtml(data.body)}</div></section>` +
      `<form method="post"><h2>Su respuesta</h2>` +
      `<label><input type="radio" name="verdict" value="confirmed" required> La información es correcta (confirmo)</label>` +
      `<label><input type="radio" name="verdict" value="comments"> Tengo observaciones</label>` +
      `<label for="comment">Observaciones (obligatorias si tiene observaciones)</label>` +
      `<textarea id="comment" name="comment" maxlength="5000"></textarea>` +
      `<p class="note">El enlace sirve una sola vez y vence el ${escapeHtml(formatDate(data.expiresAt))}. Su respuesta queda en la bitácora del contenido.</p>` +
      `<button type="submit">Enviar respuesta</button></form>`,
  )

export const thanksPage = (institutionName: string, title: string): string =>
  layout(
    'Respuesta registrada',
    institutionName,
    `<h1>Gracias</h1><p>Su respuesta sobre «${escapeHtml(title)}» quedó registrada y la oficina fue notificada. Ya puede cerrar esta página.</p>`,
  )

export const errorPage = (institutionName: string, heading: string, message: string): string =>
  layout(heading, institutionName, `<h1>${escapeHtml(heading)}</h1><p>${escapeHtml(message)}</p>`)

/**
 * Headers for these pages: no caching, no referrer (the token is in the URL), no framing, no
 * scripts (src/platform/securityHeaders.mjs, which next.config.mjs also applies to this path in
 * place of the app's generic headers).
 */
export const pageHeaders = { 'Content-Type': 'text/html; charset=utf-8', ...FACT_CHECK_PAGE_HEADERS } as const
