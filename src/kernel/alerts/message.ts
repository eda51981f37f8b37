import { spanishMessages, tr, trIn, type MessageKey } from '../i18n/index.js'

/**
 * What an alert says, stored as a message key and its variables, so each reader gets it in their
 * own language (alerts are read by the whole office and by auditors, each in their admin language).
 * A variable may itself be a message (`{ key, vars }`) or a config label (`{ es, en }`, e.g. a
 * state's name), rendered in the same language.
 */
export type AlertMessage = { key: MessageKey; vars?: Record<string, unknown> }

type Translator = Parameters<typeof tr>[0]

const isLabel = (value: unknown): value is { es: string; en?: string } =>
  typeof value === 'object' && value !== null && typeof (value as { es?: unknown }).es === 'string' && !('key' in value)

const isMessage = (value: unknown): value is AlertMessage =>
  typeof value === 'object' && value !== null && typeof (value as { key?: unknown }).key === 'string' && (value as { key: string }).key in spanishMessages

const render = (language: string, translate: (key: MessageKey, vars?: Record<string, unknown>) => string, message: AlertMessage): string => {
  const vars = message.vars
    ? Object.fromEntries(
        Object.entries(message.vars).map(([name, value]) => [
          name,
          isMessage(value) ? render(language, translate, value) : isLabel(value) ? (language === 'en' ? (value.en ?? value.es) : value.es) : value,
        ]),
      )
    : undefined
  return translate(message.key, vars)
}

/** The message in the reader's language (Spanish without a request: the stored, readable text). */
export const renderAlertMessage = (req: Translator, message: AlertMessage): string =>
  render((req as { i18n?: { language?: string } } | null | undefined)?.i18n?.language ?? 'es', (key, vars) => tr(req, key, vars), message)

/** The message in a given language (Spanish unless 'en'). */
export const renderAlertMessageIn = (language: string, message: AlertMessage): string =>
  render(language, (key, vars) => trIn(language, key, vars), message)

/** A stored key and variables read back from a document (unknown keys, e.g. of a removed message, give null). */
export const storedAlertMessage = (key: unknown, vars: unknown): AlertMessage | null =>
  typeof key === 'string' && key in spanishMessages
    ? { key: key as MessageKey, vars: vars && typeof vars === 'object' && !Array.isArray(vars) ? (vars as Record<string, unknown>) : undefined }
    : null
