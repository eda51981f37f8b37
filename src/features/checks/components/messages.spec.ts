import type { CheckMessage } from '../keyed.js'

import { checkAccessibility } from '../accessibility.js'
import { checkConsent } from '../consent.js'
import { messageIn } from './messages.js'
import { trIn } from '../../../kernel/i18n/index.js'

const keysOf = (result: { details?: Record<string, unknown> }) => result.details?.i18n as CheckMessage[]

describe('check messages in the reader language (checks panel)', () => {
  it('keeps a check message as a key the panel shows in Spanish or in English, never glued', () => {
    const result = checkAccessibility([{ label: 'Foto del desfile', alt: '', decorative: false }], [])
    expect(result.messages).toEqual(['Accesibilidad: la imagen "Foto del desfile" no tiene texto alternativo ni está marcada como decorativa'])
    const [message] = keysOf(result)
    expect(trIn('es', message!.key, message!.vars)).toBe('Accesibilidad: la imagen "Foto del desfile" no tiene texto alternativo ni está marcada como decorativa')
    expect(trIn('en', message!.key, message!.vars)).toBe('Accessibility: image "Foto del desfile" has no alternative text and is not marked decorative')
  })

  it('keeps a title that contains a slash whole in each language', () => {
    const [message] = keysOf(checkConsent('external', [{ id: 1, title: 'Antes / después', consent: 'pending' } as never]))
    expect(message).toBeDefined()
    const es = trIn('es', message!.key, message!.vars)
    expect(es).toBe('Autorización: "Antes / después" tiene la autorización de imagen pendiente')
    expect(trIn('en', message!.key, message!.vars)).toBe('Consent: "Antes / después" has its image consent pending')
  })

  it('shows the half in the reader language of a result stored before the messages were keys', () => {
    const stored = 'accesibilidad: la imagen "Foto" no tiene texto alternativo / accessibility: image "Foto" has no alternative text'
    expect(messageIn(stored, 'es')).toBe('accesibilidad: la imagen "Foto" no tiene texto alternativo')
    expect(messageIn(stored, 'en')).toBe('accessibility: image "Foto" has no alternative text')
  })

  it('returns a message without the separator unchanged', () => {
    expect(messageIn('sin traducción', 'en')).toBe('sin traducción')
  })
})
