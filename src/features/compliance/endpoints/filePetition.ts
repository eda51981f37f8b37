import type { Endpoint, PayloadRequest } from 'payload'

import type { ResolvedOptions } from '../../../types.js'

import { tr } from '../../../kernel/i18n/index.js'
import { clientIP, ipKey } from '../../../platform/rateLimit/index.js'
import { withLabel } from '../../../kernel/i18n/fieldLabel.js'
import { isPetitionKind, PETITIONER_TYPES, PETITIONS } from '../petitions.js'

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** The refusal names the field by its label (the petition's field, else the parameter's); `path` keeps the key. */
const fail = (req: PayloadRequest, status: number, path: string, rule: string) => {
  const message = withLabel(req, PETITIONS, path, rule)
  return Response.json({ errors: [{ name: 'ValidationError', message, data: { errors: [{ path, message }] } }] }, { status, headers: { 'Cache-Control': 'no-store' } })
}

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '')

/**
 * POST /api/pregonero/petitions: anyone files a petition (Ley 1755/2015) with a JSON body
 * `{ name, type?, organization?, email, phone?, kind, subject, description }`. Anti-abuse: a
 * per-IP budget (429 + Retry-After), a body and per-field size limit (413 / 400 naming the field),
 * and a honeypot field (`website`): a filled one is answered like a success and stored nowhere.
 * Answers 201 with the reference, the receipt date and the legal due date.
 */
export const filePetitionEndpoint = (options: ResolvedOptions): Endpoint => ({
  path: '/pregonero/petitions',
  method: 'post',
  handler: async (req) => {
    const limits = options.api.rateLimit
    // The form's limits are options (compliance.petitionForm, src/types.ts), resolved in src/defaults.ts.
    const form = options.compliance.petitionForm
    const ip = clientIP(req.headers, limits.trustProxy)
    const budget = await limits.store.hit(`petition:${ip === null ? 'in-process' : ipKey(ip)}`, form.perIP, form.windowMs)
    if (!budget.allowed) {
      const seconds = Math.max(1, Math.ceil(budget.retryAfterMs / 1000))
      return Response.json({ errors: [{ message: tr(req, 'petitionTooMany', { seconds }) }] }, { status: 429, headers: { 'Retry-After': String(seconds) } })
    }
    const declared = Number(req.headers.get('content-length') ?? 0)
    if (declared > form.maxBodyBytes) return fail(req, 413, 'body', tr(req, 'petitionTooLarge', { max: form.maxBodyBytes }))
    const raw = typeof req.text === 'function' ? await req.text() : JSON.stringify(req.data ?? {})
    if (Buffer.byteLength(raw) > form.maxBodyBytes) return fail(req, 413, 'body', tr(req, 'petitionTooLarge', { max: form.maxBodyBytes }))
    let body: Record<string, unknown>
    try {
      const parsed: unknown = JSON.parse(raw || '{}')
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not an object')
      body = parsed as Record<string, unknown>
    } catch {
      return fail(req, 400, 'body', tr(req, 'petitionBadJson'))
    }

    const receivedAt = new Date().toISOString()
    // A bot filled the invisible field: it gets the same answer as a person, and nothing is stored.
    if (text(body[form.honeypot])) return Response.json({ received: true, receivedAt }, { status: 201 })

    for (const [field, max] of Object.entries(form.fields)) {
      const value = body[field]
      if (value !== undefined && value !== null && typeof value !== 'string') return fail(req, 400, field, tr(req, 'petitionFieldText'))
      if (text(value).length > max) return fail(req, 400, field, tr(req, 'petitionFieldTooLong', { max }))
    }
    for (const field of ['name', 'email', 'subject', 'description']) {
      if (!text(body[field])) return fail(req, 400, field, tr(req, 'petitionFieldRequired'))
    }
    if (!EMAIL.test(text(body.email))) return fail(req, 400, 'email', tr(req, 'petitionEmailInvalid'))
    if (!isPetitionKind(body.kind)) return fail(req, 400, 'kind', tr(req, 'petitionKindInvalid'))
    const type = body.type === undefined ? 'citizen' : body.type
    if (!PETITIONER_TYPES.some((option) => option.value === type)) return fail(req, 400, 'type', tr(req, 'petitionTypeInvalid', { allowed: PETITIONER_TYPES.map((o) => o.value).join(', ') }))

    const petition = (await req.payload.create({
      collection: PETITIONS,
      data: {
        petitioner: { name: text(body.name), type, organization: text(body.organization) || undefined, email: text(body.email), phone: text(body.phone) || undefined },
        kind: body.kind,
        subject: text(body.subject),
        description: text(body.description),
        channel: 'web',
        receivedAt,
      } as never,
      req,
      overrideAccess: true,
    })) as unknown as { id: number | string; receivedAt: string; dueDate: string }
    return Response.json({ received: true, reference: petition.id, receivedAt: petition.receivedAt, dueDate: petition.dueDate }, { status: 201, headers: { 'Cache-Control': 'no-store' } })
  },
})
