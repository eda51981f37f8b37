import { englishMessages, spanishMessages, tr, withPregoneroTranslations } from './index.js'

describe('the plugin messages', () => {
  it('gives every Spanish key in English, and no key only in English', () => {
    expect(Object.keys(englishMessages).sort()).toEqual(Object.keys(spanishMessages).sort())
  })

  it('uses the caller language through req.t, Spanish without one, and interpolates variables', () => {
    const english = { t: (key: string) => (key === 'pregonero:forbidden' ? englishMessages.forbidden : key) }
    expect(tr(english, 'forbidden')).toBe(englishMessages.forbidden)
    expect(tr(undefined, 'forbidden')).toBe(spanishMessages.forbidden)
    // A language that lacks the key answers the key: the Spanish text is used instead.
    expect(tr({ t: (key: string) => key }, 'notFound')).toBe(spanishMessages.notFound)
  })

  it('merges into the host translations without dropping the host keys', () => {
    const merged = withPregoneroTranslations({ translations: { es: { custom: { hola: 'Hola' } } } })
    const es = (merged.translations as Record<string, Record<string, Record<string, string>>>).es
    expect(es.custom.hola).toBe('Hola')
    expect(es.pregonero.forbidden).toBe(spanishMessages.forbidden)
  })
})
