/**
 * The bad-input corpus (issue 9, item 4): one row per hostile or malformed call. Driven over real
 * HTTP against the built app by tests/e2e/bad-input.e2e.spec.ts (and in-process by
 * tests/int/hardening/bad-input.int.spec.ts, which needs no build).
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import sharp from 'sharp'

import { DEMO_PASSWORD } from '../../dev/seed/data/users.js'
import { trustImage } from './fixtures/archiveTrustImages.js'

export const XSS = `<script>alert('xss')</script><img src=x onerror=alert(1)>`

export type Who = 'admin' | 'anon' | 'auditor' | 'designer' | 'editor' | 'head' | 'requester'
export type Fx = {
  account: number
  /** A restricted archive photo of the producer (its bytes: `trustImage(11)`). */
  asset: number
  campaign: number
  department: number
  draft: number
  head: number
  liaison: number
  outlet: number
  plan: number
  request: number
  xss: number
}
export type Body = (() => Promise<FormData> | FormData) | string | unknown
export type Case = {
  id: string
  as: Who
  method: 'DELETE' | 'GET' | 'PATCH' | 'POST'
  path: (fx: Fx) => string
  /** JSON-serialised unless a string (sent raw as JSON) or a FormData factory. */
  body?: (fx: Fx) => Body
  /** Expected status (default: any 4xx). */
  status?: number | number[]
  /** The answer must name this (the field, parameter or rule), case-insensitively. */
  names?: RegExp | string
  /** The answer must NOT contain this (what the caller may not learn). */
  hides?: RegExp
  /** A legitimate call with a hostile value: must answer 200 and pass this check. */
  harmless?: (json: any, text: string) => void
  /** Extra request headers. */
  headers?: Record<string, string>
}

const big = (n: number) => 'A'.repeat(n)
const jpeg = () => sharp({ create: { width: 64, height: 48, channels: 3, background: '#3366aa' } }).jpeg().toBuffer()
const upload = async (filename: string, bytes: Buffer | Uint8Array, type: string, data: Record<string, unknown>) => {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), filename)
  form.append('_payload', JSON.stringify(data))
  return form
}
const asset = { title: 'Foto de prueba', kind: 'photo', accessLevel: 'internal', consent: 'none-identifiable' }
/** A PNG header claiming 100 000 × 100 000 px (10 gigapixels) in a few bytes: a decompression bomb. */
const pngBomb = async () => {
  const small = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#000' } }).png().toBuffer()
  const bomb = Buffer.from(small)
  bomb.writeUInt32BE(100_000, 16)
  bomb.writeUInt32BE(100_000, 20)
  return bomb
}
const request = (fx: Fx, extra: Record<string, unknown> = {}) => ({
  title: 'Solicitud válida salvo un campo',
  department: fx.department,
  audience: 'external',
  products: [{ type: 'press-release', channels: ['web'] }],
  description: 'Descripción',
  ...extra,
})
const content = (extra: Record<string, unknown> = {}) => ({ title: 'Contenido', kind: 'news', audience: 'external', ...extra })
const campaign = (extra: Record<string, unknown> = {}) => ({
  name: 'Campaña',
  kind: 'institutional',
  objective: 'Objetivo',
  audience: 'external',
  period: { start: '2026-02-01T00:00:00.000Z', end: '2026-03-01T00:00:00.000Z' },
  ...extra,
})
const noDocs = (json: any) => expect(json.docs).toEqual([])

