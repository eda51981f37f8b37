import { richTextToText } from './richText.js'

describe("richTextToText (Payload's convertLexicalToPlaintext)", () => {
  it('turns paragraphs, line breaks and lists into plain text, ignoring formatting', () => {
    const state = {
      root: {
        children: [
          { type: 'heading', children: [{ type: 'text', text: 'Título <b>' }] },
          { type: 'paragraph', children: [{ type: 'text', text: 'Uno' }, { type: 'linebreak' }, { type: 'text', text: 'dos', format: 1 }] },
          { type: 'paragraph', children: [] },
          { type: 'list', listType: 'number', children: [{ type: 'listitem', children: [{ type: 'text', text: 'a' }] }, { type: 'listitem', children: [{ type: 'text', text: 'b' }] }] },
        ],
      },
    }
    expect(richTextToText(state, { listMarkers: true })).toBe('Título <b>\n\nUno\ndos\n\n1. a\n2. b')
    expect(richTextToText(null)).toBe('')
    expect(richTextToText('texto plano')).toBe('texto plano')
  })

  it('bullets, a numbered list from its start, a nested list one line down, a quote as its own block', () => {
    const item = (...children: unknown[]) => ({ type: 'listitem', children })
    const text = (value: string) => ({ type: 'text', text: value })
    const state = {
      root: {
        children: [
          { type: 'list', listType: 'bullet', children: [item(text('uno')), item(text('dos'), { type: 'list', listType: 'number', start: 3, children: [item(text('tres')), item(text('cuatro'))] })] },
          { type: 'quote', children: [text('Cita')] },
        ],
      },
    }
    expect(richTextToText(state, { listMarkers: true })).toBe('• uno\n• dos\n3. tres\n4. cuatro\n\nCita')
    // without markers Payload's own layout: a nested list is a block of its own
    expect(richTextToText(state)).toBe('uno\ndos\n\ntres\ncuatro\n\nCita')
  })
})
