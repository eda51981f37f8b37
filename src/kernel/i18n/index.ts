import type { Config } from 'payload'

import { actionsMessages } from './messages/actions.js'
import { alertsMessages } from './messages/alerts.js'
import { refusalsMessages } from './messages/refusals.js'
import { reportsMessages } from './messages/reports.js'
import { archiveMessages } from './messages/archive.js'
import { commonMessages } from './messages/common.js'
import { statementMessages } from './messages/statement.js'
import { complianceMessages } from './messages/compliance.js'
import { edgesMessages } from './messages/edges.js'
import { insightsMessages } from './messages/insights.js'
import { formsMessages } from './messages/forms.js'
import { machineMessages } from './messages/machine.js'
import { monitoringReportMessages } from './messages/monitoringReport.js'
import { publicCacheMessages } from './messages/publicCache.js'
import { publicApiParamsMessages } from './messages/publicApiParams.js'
import { fieldLabelsMessages } from './messages/fieldLabels.js'
import { mailMessages } from './messages/mail.js'
import { mailMoreMessages } from './messages/mailMore.js'
import { multiMessages } from './messages/multi.js'
import { opsMessages } from './messages/ops.js'
import { schedulingMessages } from './messages/scheduling.js'
import { workflowTrustMessages } from './messages/workflowTrust.js'
import { instrumentsMessages } from './messages/instruments.js'
import { gluedLeftMessages } from './messages/gluedLeft.js'
import { refusalReasonsMessages } from './messages/refusalReasons.js'
import { factCheckPageMessages } from './messages/factCheckPage.js'
import { indicatorNotesMessages } from './messages/indicatorNotes.js'
import { importJobsMessages } from './messages/importJobs.js'
import { trailSayMessages } from './messages/trailSay.js'

/**
 * The plugin's messages, one language per user, through Payload's i18n: every key lives in the
 * `pregonero` namespace of `config.i18n.translations`, so `req.t('pregonero:<key>')` on the server
 * and `useTranslation().t` in admin components pick the caller's language (the admin's language,
 * or `Accept-Language`/the `lng` cookie over the API), with Spanish as the fallback.
 *
 * Each feature keeps its messages in `messages/<feature>.ts` as `{ es, en }`; add the file to
 * `parts` below. Spanish is the source: English must give every Spanish key.
 */
const parts = [commonMessages, schedulingMessages, archiveMessages, workflowTrustMessages, edgesMessages, machineMessages, complianceMessages, insightsMessages, publicCacheMessages, actionsMessages, mailMessages, formsMessages, statementMessages, opsMessages, monitoringReportMessages, instrumentsMessages, alertsMessages, refusalsMessages, mailMoreMessages, reportsMessages, multiMessages, gluedLeftMessages, publicApiParamsMessages, refusalReasonsMessages, factCheckPageMessages, indicatorNotesMessages, fieldLabelsMessages, importJobsMessages, trailSayMessages] as const

type Part = (typeof parts)[number]
type SpanishOf<P> = P extends { es: infer E } ? E : never
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never

/** Every message key of the plugin (without the `pregonero:` namespace). */
export type MessageKey = keyof UnionToIntersection<SpanishOf<Part>> & string

const merge = (language: 'en' | 'es'): Record<MessageKey, string> =>
  Object.assign({}, ...parts.map((part) => part[language])) as Record<MessageKey, string>

export const spanishMessages = merge('es')
export const englishMessages = merge('en')

/** The plugin's translations as Payload's `i18n.translations` expects them. */
export const pregoneroTranslations = {
  es: { pregonero: spanishMessages },
  en: { pregonero: englishMessages },
}

const interpolate = (template: string, vars?: Record<string, unknown>): string =>
  vars ? template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (vars[name] == null ? whole : String(vars[name]))) : template

type Translator = { t?: unknown; i18n?: { t?: unknown } }

/**
 * A message in the caller's language: `tr(req, 'forbidden')`. Without a request (a script, a
 * job's own code) the Spanish text. Variables use Payload's `{{name}}` syntax.
 */
export const tr = (req: null | Translator | undefined, key: MessageKey, vars?: Record<string, unknown>): string => {
  const t = (req?.t ?? req?.i18n?.t) as ((key: string, vars?: Record<string, unknown>) => string) | undefined
  const text = t ? t(`pregonero:${key}`, vars) : undefined
  // Payload answers the key itself when a language lacks it: fall back to Spanish.
  return text && text !== `pregonero:${key}` ? text : interpolate(spanishMessages[key], vars)
}

/** A message in a given language (an e-mail's recipient, not the caller): Spanish unless 'en'. */
export const trIn = (language: null | string | undefined, key: MessageKey, vars?: Record<string, unknown>): string =>
  interpolate((language === 'en' ? englishMessages : spanishMessages)[key], vars)

/**
 * A message for a bare HTTP request, before Payload has one (route wrappers): Spanish unless the
 * caller asks for English first (`Accept-Language: en…`).
 */
export const trForRequest = (request: Request, key: MessageKey, vars?: Record<string, unknown>): string =>
  trIn(/^\s*en\b/i.test(request.headers.get('accept-language') ?? '') ? 'en' : 'es', key, vars)

/** Merges the plugin's translations into the host's i18n (the host's own keys win). */
export const withPregoneroTranslations = (i18n: Config['i18n']): NonNullable<Config['i18n']> => {
  const host = (i18n?.translations ?? {}) as Record<string, Record<string, unknown>>
  const merged: Record<string, Record<string, unknown>> = { ...host }
  for (const [language, namespaces] of Object.entries(pregoneroTranslations)) {
    const hostNamespaces = host[language] ?? {}
    merged[language] = {
      ...hostNamespaces,
      pregonero: { ...namespaces.pregonero, ...((hostNamespaces.pregonero as object | undefined) ?? {}) },
    }
  }
  return { ...i18n, translations: merged }
}
