import { richTextToText } from '../../kernel/formats/richText.js'

/** The body's text for the checks: one line per block (paragraph, heading, list item, quote). */
export const lexicalToText = (value: unknown): string => richTextToText(value).replace(/\n{2,}/g, '\n')