export const CORPUS: Case[] = [
  // ── malformed JSON ──────────────────────────────────────────────────────────────────────────
  { id: 'json/request-truncated', as: 'requester', method: 'POST', path: () => '/api/communication-requests', body: () => '{"title": "x",', names: /json/i },
  { id: 'json/content-not-json', as: 'editor', method: 'POST', path: () => '/api/contents', body: () => 'not json at all', names: /json/i },
  { id: 'json/login-truncated', as: 'anon', method: 'POST', path: () => '/api/users/login', body: () => '{"email":', names: /json/i },
  { id: 'json/campaign-patch-array', as: 'head', method: 'PATCH', path: (fx) => `/api/campaigns/${fx.campaign}`, body: () => '[1, 2', names: /json/i },
  { id: 'json/reads-endpoint', as: 'editor', method: 'POST', path: () => '/api/monitoring/reads', body: () => '{content:', names: /json/i },
  { id: 'json/report-generate', as: 'head', method: 'POST', path: () => '/api/pregonero/reports/generate', body: () => '{"kind"', names: /json/i },
  { id: 'json/fact-check-request', as: 'editor', method: 'POST', path: () => '/api/pregonero/fact-check/request', body: () => '}{', names: /json/i },

  // ── wrong types ─────────────────────────────────────────────────────────────────────────────
  { id: 'type/request-products-string', as: 'requester', method: 'POST', path: () => '/api/communication-requests', body: (fx) => request(fx, { products: 'press-release' }), names: 'products' },
  { id: 'type/content-title-object', as: 'editor', method: 'POST', path: () => '/api/contents', body: () => content({ title: { $gt: '' } }), names: 'title' },
  { id: 'type/campaign-reach-string', as: 'head', method: 'POST', path: () => '/api/campaigns', body: () => campaign({ targets: { reach: 'mucho' } }), names: 'reach' },
  { id: 'type/request-desired-date', as: 'requester', method: 'POST', path: () => '/api/communication-requests', body: (fx) => request(fx, { desiredDate: 'mañana temprano' }), names: 'desiredDate' },
  { id: 'type/request-department-word', as: 'requester', method: 'POST', path: () => '/api/communication-requests', body: (fx) => request(fx, { department: 'salud' }), names: 'department' },
  { id: 'type/request-department-missing-id', as: 'head', method: 'POST', path: () => '/api/communication-requests', body: (fx) => request(fx, { department: 999999 }), names: 'department' },
  { id: 'type/mention-outlet-missing', as: 'editor', method: 'POST', path: () => '/api/media-mentions', body: () => ({ outlet: 987654, date: '2026-05-01', headline: 'X' }), names: 'outlet' },
  { id: 'type/user-email', as: 'admin', method: 'POST', path: () => '/api/users', body: () => ({ email: 'no-es-correo', password: 'Xx-123456789', name: 'X', roles: ['editor'] }), names: 'email' },
  { id: 'type/department-email', as: 'admin', method: 'POST', path: () => '/api/departments', body: () => ({ name: 'Dep Z', code: 'DZ', email: 'correo@' }), names: 'email' },
  { id: 'type/request-score-out-of-range', as: 'requester', method: 'PATCH', path: (fx) => `/api/communication-requests/${fx.request}`, body: () => ({ satisfaction: { score: 9 } }), names: /score|satisfaction/ },
  { id: 'type/mention-reach-negative', as: 'editor', method: 'POST', path: () => '/api/media-mentions', body: (fx) => ({ outlet: fx.outlet, date: '2026-05-01', headline: 'X', reach: -50 }), names: 'reach' },
  { id: 'type/request-title-missing', as: 'requester', method: 'POST', path: () => '/api/communication-requests', body: (fx) => request(fx, { title: '' }), names: 'title' },
  { id: 'type/campaign-channels-number', as: 'head', method: 'POST', path: () => '/api/campaigns', body: () => campaign({ channels: 42 }), names: 'channels' },

  // ── reversed dates ──────────────────────────────────────────────────────────────────────────
  { id: 'dates/campaign-period', as: 'head', method: 'POST', path: () => '/api/campaigns', body: () => campaign({ period: { start: '2026-06-01', end: '2026-05-01' } }), names: 'period.end' },
  { id: 'dates/campaign-period-patch', as: 'head', method: 'PATCH', path: (fx) => `/api/campaigns/${fx.campaign}`, body: () => ({ period: { start: '2026-12-31', end: '2026-01-01' } }), names: 'period.end' },
  { id: 'dates/plan-action', as: 'head', method: 'POST', path: () => '/api/plan-actions', body: (fx) => ({ plan: fx.plan, title: 'A', responsible: fx.head, start: '2026-09-01', end: '2026-08-01' }), names: 'end' },
  { id: 'dates/social-metric', as: 'head', method: 'POST', path: () => '/api/social-metrics', body: (fx) => ({ account: fx.account, periodStart: '2026-05-10', periodEnd: '2026-05-01', followers: 1 }), names: /periodEnd|periodStart/ },
  { id: 'dates/workflow-csv-from', as: 'auditor', method: 'GET', path: () => '/api/pregonero/workflow-events.csv?from=2026-12-01&to=2026-01-01', names: /from|to/ },
  { id: 'dates/workflow-csv-garbage', as: 'auditor', method: 'GET', path: () => '/api/pregonero/workflow-events.csv?from=ayer', names: 'from' },
  { id: 'dates/monitoring-month', as: 'head', method: 'GET', path: () => '/api/monitoring/report?month=2026-13', names: 'month' },

  // ── invalid colours (brand manual) ──────────────────────────────────────────────────────────
  { id: 'colour/hex-letters', as: 'admin', method: 'POST', path: () => '/api/globals/brand-manual', body: () => ({ palette: [{ name: 'Azul', hex: '#GGGGGG' }] }), names: 'hex' },
  { id: 'colour/hex-name', as: 'admin', method: 'POST', path: () => '/api/globals/brand-manual', body: () => ({ palette: [{ name: 'Rojo', hex: 'red' }] }), names: 'hex' },
  { id: 'colour/hex-short', as: 'admin', method: 'POST', path: () => '/api/globals/brand-manual', body: () => ({ palette: [{ name: 'Verde', hex: '#12345' }] }), names: 'hex' },
  { id: 'colour/hex-script', as: 'admin', method: 'POST', path: () => '/api/globals/brand-manual', body: () => ({ palette: [{ name: 'X', hex: `#fff"><script>alert(1)</script>` }] }), names: 'hex' },

  // ── script in fields whose format is checked (URLs, slugs) ─────────────────────────────────
  { id: 'xss/request-attachment-url', as: 'requester', method: 'POST', path: () => '/api/communication-requests', body: (fx) => request(fx, { attachments: [{ title: 'x', url: 'javascript:alert(document.cookie)' }] }), names: 'url' },
  { id: 'xss/mention-url', as: 'editor', method: 'POST', path: () => '/api/media-mentions', body: (fx) => ({ outlet: fx.outlet, date: '2026-05-01', headline: 'X', url: 'javascript:alert(1)' }), names: 'url' },
  { id: 'xss/content-slug', as: 'editor', method: 'POST', path: () => '/api/contents', body: () => content({ slug: '<script>alert(1)</script>', kind: 'poem' }), names: 'kind' },
  { id: 'xss/by-slug', as: 'anon', method: 'GET', path: () => `/api/pregonero/contents/by-slug/${encodeURIComponent('<script>alert(1)</script>')}`, status: 404, names: /slug|no encontrad|not found/i },

  // ── operator injection in `where` ───────────────────────────────────────────────────────────
  { id: 'where/unknown-operator', as: 'anon', method: 'GET', path: () => '/api/contents?where[title][$ne]=x', names: /\$ne|operator|title/i },
  { id: 'where/mongo-regex', as: 'anon', method: 'GET', path: () => '/api/contents?where[title][$regex]=.*', names: /\$regex|operator|title/i },
  { id: 'where/unknown-field', as: 'anon', method: 'GET', path: () => '/api/contents?where[nonexistent][equals]=1', names: 'nonexistent' },
  { id: 'where/hash', as: 'admin', method: 'GET', path: () => '/api/users?where[hash][exists]=true', names: 'hash' },
  { id: 'where/salt-auditor', as: 'auditor', method: 'GET', path: () => '/api/users?where[salt][like]=a', names: 'salt' },
  { id: 'where/users-anon', as: 'anon', method: 'GET', path: () => '/api/users?where[roles][in]=admin', status: 403, names: /permiso|allowed|not allowed|forbidden/i },
  { id: 'where/sql-like', as: 'anon', method: 'GET', path: () => `/api/contents?where[title][like]=${encodeURIComponent("%' OR 1=1 --")}`, harmless: noDocs },
  { id: 'where/sql-equals-id', as: 'anon', method: 'GET', path: () => `/api/contents?where[id][equals]=${encodeURIComponent('1; DROP TABLE users')}`, status: 400, names: 'where.id' },
  { id: 'where/draft-status', as: 'anon', method: 'GET', path: () => '/api/contents?where[_status][equals]=draft', harmless: noDocs },
  { id: 'where/or-internal', as: 'anon', method: 'GET', path: () => '/api/contents?where[or][0][audience][equals]=internal&where[or][1][_status][equals]=draft', harmless: noDocs },
  { id: 'where/versions-anon', as: 'anon', method: 'GET', path: () => '/api/contents/versions?where[version._status][equals]=draft', status: 403, names: /permiso|permission|allowed/i },
  { id: 'where/limit-word', as: 'anon', method: 'GET', path: () => '/api/contents?limit=todo', status: 400, names: 'limit' },

  // ── malformed query strings: 400 naming the parameter, never a 500 (issue 13, item 9) ──────
  { id: 'query/by-id-word', as: 'anon', method: 'GET', path: () => '/api/contents/abc', status: 400, names: '"path":"id"' },
  { id: 'query/by-id-fraction', as: 'editor', method: 'GET', path: () => '/api/contents/1.5', status: 400, names: '"path":"id"' },
  { id: 'query/by-id-huge', as: 'admin', method: 'GET', path: () => '/api/users/99999999999999999999', status: 400, names: '"path":"id"' },
  { id: 'query/negative-limit-page', as: 'anon', method: 'GET', path: () => '/api/contents?limit=-5&page=-1', status: 400, names: /"path":"(limit|page)"/ },
  { id: 'query/limit-fraction', as: 'anon', method: 'GET', path: () => '/api/campaigns?limit=1.5', status: 400, names: '"path":"limit"' },
  { id: 'query/limit-infinite', as: 'editor', method: 'GET', path: () => '/api/media-outlets?limit=1e309', status: 400, names: '"path":"limit"' },
  { id: 'query/page-zero', as: 'anon', method: 'GET', path: () => '/api/contents?page=0', status: 400, names: '"path":"page"' },
  { id: 'query/depth-negative', as: 'anon', method: 'GET', path: () => '/api/contents?depth=-1', status: 400, names: '"path":"depth"' },
  { id: 'query/date-word', as: 'anon', method: 'GET', path: () => '/api/contents?where[publishedAt][greater_than]=notadate', status: 400, names: 'where.publishedAt.greater_than' },
  { id: 'query/date-word-equals', as: 'auditor', method: 'GET', path: () => '/api/workflow-events?where[createdAt][equals]=ayer', status: 400, names: 'where.createdAt.equals' },
  { id: 'query/date-in-list', as: 'anon', method: 'GET', path: () => '/api/contents?where[publishedAt][in]=ayer,hoy', status: 400, names: 'where.publishedAt.in' },
  { id: 'query/date-nested-and', as: 'head', method: 'GET', path: () => '/api/campaigns?where[and][0][period.end][less_than]=pronto', status: 400, names: 'where.period.end.less_than' },
  { id: 'query/id-in-words', as: 'anon', method: 'GET', path: () => '/api/contents?where[id][in]=abc,def', status: 400, names: 'where.id.in' },
  { id: 'query/id-not-in-word', as: 'editor', method: 'GET', path: () => '/api/contents?where[id][not_in]=abc', status: 400, names: 'where.id.not_in' },
  { id: 'query/number-word', as: 'head', method: 'GET', path: () => '/api/communication-plans?where[year][greater_than]=muchos', status: 400, names: 'where.year.greater_than' },
  { id: 'query/relationship-word', as: 'head', method: 'GET', path: () => '/api/communication-requests?where[department][equals]=salud', status: 400, names: 'where.department.equals' },
  { id: 'query/checkbox-word', as: 'head', method: 'GET', path: () => '/api/social-accounts?where[active][equals]=quizas', status: 400, names: 'where.active.equals' },
  { id: 'query/exists-maybe', as: 'anon', method: 'GET', path: () => '/api/contents?where[publishedAt][exists]=maybe', status: 400, names: 'where.publishedAt.exists' },
  { id: 'query/near-on-text', as: 'anon', method: 'GET', path: () => '/api/contents?where[title][near]=1,2', status: 400, names: 'where.title.near' },
  { id: 'query/operator-object', as: 'anon', method: 'GET', path: () => '/api/contents?where[id][equals][x]=1', status: 400, names: 'where.id.equals' },
  { id: 'query/operator-list', as: 'anon', method: 'GET', path: () => '/api/contents?where[title][equals][0]=a&where[title][equals][1]=b', status: 400, names: 'where.title.equals' },
  { id: 'query/no-operator', as: 'anon', method: 'GET', path: () => '/api/contents?where[title]=x', status: 400, names: 'where.title' },
  { id: 'query/and-not-list', as: 'anon', method: 'GET', path: () => '/api/contents?where[and]=x', status: 400, names: 'where.and' },
  { id: 'query/where-not-json', as: 'anon', method: 'GET', path: () => '/api/contents?where=abc', status: 400, names: '"path":"where"' },
  { id: 'query/data-not-json', as: 'anon', method: 'GET', path: () => '/api/contents?data=abc', status: 400, names: '"path":"data"' },
  { id: 'query/sort-object', as: 'anon', method: 'GET', path: () => '/api/contents?sort[title]=1', harmless: (json) => expect(Array.isArray(json.docs)).toBe(true) },
  { id: 'query/count-bad-date', as: 'anon', method: 'GET', path: () => '/api/contents/count?where[createdAt][less_than]=x', status: 400, names: 'where.createdAt.less_than' },
  { id: 'query/versions-bad-date', as: 'editor', method: 'GET', path: () => '/api/contents/versions?where[createdAt][less_than]=x', status: 400, names: 'where.createdAt.less_than' },
  { id: 'query/versions-negative-limit', as: 'editor', method: 'GET', path: () => '/api/contents/versions?limit=-1', status: 400, names: '"path":"limit"' },
  { id: 'query/version-by-word-id', as: 'editor', method: 'GET', path: () => '/api/contents/versions/abc', status: 400, names: /\bid\b/i },
  { id: 'query/global-versions-bad-date', as: 'admin', method: 'GET', path: () => '/api/globals/brand-manual/versions?where[createdAt][less_than]=x', status: 400, names: 'where.createdAt.less_than' },
  { id: 'query/global-depth-negative', as: 'anon', method: 'GET', path: () => '/api/globals/brand-manual?depth=-2', status: 400, names: '"path":"depth"' },
  { id: 'query/bulk-delete-where-not-json', as: 'admin', method: 'DELETE', path: () => '/api/media-outlets?where=abc', status: 400, names: '"path":"where"' },
  { id: 'query/bulk-delete-bad-date', as: 'admin', method: 'DELETE', path: () => '/api/media-outlets?where[createdAt][equals]=x', status: 400, names: 'where.createdAt.equals' },
  { id: 'query/bulk-patch-bad-date', as: 'head', method: 'PATCH', path: () => '/api/campaigns?where[createdAt][equals]=x', body: () => ({ objective: 'Cambiado por un PATCH masivo' }), status: 400, names: 'where.createdAt.equals' },
  { id: 'query/delete-word-id', as: 'admin', method: 'DELETE', path: () => '/api/departments/abc', status: 400, names: '"path":"id"' },
  { id: 'query/patch-word-id', as: 'head', method: 'PATCH', path: () => '/api/campaigns/abc', body: () => ({ objective: 'x' }), status: 400, names: '"path":"id"' },
  { id: 'query/locks-bad-date', as: 'editor', method: 'GET', path: () => '/api/payload-locked-documents?where[updatedAt][greater_than]=x', status: 400, names: 'where.updatedAt.greater_than' },
  { id: 'query/jobs-by-word-id', as: 'admin', method: 'GET', path: () => '/api/payload-jobs/abc', status: 400, names: '"path":"id"' },
  { id: 'query/preference-missing', as: 'editor', method: 'DELETE', path: () => '/api/payload-preferences/no-existe', status: 404 },
  { id: 'query/migrations-route', as: 'admin', method: 'GET', path: () => '/api/payload-migrations', status: 404 },
  { id: 'query/override-body-not-json', as: 'anon', method: 'POST', path: () => '/api/contents', body: () => 'not json', headers: { 'X-Payload-HTTP-Method-Override': 'GET' }, status: 400, names: '"path":"body"' },
  { id: 'query/override-form-bad-where', as: 'anon', method: 'POST', path: () => '/api/contents', body: () => 'where=abc', headers: { 'X-Payload-HTTP-Method-Override': 'GET', 'Content-Type': 'application/x-www-form-urlencoded' }, status: 400, names: '"path":"where"' },

  // ── oversized strings and arrays ────────────────────────────────────────────────────────────
  { id: 'size/request-title-100k', as: 'requester', method: 'POST', path: () => '/api/communication-requests', body: (fx) => request(fx, { title: big(100_000) }), names: 'title' },
  { id: 'size/request-description-1m', as: 'requester', method: 'POST', path: () => '/api/communication-requests', body: (fx) => request(fx, { description: big(1_000_000) }), names: 'description' },
  { id: 'size/content-summary-200k', as: 'editor', method: 'POST', path: () => '/api/contents', body: () => content({ summary: big(200_000) }), names: 'summary' },
  { id: 'size/request-products-5000', as: 'requester', method: 'POST', path: () => '/api/communication-requests', body: (fx) => request(fx, { products: Array.from({ length: 5000 }, () => ({ type: 'news', channels: ['web'] })) }), names: 'products' },
  { id: 'size/request-attachments-2000', as: 'requester', method: 'POST', path: () => '/api/communication-requests', body: (fx) => request(fx, { attachments: Array.from({ length: 2000 }, (_, i) => ({ title: `a${i}`, url: `https://pasto.gov.co/${i}` })) }), names: 'attachments' },
  { id: 'size/campaign-channels-10000', as: 'head', method: 'POST', path: () => '/api/campaigns', body: () => campaign({ channels: Array.from({ length: 10_000 }, () => 'web') }), names: 'channels' },
  { id: 'size/workflow-comment-100k', as: 'head', method: 'PATCH', path: (fx) => `/api/communication-requests/${fx.request}`, body: () => ({ status: 'needs-info', workflowComment: big(100_000) }), names: 'workflowComment' },

  // ── uploads: path traversal, zero bytes, bombs, disguised types ─────────────────────────────
  { id: 'upload/zero-byte', as: 'designer', method: 'POST', path: () => '/api/archive-assets', body: () => () => upload('vacia.jpg', Buffer.alloc(0), 'image/jpeg', asset), names: 'file' },
  { id: 'upload/png-bomb', as: 'designer', method: 'POST', path: () => '/api/archive-assets', body: () => async () => upload('bomba.png', await pngBomb(), 'image/png', asset), names: 'file' },
  { id: 'upload/text-as-jpeg', as: 'designer', method: 'POST', path: () => '/api/archive-assets', body: () => () => upload('foto.jpg', Buffer.from('<html><script>alert(1)</script></html>'), 'image/jpeg', asset), names: 'file' },
  { id: 'upload/html-file', as: 'designer', method: 'POST', path: () => '/api/archive-assets', body: () => () => upload('pagina.html', Buffer.from('<html><script>alert(1)</script></html>'), 'text/html', { ...asset, kind: 'document' }), names: 'file' },
  { id: 'upload/exe', as: 'designer', method: 'POST', path: () => '/api/archive-assets', body: () => () => upload('setup.exe', Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00'), 'application/octet-stream', { ...asset, kind: 'document' }), names: 'file' },
  { id: 'upload/traversal-unknown-kind', as: 'designer', method: 'POST', path: () => '/api/archive-assets', body: () => async () => upload('../../../../tmp/evil.jpg', await jpeg(), 'image/jpeg', { ...asset, kind: 'hologram' }), names: 'kind' },
  { id: 'upload/traversal-missing-title', as: 'designer', method: 'POST', path: () => '/api/archive-assets', body: () => async () => upload('..%2F..%2Fevil.jpg', await jpeg(), 'image/jpeg', { ...asset, title: '' }), names: 'title' },
  { id: 'upload/brand-zero-byte', as: 'admin', method: 'POST', path: () => '/api/brand-assets', body: () => () => upload('logo.png', Buffer.alloc(0), 'image/png', { title: 'Logo' }), names: /file|archivo/ },
  { id: 'upload/no-file', as: 'designer', method: 'POST', path: () => '/api/archive-assets', body: () => asset, names: 'file' },
  { id: 'upload/access-level-unknown', as: 'designer', method: 'POST', path: () => '/api/archive-assets', body: () => async () => upload('foto.jpg', await jpeg(), 'image/jpeg', { ...asset, accessLevel: 'secret' }), names: 'accessLevel' },

  // ── refused writes with a file, duplicates of what the caller cannot read (issue 13, items 1–2) ──
  // Refused before storage: nothing written (the final check finds no new file, kept originals included).
  ...(['anon', 'requester', 'auditor', 'editor'] as const).map(
    (who): Case => ({ id: `file/patch-with-file-${who}`, as: who, method: 'PATCH', path: (fx) => `/api/archive-assets/${fx.asset}`, body: () => async () => upload('reemplazo.jpg', await jpeg(), 'image/jpeg', { title: 'Cambiado' }), status: 403 }),
  ),
  { id: 'file/patch-with-file-not-own', as: 'designer', method: 'PATCH', path: (fx) => `/api/archive-assets/${fx.asset}`, body: () => async () => upload('reemplazo.jpg', await jpeg(), 'image/jpeg', {}), status: 403 },
  { id: 'file/bulk-patch-with-file', as: 'requester', method: 'PATCH', path: (fx) => `/api/archive-assets?where[id][equals]=${fx.asset}`, body: () => async () => upload('lote.jpg', await jpeg(), 'image/jpeg', {}), status: 403 },
  { id: 'file/graphql-update-anon', as: 'anon', method: 'POST', path: () => '/api/graphql', body: (fx) => ({ query: `mutation { updateArchiveAsset(id: ${fx.asset}, data: { title: "x", license: { type: institutional } }) { id } }` }), status: [200, 403], harmless: (json) => expect([json.data?.updateArchiveAsset ?? null, Boolean(json.errors?.length)]).toEqual([null, true]) },
  ...(['anon', 'requester', 'auditor', 'designer'] as const).map(
    (who): Case => ({
      id: `file/duplicate-of-restricted-${who}`,
      as: who,
      method: 'POST',
      path: () => '/api/archive-assets',
      body: () => async () => upload('copia.png', await trustImage(11), 'image/png', asset),
      status: 403,
      hides: /Foto reservada del corpus|"existing"|sha256/,
    }),
  ),

  // ── unknown enum values ─────────────────────────────────────────────────────────────────────
  { id: 'enum/request-audience', as: 'requester', method: 'POST', path: () => '/api/communication-requests', body: (fx) => request(fx, { audience: 'galactic' }), names: 'audience' },
  { id: 'enum/request-product-type', as: 'requester', method: 'POST', path: () => '/api/communication-requests', body: (fx) => request(fx, { products: [{ type: 'hologram', channels: ['web'] }] }), names: /products|type/ },
  { id: 'enum/request-channel', as: 'requester', method: 'POST', path: () => '/api/communication-requests', body: (fx) => request(fx, { products: [{ type: 'news', channels: ['carrier-pigeon'] }] }), names: /products|channels/ },
  { id: 'enum/content-kind', as: 'editor', method: 'POST', path: () => '/api/contents', body: () => content({ kind: 'poem' }), names: 'kind' },
  { id: 'enum/content-stage', as: 'editor', method: 'PATCH', path: (fx) => `/api/contents/${fx.draft}?draft=true`, body: () => ({ stage: 'teleported' }), names: 'stage' },
  { id: 'enum/request-status', as: 'head', method: 'PATCH', path: (fx) => `/api/communication-requests/${fx.request}`, body: () => ({ status: 'approved-by-me' }), names: 'status' },
  { id: 'enum/campaign-kind', as: 'head', method: 'POST', path: () => '/api/campaigns', body: () => campaign({ kind: 'viral' }), names: 'kind' },
  { id: 'enum/mention-sentiment', as: 'editor', method: 'POST', path: () => '/api/media-mentions', body: (fx) => ({ outlet: fx.outlet, date: '2026-05-01', headline: 'X', sentiment: 'ecstatic' }), names: 'sentiment' },
  { id: 'enum/user-role', as: 'admin', method: 'POST', path: () => '/api/users', body: () => ({ email: 'nuevo@pregonero.test', password: 'Xx-123456789', name: 'X', roles: ['superuser'] }), names: 'roles' },
  { id: 'enum/inventory-format', as: 'head', method: 'GET', path: () => '/api/archive/inventory?format=exe', names: 'format' },
  { id: 'enum/report-period', as: 'head', method: 'POST', path: () => '/api/pregonero/reports/generate', body: () => ({ period: '2026-99' }), names: 'period' },
  { id: 'enum/website-kind', as: 'anon', method: 'GET', path: () => '/api/pregonero/contents?kind=%3Cscript%3E', names: 'kind' },
  { id: 'enum/open-data-file', as: 'anon', method: 'GET', path: () => '/api/pregonero/open-data/..%2F..%2Fetc%2Fpasswd', status: [400, 404], names: /dataset|conjunto/i },

  // ── the other collections: one bad value each ────────────────────────────────────────────
  { id: 'other/guideline-no-title', as: 'head', method: 'POST', path: () => '/api/guidelines', body: (fx) => ({ owner: fx.head, reviewDate: '2027-01-01' }), names: 'title' },
  { id: 'other/legal-reference-year', as: 'head', method: 'POST', path: () => '/api/legal-references', body: () => ({ title: 'Ley 1712', issuer: 'Congreso', year: 3000 }), names: 'year' },
  { id: 'other/risk-likelihood', as: 'head', method: 'POST', path: () => '/api/risks', body: () => ({ title: 'Riesgo', cause: 'c', consequence: 'c', inherent: { likelihood: 9, impact: 3 } }), names: 'likelihood' },
  { id: 'other/indicator-frequency', as: 'head', method: 'POST', path: () => '/api/indicators', body: () => ({ code: 'IND-X', name: 'X', frequency: 'hourly', unit: '%' }), names: 'frequency' },
  { id: 'other/improvement-type', as: 'head', method: 'POST', path: () => '/api/improvement-actions', body: (fx) => ({ title: 'Mejora', type: 'magic', rootCause: 'c', responsible: fx.head, dueDate: '2027-01-01' }), names: 'type' },
  { id: 'other/retention-negative-years', as: 'head', method: 'POST', path: () => '/api/retention-series', body: () => ({ code: '1400-45', seriesCode: '1400', seriesName: 'Serie', officeYears: -3, centralYears: 2, disposition: 'CT' }), names: 'officeYears' },
  { id: 'other/outlet-type', as: 'editor', method: 'POST', path: () => '/api/media-outlets', body: () => ({ name: 'Radio Pirata', type: 'carrier-pigeon' }), names: 'type' },
  { id: 'xss/social-account-url', as: 'head', method: 'POST', path: () => '/api/social-accounts', body: () => ({ network: 'facebook', handle: 'pasto2', url: 'javascript:alert(1)' }), names: 'url' },
  { id: 'other/social-network', as: 'head', method: 'POST', path: () => '/api/social-accounts', body: () => ({ network: 'myspace', handle: 'pasto' }), names: 'network' },
  { id: 'other/plan-year', as: 'head', method: 'POST', path: () => '/api/communication-plans', body: () => ({ title: 'Plan', year: 1500, scope: 'external', objective: 'o' }), names: 'year' },
  { id: 'other/content-hero-missing', as: 'editor', method: 'POST', path: () => '/api/contents', body: () => content({ heroImage: 987654 }), names: 'heroImage' },
  { id: 'other/alert-by-head', as: 'head', method: 'POST', path: () => '/api/alerts', body: () => ({ kind: 'manual', severity: 'high', message: 'x' }), status: 403 },
  { id: 'other/measurement-by-head', as: 'head', method: 'POST', path: () => '/api/indicator-measurements', body: () => ({ indicator: 1, period: '2026-05', value: 100 }), status: 403 },

  // ── forged roles, identities and states ─────────────────────────────────────────────────────
  { id: 'forge/editor-raises-own-roles', as: 'editor', method: 'PATCH', path: () => '/api/users/me-placeholder', body: () => ({ roles: ['admin'] }), status: 403, names: 'roles' },
  { id: 'forge/requester-creates-user', as: 'requester', method: 'POST', path: () => '/api/users', body: () => ({ email: 'x@pregonero.test', password: 'Xx-123456789', name: 'X', roles: ['admin'] }), status: 403 },
  { id: 'forge/requester-other-department', as: 'requester', method: 'POST', path: () => '/api/communication-requests', body: (fx) => request(fx, { department: Number(fx.department) + 1 }), names: 'department' },
  { id: 'forge/requester-accepts', as: 'requester', method: 'PATCH', path: (fx) => `/api/communication-requests/${fx.request}`, body: () => ({ status: 'accepted' }), status: 403, names: /«Radicada» a «Aceptada»/ },
  // A forged status/code/due date on creation is ignored by design (tests/int/workflow/rules.int.spec.ts); on an
  // update, a forged system field of an existing request is refused or ignored, never applied.
  { id: 'forge/requester-sets-due-date', as: 'requester', method: 'PATCH', path: (fx) => `/api/communication-requests/${fx.request}`, body: () => ({ dueDate: '2030-01-01T00:00:00.000Z', code: 'SOL-1999-0001' }), status: [200, 403], harmless: (json) => expect([json?.doc?.dueDate ?? null, json?.doc?.code ?? null]).toEqual([null, json?.doc ? expect.stringMatching(/^SOL-2\d{3}-/) : null]) },
  { id: 'forge/editor-workflow-event', as: 'editor', method: 'POST', path: () => '/api/workflow-events', body: (fx) => ({ collection: 'contents', document: String(fx.draft), from: 'draft', to: 'published' }), status: 403 },
  { id: 'forge/editor-follow-up', as: 'editor', method: 'POST', path: () => '/api/follow-ups', body: () => ({ kind: 'content-published', subjectCollection: 'contents', subjectId: '1' }), status: 403 },
  { id: 'forge/editor-publishes', as: 'editor', method: 'PATCH', path: (fx) => `/api/contents/${fx.draft}`, body: () => ({ stage: 'published', _status: 'published' }), names: /published|stage/ },
  { id: 'forge/editor-creates-published', as: 'editor', method: 'POST', path: () => '/api/contents', body: () => content({ stage: 'published', _status: 'published' }), names: /stage|published/ },
  { id: 'forge/anon-creates-content', as: 'anon', method: 'POST', path: () => '/api/contents', body: () => content(), status: 403 },
  { id: 'forge/first-register', as: 'anon', method: 'POST', path: () => '/api/users/first-register', body: () => ({ email: 'intruso@pregonero.test', password: 'Xx-123456789', name: 'X', roles: ['admin'] }), status: [400, 403] },
  { id: 'forge/auditor-deletes-event', as: 'auditor', method: 'DELETE', path: () => '/api/workflow-events/1', status: 403 },
  { id: 'forge/jwt-none', as: 'anon', method: 'GET', path: () => '/api/users/me', status: 200, harmless: (json) => expect(json.user ?? null).toBeNull() },
]

/** Where the corpus runs: the built app over HTTP (e2e) or the route handlers in-process (int). */
export type CorpusTarget = {
  fetch: (path: string, init: RequestInit) => Promise<Response>
  fx: Fx
  /** The folder holding the database file and the media folder (checked for stray files). */
  dir: string
}

const emails: Record<Exclude<Who, 'anon'>, string> = {
  admin: 'admin@pregonero.test',
  auditor: 'auditor@pregonero.test',
  designer: 'disenador@pregonero.test',
  editor: 'editor@pregonero.test',
  head: 'jefe@pregonero.test',
  requester: 'enlace.salud@pregonero.test',
}

/**
 * Declares the corpus tests (call at the top level of a spec): every row answers a 4xx naming the
 * field, the server stays up after each, and nothing is half-written (documents and files).
 * Returns `send` for target-specific extra tests.
 */
export const corpusSuite = (start: () => Promise<CorpusTarget>) => {
  let target: CorpusTarget
  let fx: Fx
  const tokens: Partial<Record<Who, string>> = {}
  const ids: Partial<Record<Who, number>> = {}
  const send = async (who: Who, method: string, url: string, body?: Body, extraHeaders: Record<string, string> = {}) => {
    const headers: Record<string, string> = { ...extraHeaders }
    if (who !== 'anon') headers.Authorization = `JWT ${tokens[who]}`
    let payload: BodyInit | undefined
    if (typeof body === 'function') payload = await (body as () => Promise<FormData>)()
    else if (typeof body === 'string') {
      headers['Content-Type'] ??= 'application/json'
      payload = body
    } else if (body !== undefined) {
      headers['Content-Type'] = 'application/json'
      payload = JSON.stringify(body)
    }
    const res = await target.fetch(url, { method, headers, body: payload })
    const text = await res.text()
    let json: any
    try {
      json = JSON.parse(text)
    } catch {
      json = undefined
    }
    return { status: res.status, text, json }
  }

  const COLLECTIONS = [
    'users', 'departments', 'communication-requests', 'contents', 'campaigns', 'communication-plans', 'plan-actions',
    'archive-assets', 'brand-assets', 'media-mentions', 'media-outlets', 'social-accounts', 'social-metrics', 'follow-ups',
    'workflow-events', 'alerts', 'improvement-actions', 'reports', 'indicators', 'indicator-measurements', 'fact-check-requests',
    'intranet-reads', 'notification-deliveries',
  ]
  const snapshot = async () => {
    const counts: Record<string, number | string> = {}
    for (const slug of COLLECTIONS) {
      const res = await send('admin', 'GET', `/api/${slug}?limit=1&depth=0&draft=true`)
      counts[slug] = res.status === 200 ? res.json.totalDocs : `status ${res.status}`
    }
    const request = await send('admin', 'GET', `/api/communication-requests/${fx.request}?depth=0`)
    const draft = await send('admin', 'GET', `/api/contents/${fx.draft}?depth=0&draft=true`)
    const campaignDoc = await send('admin', 'GET', `/api/campaigns/${fx.campaign}?depth=0`)
    const manual = await send('admin', 'GET', '/api/globals/brand-manual?depth=0')
    return {
      counts,
      request: { status: request.json.status, title: request.json.title, score: request.json.satisfaction?.score ?? null },
      draft: { stage: draft.json.stage, _status: draft.json._status },
      campaign: campaignDoc.json.period,
      palette: (manual.json.palette ?? []).map((row: { hex: string }) => row.hex),
      editorRoles: (await send('admin', 'GET', `/api/users/${ids.editor}?depth=0`)).json.roles,
    }
  }
  const mediaFiles = async () => {
    const files: string[] = []
    const walk = async (dir: string) => {
      for (const entry of await fs.readdir(dir, { withFileTypes: true }).catch(() => [])) {
        const full = path.join(dir, entry.name)
        if (entry.isDirectory()) await walk(full)
        else files.push(full)
      }
    }
    await walk(target.dir)
    return files.filter((file) => !/\.db(-wal|-shm|-journal)?$/.test(file)).sort()
  }

  let before: Awaited<ReturnType<typeof snapshot>>
  let filesBefore: string[]

  beforeAll(async () => {
    target = await start()
    fx = target.fx
    for (const [who, email] of Object.entries(emails) as Array<[Exclude<Who, 'anon'>, string]>) {
      const res = await target.fetch('/api/users/login', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email, password: DEMO_PASSWORD }),
      })
      const json = await res.json()
      if (res.status !== 200) throw new Error(`login ${email}: ${res.status} ${JSON.stringify(json)}`)
      tokens[who] = json.token
      ids[who] = json.user.id
    }
    before = await snapshot()
    filesBefore = await mediaFiles()
  }, 240_000)

  it('the corpus has at least 60 cases, all distinct', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(60)
    expect(new Set(CORPUS.map((c) => c.id)).size).toBe(CORPUS.length)
  })

  describe('bad input gets a clear 4xx, never a 5xx, and the server stays up', () => {
    it.each(CORPUS.map((c) => [c.id, c] as const))('%s', async (_id, c) => {
      const url = c.path(fx).replace('/api/users/me-placeholder', `/api/users/${ids.editor}`)
      const res = await send(c.as, c.method, url, c.body?.(fx), c.headers)
      const where = `${c.method} ${url} → ${res.status} ${res.text.slice(0, 400)}`
      if (c.harmless) {
        const expected = c.status === undefined ? [200] : ([] as number[]).concat(c.status)
        expect({ where, ok: expected.includes(res.status) }).toEqual({ where, ok: true })
        c.harmless(res.json, res.text)
      } else {
        const allowed = c.status === undefined ? null : ([] as number[]).concat(c.status)
        const ok = allowed ? allowed.includes(res.status) : res.status >= 400 && res.status < 500
        expect({ where, ok }).toEqual({ where, ok: true })
        expect(res.json).toBeDefined() // a JSON error body, not an HTML error page
        const message = JSON.stringify(res.json)
        if (c.names) {
          const named = typeof c.names === 'string' ? message.toLowerCase().includes(c.names.toLowerCase()) : c.names.test(message)
          expect({ where, named }).toEqual({ where, named: true })
        }
        expect(message).not.toMatch(/SQLITE|drizzle|at Object\.|node_modules|Something went wrong/)
      }
      if (c.hides) expect({ where, hides: c.hides.test(res.text) }).toEqual({ where, hides: false })
      const health = await target.fetch('/api/users/me', { headers: { Authorization: `JWT ${tokens.admin}` } })
      expect(health.status).toBe(200)
    })
  })

  it('nothing was half-written: every collection has the same documents, the edited ones are unchanged, no file appeared', async () => {
    const after = await snapshot()
    expect(after).toEqual(before)
    expect(await mediaFiles()).toEqual(filesBefore)
  })
  return { send: (who: Who, method: string, url: string, body?: Body) => send(who, method, url, body), fx: () => fx }
}
