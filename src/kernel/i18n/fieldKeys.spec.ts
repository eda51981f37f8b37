import { englishMessages, spanishMessages } from './index.js'
import { labelOf, paramLabelKey } from './fieldLabel.js'
import { fieldLabelOf } from '../admin/stateLabels.js'

/**
 * Messages never open with a field KEY (`answer.answeredAt: …`, `policy: …`, `{{field}}: …` fed
 * with a key): the error builders (invalidField, workflowError, paramError, fieldRefusal,
 * badParameter) put the field's LABEL in the reader's language in front, and `data.errors[].path`
 * carries the key for API callers. A message that names its subject itself starts with a label
 * (capitalised words: "Bitácora: …") or with nothing.
 */
const OPENS_WITH_KEY = /^(\{\{\w+\}\}|[a-z][\w.[\]-]*|[A-Z][A-Z0-9_]+): /

/** Exceptions, each with its reason. */
const ALLOWED: Record<string, string> = {
  // Operator-facing boot and configuration errors: the reader sets these environment variables.
  envSecretRequired: 'PAYLOAD_SECRET is the env var the operator sets',
  envServerURLRequired: 'PAYLOAD_PUBLIC_SERVER_URL is the env var the operator sets',
  envServerURLInvalid: 'PAYLOAD_PUBLIC_SERVER_URL is the env var the operator sets',
  mongoNoTransactions: 'DATABASE_URI is the env var the operator sets',
  mongoNoReplicaSet: 'DATABASE_URI is the env var the operator sets',
  cdnPurgeUnknown: 'CDN_PURGE is the env var the operator sets',
  cdnPurgeRequired: '{{name}} is an env var name (CDN_PURGE_URL…), for the operator',
  internalWithoutRule: '{{slug}}: a server log line for the operator about an internal collection',
  // Not keys at all.
  signLanguageMissing: 'LSC is the name of the sign language (Lengua de Señas Colombiana)',
  alertNegativeSpike: '{{day}} is a date',
  disposalLegalHold: '{{name}} is the asset title',
  disposalNoRetention: '{{name}} is the asset title',
  disposalRetentionNotDue: '{{name}} is the asset title',
  disposalPermanent: '{{name}} is the asset title',
  trendChartLabel: '{{name}} is the indicator name',
  trendTableCaption: '{{name}} is the indicator name',
  // Fed with the field's label (fieldLabelOf) by their callers.
  contentApprovedLocked: '{{field}} = fieldLabelOf(contents, …)',
  requestLockedForRequester: '{{field}} = fieldLabelOf(communication-requests, …)',
  productsLocked: '{{field}} = fieldLabelOf(communication-requests, products)',
  relatedMissing: '{{field}} = fieldLabelOf(collection, path) (databaseErrors.ts)',
}

describe('messages name fields by their label, never by their key', () => {
  it.each([
    ['es', spanishMessages],
    ['en', englishMessages],
  ] as const)('no %s message opens with a field key outside the justified exceptions', (_language, messages) => {
    const offenders = Object.entries(messages as Record<string, string>)
      .filter(([key, text]) => OPENS_WITH_KEY.test(text) && !(key in ALLOWED))
      .map(([key, text]) => `${key}: ${text.slice(0, 60)}`)
    expect(offenders).toEqual([])
  })

  it('keeps the exceptions honest: each still opens that way (a fixed one leaves the list)', () => {
    const stale = Object.keys(ALLOWED).filter((key) => !OPENS_WITH_KEY.test((spanishMessages as Record<string, string>)[key] ?? ''))
    expect(stale).toEqual([])
  })

  it('gives every endpoint parameter label in both languages', () => {
    const params = Object.keys(spanishMessages).filter((key) => key.startsWith('paramLabel'))
    expect(params.length).toBeGreaterThan(20)
    for (const key of params) expect((englishMessages as Record<string, string>)[key]).toBeTruthy()
    expect(paramLabelKey('file')).toBe('paramLabelFile')
    expect(paramLabelKey('contentId')).toBe('paramLabelContentId')
  })
})

describe('labelOf', () => {
  const fields = [
    { name: 'title', type: 'text', label: { es: 'Título', en: 'Title' } },
    {
      name: 'answer',
      type: 'group',
      label: { es: 'Respuesta', en: 'Answer' },
      fields: [{ name: 'answeredAt', type: 'date', label: { es: 'Fecha de respuesta', en: 'Answer date' } }],
    },
    { type: 'tabs', tabs: [{ fields: [{ name: 'members', type: 'array', label: { es: 'Miembros', en: 'Members' }, fields: [{ name: 'item', type: 'relationship', label: { es: 'Documento', en: 'Document' } }] }] }] },
  ]
  const req = (language: string) => ({
    i18n: { language },
    payload: { collections: { things: { config: { fields } } } },
    t: (key: string) => (language === 'en' ? (englishMessages as Record<string, string>)[key.replace('pregonero:', '')] : key),
  })

  it('reads a dotted path through groups, arrays and tabs, in the reader language', () => {
    expect(labelOf(req('es'), 'things', 'answer.answeredAt')).toBe('Respuesta › Fecha de respuesta')
    expect(labelOf(req('en'), 'things', 'answer.answeredAt')).toBe('Answer › Answer date')
    expect(fieldLabelOf(fields, 'members.2.item', 'es')).toBe('Miembros 3 › Documento')
  })

  it('names a parameter that is no field by its paramLabel message, and an unknown one by itself', () => {
    expect(labelOf(req('es'), 'things', 'policy')).toBe(spanishMessages.paramLabelPolicy)
    expect(labelOf(req('en'), null, 'file')).toBe(englishMessages.paramLabelFile)
    expect(labelOf(req('es'), null, 'zzz')).toBe('zzz')
  })
})
