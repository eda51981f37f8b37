import type { Endpoint, PayloadRequest } from 'payload'

import { commitTransaction, initTransaction, killTransaction } from 'payload'

import type { ResolvedOptions } from '../../../types.js'

import { hasRole, OFFICE_ROLES } from '../../../kernel/access/index.js'
import { richTextToText } from '../../../kernel/formats/richText.js'
import { readJsonBody } from '../../publicApi/http.js'
import { enqueueMail } from '../../../kernel/notifications/queueNotification.js'
import { factCheckRequest } from '../../../kernel/notifications/templates/index.js'
import { answerLink, FACT_CHECKS, LinkRefused, linkedContent, openLink, pageLanguage } from './answer.js'
import { errorPage, pageHeaders, previewPage, thanksPage } from './page.js'
import { factCheckKey, newTokenId, signFactCheckToken } from './token.js'
import { SLUGS } from '../../../kernel/slugs.js'
import { withLabel } from '../../../kernel/i18n/fieldLabel.js'
import { type MessageKey, tr, trIn } from '../../../kernel/i18n/index.js'
import { optionLabelsOf } from '../../../kernel/admin/stateLabels.js'

/** A content's stage as the reader's language names it. */
const stageName = (req: PayloadRequest, stage: string): string =>
  optionLabelsOf(req.payload.collections[SLUGS.contents]?.config.fields, 'stage', req.i18n?.language ?? 'es')[stage] ?? stage

