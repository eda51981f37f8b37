import { checkAccessibility } from '../accessibility.js'
import { checkConsent } from '../consent.js'
import { messageIn } from './messages.js'

describe('messageIn (checks panel)', () => {
  it('shows the Spanish half of a real check message, or the English one', () => {
    const [message] = checkAccessibility([{ label: 'Foto del desfile', alt: '', decorative: false }], []).messages
    expect(messageIn(message!, 'es')).toBe('accesibilidad: la imagen "Foto del desfile" no tiene texto alternativo ni está marcada como decorativa')
    expect(messageIn(message!, 'en')).toBe('accessibility: image "Foto del desfile" has no alternative text and is not marked decorative')
  })

  it('keeps a title that contains the separator whole in each half', () => {
    const [message] = checkConsent('external', [{ id: 1, title: 'Antes / después', consent: 'pending' } as never]).messages
    expect(message).toBeDefined()
    const es = messageIn(message!, 'es')
    expect(es).toContain('"Antes / después"')
    expect(es).not.toMatch(/consent|pending/i)
  })

  it('returns a message without the separator unchanged', () => {
    expect(messageIn('sin traducción', 'en')).toBe('sin traducción')
  })
})
