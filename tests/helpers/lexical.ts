/** A Lexical rich-text value (the editor's JSON) with one paragraph holding a link node. */
export const lexicalWithLink = (url: string, { type = 'link', linkType = 'custom' }: { type?: 'autolink' | 'link'; linkType?: 'custom' | 'internal' } = {}, extra: Record<string, unknown> = {}) => ({
  root: {
    type: 'root',
    format: '',
    indent: 0,
    version: 1,
    direction: 'ltr',
    children: [
      {
        type: 'paragraph',
        format: '',
        indent: 0,
        version: 1,
        direction: 'ltr',
        textFormat: 0,
        textStyle: '',
        children: [
          { type: 'text', text: 'Más información: ', version: 1, detail: 0, format: 0, mode: 'normal', style: '' },
          {
            type,
            version: 3,
            format: '',
            indent: 0,
            direction: 'ltr',
            id: '6650e1f0c0ffee0000000001',
            fields: { url, newTab: false, linkType, ...extra },
            children: [{ type: 'text', text: 'aquí', version: 1, detail: 0, format: 0, mode: 'normal', style: '' }],
          },
        ],
      },
    ],
  },
})

/** The same link deeper: inside a list item. */
export const lexicalWithNestedLink = (url: string) => {
  const inner = lexicalWithLink(url).root.children[0]!
  return {
    root: {
      type: 'root',
      format: '',
      indent: 0,
      version: 1,
      direction: 'ltr',
      children: [
        {
          type: 'list',
          listType: 'bullet',
          start: 1,
          tag: 'ul',
          format: '',
          indent: 0,
          version: 1,
          direction: 'ltr',
          children: [{ type: 'listitem', value: 1, checked: undefined, format: '', indent: 0, version: 1, direction: 'ltr', children: inner.children }],
        },
      ],
    },
  }
}