const EMAIL = /^[^\s@<>",;]+@[^\s@<>",;]+\.[^\s@<>",;]+$/

/** The refusal names the field by its label in the caller's language (`rule` says only the rule); `field` keeps the key. */
const fieldError = (req: PayloadRequest, status: number, field: string, rule: string) => {
  const message = withLabel(req, FACT_CHECKS, field, rule)
  return Response.json({ errors: [{ field, message }], message }, { status })
}

const readBody = async (req: PayloadRequest): Promise<{ json: boolean; data: Record<string, unknown> }> => {
  const type = req.headers.get('content-type') ?? ''
  if (type.includes('application/json')) {
    return { json: true, data: await readJsonBody(req) }
  }
  const text = (await req.text?.().catch(() => '')) ?? ''
  return { json: false, data: Object.fromEntries(new URLSearchParams(text)) }
}

const linkURL = (options: ResolvedOptions, req: PayloadRequest, token: string): string =>
  `${options.serverURL.replace(/\/$/, '')}${req.payload.config.routes.api}/pregonero/fact-check/${token}`

/**
 * POST /api/pregonero/fact-check/request { contentId, email, name, message?, language?: 'es' | 'en' }
 * An office member sends a content that is `in-review` to an outside expert: records the link
 * (fact-check-requests) and queues the e-mail with the signed, single-use, expiring link, in one
 * transaction. The token is never returned to the caller, only mailed.
 */
export const factCheckRequestEndpoint = (options: ResolvedOptions): Endpoint => ({
  path: '/pregonero/fact-check/request',
  method: 'post',
  handler: async (req) => {
    const user = req.user
    if (!user) return Response.json({ message: tr(req, 'unauthorized') }, { status: 401 })
    if (!hasRole(user, ...OFFICE_ROLES)) {
      return Response.json(
        { message: tr(req, 'factCheckOfficeOnly') },
        { status: 403 },
      )
    }
    const { data } = await readBody(req)
    const contentId = typeof data.contentId === 'number' || typeof data.contentId === 'string' ? data.contentId : null
    const email = typeof data.email === 'string' ? data.email.trim() : ''
    const name = typeof data.name === 'string' ? data.name.trim() : ''
    const message = typeof data.message === 'string' ? data.message.trim().slice(0, 2000) : ''
    // The expert has no account: the office chooses the e-mail's language (Spanish by default).
    const language = data.language === undefined || data.language === null || data.language === '' ? 'es' : data.language
    if (language !== 'es' && language !== 'en') return fieldError(req, 400, 'language', tr(req, 'mailLanguageInvalid'))
    if (contentId === null || contentId === '') return fieldError(req, 400, 'contentId', tr(req, 'fieldRequired'))
    if (!EMAIL.test(email) || email.length > 254) return fieldError(req, 400, 'email', tr(req, 'emailInvalid'))
    if (!name || name.length > 200) return fieldError(req, 400, 'name', tr(req, 'requiredUpTo', { max: 200 }))

    // The caller must be able to read the content (their own access rules).
    const content = (await req.payload.findByID({
      collection: SLUGS.contents,
      id: contentId,
      depth: 0,
      draft: true,
      overrideAccess: false,
      user,
      disableErrors: true,
      req,
    })) as unknown as { id: number | string; title?: string; stage?: string } | null
    if (!content) return fieldError(req, 404, 'contentId', tr(req, 'contentNotFound'))
    if (content.stage !== 'in-review') {
      return fieldError(
        req,
        409,
        'contentId',
        tr(req, 'contentMustBeInReview', { stage: stageName(req, String(content.stage)) }),
      )
    }

    const tokenId = newTokenId()
    const expiresAt = new Date(Date.now() + options.factCheck.expiryHours * 3_600_000)
    const startedHere = await initTransaction(req)
      try {
        const row = (await req.payload.create({
          collection: FACT_CHECKS,
          data: { tokenId, content: content.id, email, name, requestedBy: user.id, expiresAt: expiresAt.toISOString(), language } as never,
          overrideAccess: true,
          req,
        })) as unknown as { id: number | string }
        const token = signFactCheckToken(factCheckKey(req.payload.secret), { rid: String(row.id), jti: tokenId, exp: expiresAt.getTime() })
        const mail = factCheckRequest({
          institutionName: options.institutionName,
          title: String(content.title ?? ''),
          url: linkURL(options, req, token),
          expertName: name,
          requesterName: typeof user.name === 'string' ? user.name : undefined,
          expiresAt: expiresAt.toISOString(),
          comment: message || undefined,
          lang: language,
        })
        await enqueueMail(req, options, {
          key: `fact-check-request|contents:${content.id}|f${row.id}|${email.toLowerCase()}`,
          event: 'fact-check-request',
          to: email,
          ...mail,
          docCollection: 'contents',
          docId: String(content.id),
        })
        if (startedHere) await commitTransaction(req)
        return Response.json({ id: row.id, expiresAt: expiresAt.toISOString() }, { status: 201 })
      } catch (error) {
        if (startedHere) await killTransaction(req)
        throw error
      }
  },
})

/** The refusal: in the caller's language over JSON; on the expert's page, in the link's language. */
const refusedResponse = async (options: ResolvedOptions, error: LinkRefused, json: boolean, req: PayloadRequest, token: string) => {
  if (json) return Response.json({ message: tr(req, error.key) }, { status: error.status })
  const lang = await pageLanguage(req, token)
  return new Response(errorPage(lang, options.institutionName, trIn(lang, error.heading), trIn(lang, error.key)), { status: error.status, headers: pageHeaders })
}

/** GET /api/pregonero/fact-check/:token — the read-only preview with the answer form (HTML). Never consumes the link. */
export const factCheckPreviewEndpoint = (options: ResolvedOptions): Endpoint => ({
  path: '/pregonero/fact-check/:token',
  method: 'get',
  handler: async (req) => {
    const token = String(req.routeParams?.token ?? '')
    try {
      const row = await openLink(req, token)
      const content = await linkedContent(req, row)
      const html = previewPage({
        lang: row.language === 'en' ? 'en' : 'es',
        institutionName: options.institutionName,
        timeZone: options.timeZone,
        expertName: row.name,
        title: String(content.title ?? ''),
        summary: String(content.summary ?? ''),
        body: richTextToText(content.body, { listMarkers: true }),
        expiresAt: row.expiresAt,
      })
      return new Response(html, { status: 200, headers: pageHeaders })
    } catch (error) {
      if (error instanceof LinkRefused) return refusedResponse(options, error, false, req, token)
      throw error
    }
  },
})

/**
 * POST /api/pregonero/fact-check/:token { verdict: 'confirmed' | 'comments', comment } — JSON (answers in
 * the caller's language) or the HTML form (answers with a page in the link's language).
 */
export const factCheckAnswerEndpoint = (options: ResolvedOptions): Endpoint => ({
  path: '/pregonero/fact-check/:token',
  method: 'post',
  handler: async (req) => {
    const token = String(req.routeParams?.token ?? '')
    const { json, data } = await readBody(req)
    const verdict = data.verdict
    const comment = typeof data.comment === 'string' ? data.comment.trim() : ''
    const invalid = async (field: string, message: string, pageMessage: MessageKey, vars?: Record<string, unknown>) => {
      if (json) return fieldError(req, 400, field, message)
      const lang = await pageLanguage(req, token)
      const html = errorPage(lang, options.institutionName, trIn(lang, 'factPageIncompleteHeading'), trIn(lang, pageMessage, vars), trIn(lang, 'factPageGoBack'))
      return new Response(html, { status: 400, headers: pageHeaders })
    }
    if (verdict !== 'confirmed' && verdict !== 'comments') {
      return invalid('verdict', tr(req, 'verdictInvalid'), 'factPageVerdictMissing')
    }
    if (verdict === 'comments' && !comment) return invalid('comment', tr(req, 'commentRequired'), 'factPageCommentMissing')
    if (comment.length > 5000) return invalid('comment', tr(req, 'upTo', { max: 5000 }), 'factPageCommentTooLong', { max: 5000 })
    try {
      const result = await answerLink(req, token, { verdict, comment })
      return json
        ? Response.json({ ok: true, eventId: result.eventId }, { status: 200 })
        : new Response(thanksPage(result.language, options.institutionName, result.title), { status: 200, headers: pageHeaders })
    } catch (error) {
      if (error instanceof LinkRefused) return refusedResponse(options, error, json, req, token)
      throw error
    }
  },
})
